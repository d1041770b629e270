import { materialJson } from "../materials/service";

// The API's Talk shape; proposals add private fields for their speakers and organizers.
type Speaker = { userId: string; acceptedAt: Date | null; role: string; user: { id: string; name: string | null; handle: string | null; image: string | null } };
type ProposalRow = {
  id: string; eventId: string; title: string; abstract: string; formatId: string; formatName: string; minutes: number; level: string; language: string;
  tags: string; notes: string; status: string; decisionMessage: string | null; createdAt: Date; speakers: Speaker[];
  slot?: { roomId: string | null; startsAt: Date; endsAt: Date; room: { name: string } | null } | null;
  materials?: Parameters<typeof materialJson>[0][];
};

export function toTalkJson(p: ProposalRow, opts: { private?: boolean } = {}) {
  return {
    id: p.id,
    eventId: p.eventId,
    title: p.title,
    abstract: p.abstract,
    format: { id: p.formatId, name: p.formatName, minutes: p.minutes },
    level: p.level.toLowerCase(),
    language: p.language as "ja" | "en",
    tags: JSON.parse(p.tags) as string[],
    speakers: p.speakers.filter((s) => s.acceptedAt).map((s) => ({ userId: s.user.id, name: s.user.name, handle: s.user.handle, image: s.user.image })),
    status: p.status.toLowerCase(),
    slot: p.slot ? { roomId: p.slot.roomId, roomName: p.slot.room?.name ?? null, startsAt: p.slot.startsAt.toISOString(), endsAt: p.slot.endsAt.toISOString() } : null,
    materials: (p.materials ?? []).map(materialJson),
    ...(opts.private
      ? {
          notes: p.notes,
          decisionMessage: p.decisionMessage,
          invitedSpeakers: p.speakers.filter((s) => !s.acceptedAt).map((s) => ({ userId: s.user.id, handle: s.user.handle })),
          createdAt: p.createdAt.toISOString(),
        }
      : {}),
  };
}
