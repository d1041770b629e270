import { describe, expect, it } from "vitest";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { isRateLimited, rateLimit } from "./limiter";

// A limiter whose refusal is a plain object of the library's shape, as a second copy of the
// library (the custom server's beside the Next bundle's) throws it: not our RateLimiterRes class.
const refusingWith = (thrown: unknown) => (() => ({ consume: () => Promise.reject(thrown) }) as unknown as RateLimiterAbstract);
const subject = { headers: new Headers(), id: "someone@example.org" };

describe("rateLimit", () => {
  it("refuses when the store refuses with another copy's result object", async () => {
    const refusal = { msBeforeNext: 4_200, remainingPoints: 0, consumedPoints: 21, isFirstInDuration: false };
    const e = await rateLimit("application", subject, 1, refusingWith(refusal)).catch((x: unknown) => x);
    expect(isRateLimited(e)).toBe(true);
    expect((e as { retryAfterSeconds: number }).retryAfterSeconds).toBe(5);
  });

  it("lets the request through when the store itself fails", async () => {
    await expect(rateLimit("application", subject, 1, refusingWith(new Error("connection refused")))).resolves.toBeUndefined();
  });
});
