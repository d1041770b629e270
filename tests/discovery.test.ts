// Discovery: the venue's prefecture (picked or read from the address), online/offline and dates.
import { describe, expect, it } from "vitest";
import { eventSearchInput, eventUpdateInput } from "@/lib/events/schema";
import { searchEvents, updateEvent } from "@/lib/events/service";
import { makeEvent, makeGroup, makeUser } from "./factories";

async function world() {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const tag = `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const mk = (o: Record<string, unknown>) => makeEvent(owner, g.id, { tags: [tag], ...o }, true);
  return { owner, tag, mk };
}

const search = (tag: string, q: Record<string, unknown>) => searchEvents(eventSearchInput.parse({ tag, when: "all", ...q })).then((r) => r.items.map((e) => e.title).sort());

describe("the prefecture of an event", () => {
  it("is read from the address unless picked, and follows a new address", async () => {
    const { owner, mk } = await world();
    const shibuya = await mk({ title: "Shibuya", venueName: "Hall", venueAddress: "〒150-0002 東京都渋谷区渋谷2-21-1" });
    expect(shibuya.prefecture).toBe(13);
    const picked = await mk({ title: "Picked", venueName: "Hall", venueAddress: "Somewhere", prefecture: "27" });
    expect(picked.prefecture).toBe(27);
    const moved = await updateEvent(owner, shibuya.id, eventUpdateInput.parse({ venueAddress: "福岡県福岡市中央区天神" }));
    expect(moved.prefecture).toBe(40);
    // The form sends "" (automatic): the address decides.
    const auto = await updateEvent(owner, picked.id, eventUpdateInput.parse({ prefecture: "", venueAddress: "北海道札幌市" }));
    expect(auto.prefecture).toBe(1);
    const online = await mk({ title: "Online", onlineUrl: "https://example.com/live" });
    expect(online.prefecture).toBeNull();
  });

  it("refuses a code outside 1–47", () => {
    expect(eventUpdateInput.safeParse({ prefecture: "48" }).success).toBe(false);
    expect(eventUpdateInput.safeParse({ prefecture: "0" }).success).toBe(false);
    expect(eventSearchInput.safeParse({ prefecture: "99" }).success).toBe(false);
  });
});

describe("searching events", () => {
  it("filters by prefecture, online or in person (hybrid is both), and a date range", async () => {
    const { tag, mk } = await world();
    await mk({ title: "Tokyo hall", venueName: "Hall", venueAddress: "東京都港区", startsAt: "2031-03-10T19:00", endsAt: "2031-03-10T21:00" });
    await mk({ title: "Osaka hybrid", venueName: "Hall", venueAddress: "大阪府大阪市", onlineUrl: "https://example.com/live", startsAt: "2031-04-10T19:00", endsAt: "2031-04-10T21:00" });
    await mk({ title: "Online only", onlineUrl: "https://example.com/live", startsAt: "2031-05-10T19:00", endsAt: "2031-05-10T21:00" });
    expect(await search(tag, { prefecture: "13" })).toEqual(["Tokyo hall"]);
    expect(await search(tag, { mode: "online" })).toEqual(["Online only", "Osaka hybrid"]);
    expect(await search(tag, { mode: "offline" })).toEqual(["Osaka hybrid", "Tokyo hall"]);
    expect(await search(tag, { from: "2031-04-01", to: "2031-04-30" })).toEqual(["Osaka hybrid"]);
    expect(await search(tag, { prefecture: "27", mode: "online", from: "2031-04-10", to: "2031-04-11" })).toEqual(["Osaka hybrid"]);
    expect(await search(tag, { prefecture: "40" })).toEqual([]);
  });
});
