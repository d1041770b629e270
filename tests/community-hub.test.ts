// The event page as the hub: talks from the published timetable only, materials once the event
// is over (hidden ones never), and its organizers.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { eventHub } from "@/lib/hub/service";
import { addRoom, addSlot, setSchedulePublished, slotInput } from "@/lib/schedule/service";
import { decide, replyAsSpeaker } from "@/lib/talks/service";
import { makeCfp, makeEvent, makeGroup, makeProposal, makeUser } from "./factories";

describe("the event hub", () => {
  it("lists talks with their speakers once the timetable is published, and slides and reports once the event is over", async () => {
    const owner = await makeUser("owner");
    const g = await makeGroup(owner);
    const event = await makeEvent(owner, g.id, { startsAt: "2031-04-08T19:00", endsAt: "2031-04-08T22:00" }, true);
    await makeCfp(owner, event.id);
    const speaker = await makeUser("speaker");
    const p = await makeProposal(speaker, event.id, { title: "eBPF for containers" });
    await decide(owner, event.id, [p.id], "accept");
    await replyAsSpeaker(speaker, p.id, "confirm");
    const pending = await makeProposal(await makeUser("other"), event.id, { title: "Not accepted" });
    const room = await addRoom(owner, event.id, { name: "Room A", capacity: 60 });
    await addSlot(owner, event.id, slotInput.parse({ kind: "talk", roomId: room.id, proposalId: p.id, startsAt: "2031-04-08T19:10", endsAt: "2031-04-08T19:30" }));
    await db().material.createMany({
      data: [
        { eventId: event.id, proposalId: p.id, kind: "SLIDES", title: "eBPF slides", url: "https://slides.example/ebpf", authorId: speaker.userId },
        { eventId: event.id, kind: "REPORT", title: "My report", url: "https://blog.example/report", authorId: owner.userId },
        { eventId: event.id, kind: "REPORT", title: "Spam", url: "https://spam.example", authorId: owner.userId, hidden: true },
        { eventId: event.id, proposalId: pending.id, kind: "SLIDES", title: "Draft slides", url: "https://slides.example/draft", authorId: owner.userId },
      ],
    });
    const row = await db().event.findUniqueOrThrow({ where: { id: event.id } });
    const before = new Date("2031-04-01T00:00:00Z");
    const after = new Date("2031-04-09T00:00:00Z");

    const unpublished = await eventHub(row, after);
    expect(unpublished.talks).toEqual([]);
    expect(unpublished.organizers.map((o) => o.id)).toEqual([owner.userId]);

    await setSchedulePublished(owner, event.id, true);
    const published = await db().event.findUniqueOrThrow({ where: { id: event.id } });
    const during = await eventHub(published, before);
    expect(during.talks.map((t) => [t.proposal.title, t.room?.name, t.proposal.speakers.map((s) => s.user.handle)])).toEqual([["eBPF for containers", "Room A", [speaker.handle]]]);
    expect(during.over).toBe(false);
    expect(during.slides).toEqual([]);
    expect(during.reports).toEqual([]);

    const over = await eventHub(published, after);
    expect(over.slides.map((m) => m.title)).toEqual(["eBPF slides"]);
    expect(over.reports.map((m) => m.title)).toEqual(["My report"]);
  });
});
