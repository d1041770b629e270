import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { markPublicChange, markSharedReadsChange } from "./public-changes";
import { clearSharedReads, sharedRead, sharedReadsHeld } from "./shared-read";

describe("shared reads", () => {
  beforeEach(() => {
    clearSharedReads();
    vi.useFakeTimers({ toFake: ["Date"] });
  });
  afterEach(() => vi.useRealTimers());

  it("read once per arguments while young and no write came, then again", async () => {
    let calls = 0;
    const read = sharedRead("t1", async (id: string) => `${id}:${++calls}`);
    expect(await Promise.all([read("a"), read("a"), read("b")])).toEqual(["a:1", "a:1", "b:2"]);
    vi.advanceTimersByTime(2_900);
    expect(await read("a")).toBe("a:1");
    vi.advanceTimersByTime(200); // past the 3 s life
    expect(await read("a")).toBe("a:3");
    markSharedReadsChange();
    expect(await read("a")).toBe("a:4");
    markPublicChange(); // a public change is one too
    expect(await read("a")).toBe("a:5");
  });

  it("do not keep a read that overlapped a write, nor a failed one", async () => {
    let calls = 0;
    let release!: () => void;
    const read = sharedRead("t2", async () => {
      calls++;
      if (calls === 1) await new Promise<void>((r) => (release = r));
      if (calls === 2) throw new Error("database gone");
      return calls;
    });
    const first = read();
    markSharedReadsChange();
    release();
    expect(await first).toBe(1);
    await expect(read()).rejects.toThrow("database gone");
    expect(await read()).toBe(3);
    expect(await read()).toBe(3);
  });

  it("hold what was read within the life only, and at most 500 entries", async () => {
    const read = sharedRead("t3", async (id: number) => ({ id, rows: new Array(100).fill(id) }));
    for (let i = 0; i < 800; i++) await read(i);
    expect(sharedReadsHeld()).toBe(500);
    vi.advanceTimersByTime(3_100);
    await read(1_000);
    expect(sharedReadsHeld()).toBe(1);
  });
});
