import { describe, expect, it } from "vitest";
import { searchEvents } from "@/lib/events/service";
import { eventSearchInput } from "@/lib/events/schema";
import { makeEvent, makeGroup, makeUser } from "./factories";

describe("events", () => {
  it("finds a published event by keyword", async () => {
    const owner = await makeUser();
    const g = await makeGroup(owner);
    await makeEvent(owner, g.id, { title: "Kubernetes 入門" }, true);
    const r = await searchEvents(eventSearchInput.parse({ keyword: "KUBERNETES" }));
    expect(r.total).toBe(1);
    expect(r.items[0]!.title).toBe("Kubernetes 入門");
    expect(r.items[0]!.seriesNumber).toBe(1);
  });
});
