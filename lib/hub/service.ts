// The event page as the hub: its talks and speakers from the published timetable, its slides and
// reports once it is over, and who organizes it. Public data only, each list bounded.
import { db } from "../db";

const LIMIT = 100;

export async function eventHub(event: { id: string; groupId: string; schedulePublished: boolean; status: string; endsAt: Date }, now = new Date()) {
  const showTalks = event.schedulePublished && event.status !== "DRAFT";
  const over = event.endsAt < now;
  const [slots, materials, organizers] = await Promise.all([
    showTalks
      ? db().slot.findMany({
          where: { eventId: event.id, kind: "talk", proposal: { status: "CONFIRMED" } },
          select: {
            id: true,
            startsAt: true,
            endsAt: true,
            room: { select: { name: true } },
            proposal: {
              select: {
                id: true,
                title: true,
                formatName: true,
                speakers: { where: { acceptedAt: { not: null } }, orderBy: { createdAt: "asc" }, select: { user: { select: { name: true, handle: true, image: true } } } },
              },
            },
          },
          orderBy: [{ startsAt: "asc" }, { id: "asc" }],
          take: LIMIT,
        })
      : Promise.resolve([]),
    over
      ? db().material.findMany({
          where: { eventId: event.id, hidden: false, OR: [{ proposalId: null }, { proposal: { status: "CONFIRMED" } }] },
          select: { id: true, kind: true, title: true, url: true, fileKey: true, proposal: { select: { id: true, title: true } }, author: { select: { name: true, handle: true } } },
          orderBy: { createdAt: "asc" },
          take: LIMIT,
        })
      : Promise.resolve([]),
    db().groupMembership.findMany({
      where: { groupId: event.groupId, role: { in: ["OWNER", "ORGANIZER"] } },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      select: { user: { select: { id: true, name: true, handle: true, xUrl: true, githubUrl: true } } },
      take: 20,
    }),
  ]);
  return {
    talks: slots.filter((s) => s.proposal).map((s) => ({ ...s, proposal: s.proposal! })),
    over,
    slides: materials.filter((m) => m.kind !== "REPORT"),
    reports: materials.filter((m) => m.kind === "REPORT"),
    organizers: organizers.map((o) => o.user),
  };
}
