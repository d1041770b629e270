// The draw page's data for a big frame: the record without its order, the order a page at a
// time, and finding a public id in it. The JSON record keeps the whole order.
import { describe, expect, it } from "vitest";
import { DRAW_PAGE_SIZE, drawOrderPage, drawPlaceOf, publicDraw } from "@/lib/lottery/data";
import { drawPageQuery } from "@/lib/lottery/schema";
import { runDraw } from "@/lib/lottery/service";
import { apply } from "@/lib/registrations/service";
import { makeEvent, makeFrame, makeGroup, makeUser } from "./factories";

const HOUR = 3600_000;

describe("the draw page's data", () => {
  it("pages the order and finds a public id in it, the same as the whole order", async () => {
    const owner = await makeUser("owner");
    const g = await makeGroup(owner);
    const event = await makeEvent(owner, g.id, { startsAt: "2031-04-08T19:00", endsAt: "2031-04-08T22:00" }, true);
    const closes = new Date(Date.now() + HOUR);
    const frame = await makeFrame(owner, event.id, { method: "LOTTERY", capacity: 10, opensAt: new Date(Date.now() - HOUR).toISOString(), closesAt: closes.toISOString() });
    const n = DRAW_PAGE_SIZE + 7;
    for (let i = 0; i < n; i++) await apply(await makeUser("applicant"), event.id, { frameId: frame.id, answers: {} });
    expect(await drawPlaceOf(frame.id, ["anything"])).toBeNull();
    await runDraw(frame.id, new Date(closes.getTime() + 1));

    const whole = await publicDraw(frame.id);
    expect(whole.order).toHaveLength(n);
    expect(whole.orderCount).toBe(n);
    const light = await publicDraw(frame.id, new Date(), { order: false });
    expect(light.order).toEqual([]);
    expect(light.orderCount).toBe(n);
    expect({ ...light, order: whole.order }).toEqual(whole);

    const first = await drawOrderPage(frame.id, 1);
    const second = await drawOrderPage(frame.id, 2);
    expect(first.map((e) => e.position)).toEqual(Array.from({ length: DRAW_PAGE_SIZE }, (_, i) => i + 1));
    expect([...first, ...second].map((e) => e.publicId)).toEqual(whole.order);
    expect(await drawOrderPage(frame.id, 3)).toEqual([]);

    const someone = whole.order[DRAW_PAGE_SIZE + 3]!;
    expect(await drawPlaceOf(frame.id, [someone])).toEqual({ publicId: someone, position: DRAW_PAGE_SIZE + 4 });
    // Of several ids (a person's registrations), the first in the order.
    expect(await drawPlaceOf(frame.id, [someone, whole.order[2]!, "nobody"])).toEqual({ publicId: whole.order[2], position: 3 });
    expect(await drawPlaceOf(frame.id, ["nobody"])).toBeNull();
    expect(await drawPlaceOf(frame.id, [])).toBeNull();
  });

  it("reads the page's query leniently: bad values mean page 1 and no search", () => {
    expect(drawPageQuery.parse({})).toEqual({ page: 1, find: undefined });
    expect(drawPageQuery.parse({ page: "3", find: "  ABC123  " })).toEqual({ page: 3, find: "abc123" });
    expect(drawPageQuery.parse({ page: "-2", find: "" })).toEqual({ page: 1, find: undefined });
    expect(drawPageQuery.parse({ page: ["2", "3"], find: ["a", "b"] })).toEqual({ page: 1, find: undefined });
    expect(drawPageQuery.parse({ page: "x", find: "y".repeat(65) })).toEqual({ page: 1, find: undefined });
  });
});
