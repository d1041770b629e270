import { describe, expect, it } from "vitest";
import { criteriaFromText, weightedScore } from "./scoring";

describe("weightedScore", () => {
  it("weighs each criterion", () => {
    const criteria = [{ id: "content", weight: 3 }, { id: "novelty", weight: 2 }, { id: "fit", weight: 1 }];
    expect(weightedScore(criteria, { content: 5, novelty: 3, fit: 1 })).toBe(3.67);
    expect(weightedScore(criteria, { content: 4, novelty: 4, fit: 4 })).toBe(4);
    expect(weightedScore(criteria, {})).toBeNull();
  });
});

describe("criteriaFromText", () => {
  it("reads a name and an optional weight per line", () => {
    expect(criteriaFromText("内容 3\n新規性：2\n対象者との適合\nLinux 1")).toEqual([
      { name: "内容", weight: 3 },
      { name: "新規性", weight: 2 },
      { name: "対象者との適合", weight: 1 },
      { name: "Linux", weight: 1 },
    ]);
  });
});
