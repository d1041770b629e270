import { describe, expect, it } from "vitest";
import { keepQuestionIds } from "./rules";
import type { Question } from "./schema";

const q = (id: string, label: string): Question => ({ id, label, kind: "text", required: false });

describe("keepQuestionIds", () => {
  it("keeps ids of questions that stay, even when reordered, and gives new ones fresh ids", () => {
    const existing = [q("q1", "懇親会"), q("q2", "ひとこと")];
    const edited = [q("q1", "ひとこと"), q("q2", "所属"), q("q3", "懇親会")];
    expect(keepQuestionIds(existing, edited).map((x) => [x.label, x.id])).toEqual([
      ["ひとこと", "q2"],
      ["所属", "q3"],
      ["懇親会", "q1"],
    ]);
  });
  it("never reuses the id of a removed question", () => {
    expect(keepQuestionIds([q("q1", "a"), q("q2", "b")], [q("q1", "c")])[0]!.id).toBe("q3");
  });
});
