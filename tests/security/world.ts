// One small world for the security suites, made through the domain services: a group with a
// published event (frame, call for proposals, proposals, a material, rooms and a slot), an
// attendee, another applicant, a speaker, and the organizer of another group. Also the ways to
// call any registered route or action in-process, and a snapshot of the whole database.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { RouteEntry } from "@/lib/api/registry";
import { db } from "@/lib/db";
import { addOrganizer } from "@/lib/groups/service";
import { linkInput } from "@/lib/materials/schema";
import { addTalkLink } from "@/lib/materials/service";
import { addReceptionist } from "@/lib/door/service";
import { apply, checkIn } from "@/lib/registrations/service";
import { slotInput } from "@/lib/schedule/schema";
import { addRoom, addSlot } from "@/lib/schedule/service";
import { decide, inviteCoSpeaker, replyAsSpeaker } from "@/lib/talks/service";
import { createToken } from "@/lib/tokens/service";
import { makeCfp, makeEvent, makeFrame, makeGroup, makeProposal, makeUser } from "../factories";
import { asAnonymous, request, withSession } from "../request-context";

export type Caller = "anonymous" | "attendee" | "otherOrganizer" | "organizer" | "receptionist";

export async function makeWorld() {
  const organizer = await makeUser("organizer");
  const coOrganizer = await makeUser("co");
  const attendee = await makeUser("attendee");
  const applicant = await makeUser("applicant");
  const speaker = await makeUser("speaker");
  const invitee = await makeUser("invitee");
  const otherOrganizer = await makeUser("other");
  const receptionist = await makeUser("receptionist");
  const lotteryApplicant = await makeUser("lottery");
  const walkedIn = await makeUser("walked");
  const group = await makeGroup(organizer);
  await addOrganizer(organizer, group.id, coOrganizer.email);
  await makeGroup(otherOrganizer);
  const event = await makeEvent(organizer, group.id, {}, true);
  const frame = await makeFrame(organizer, event.id, { capacity: 10 });
  await apply(attendee, event.id, { frameId: frame.id, answers: {} });
  const registration = await apply(applicant, event.id, { frameId: frame.id, answers: {} });
  // The door: a receptionist of this event, and a person already checked in.
  await addReceptionist(organizer, { eventId: event.id }, receptionist.email);
  const attended = await apply(walkedIn, event.id, { frameId: frame.id, answers: {} });
  await checkIn(organizer, event.id, { receiptNumber: attended.receiptNumber });
  const lotteryFrame = await makeFrame(organizer, event.id, { name: "Lottery", method: "LOTTERY", capacity: 1 });
  const lotteryEntry = await apply(lotteryApplicant, event.id, { frameId: lotteryFrame.id, answers: {} });
  await makeCfp(organizer, event.id);
  // A confirmed talk (it takes slides), one waiting for its speaker's answer, one with an invitation.
  const proposal = await makeProposal(speaker, event.id);
  const accepted = await makeProposal(speaker, event.id, { title: "Accepted talk" });
  await decide(organizer, event.id, [proposal.id, accepted.id], "accept");
  await replyAsSpeaker(speaker, proposal.id, "confirm");
  const invited = await makeProposal(speaker, event.id, { title: "Invited talk" });
  await inviteCoSpeaker(speaker, invited.id, invitee.email);
  const material = await addTalkLink(speaker, proposal.id, linkInput.parse({ title: "Slides", url: "https://example.com/slides" }));
  const room = await addRoom(organizer, event.id, { name: "Room A", capacity: null });
  const room2 = await addRoom(organizer, event.id, { name: "Room B", capacity: null });
  const slot = await addSlot(organizer, event.id, slotInput.parse({ kind: "break", startsAt: "2030-05-20T19:30", endsAt: "2030-05-20T19:40", title: "Coffee" }));
  const token = await createToken(organizer.userId, "matrix");
  const tokenRow = await db().personalAccessToken.findFirstOrThrow({ where: { userId: organizer.userId } });
  void token;
  const message = await db().eventMessage.create({ data: { eventId: event.id, audience: "CONFIRMED", subject: "Later", body: "Scheduled", sendAt: new Date("2030-05-19T00:00:00Z") } });
  const users = { organizer, attendee, otherOrganizer, receptionist };
  /** What "$name" in a registry sample stands for. */
  const refs: Record<string, string> = {
    event: event.id,
    frame: frame.id,
    registration: registration.id,
    proposal: proposal.id,
    acceptedProposal: accepted.id,
    invitedProposal: invited.id,
    material: material.id,
    group: group.id,
    room: room.id,
    room2: room2.id,
    slot: slot.id,
    token: tokenRow.id,
    message: message.id,
    coOrganizer: coOrganizer.userId,
    attendeeEmail: attendee.email,
    receptionist: receptionist.userId,
    attendedRegistration: attended.id,
    lotteryFrame: lotteryFrame.id,
    lotteryPublicId: lotteryEntry.publicId,
  };
  /** The resource a path's `{id}` or `{slug}` names. */
  const resources: Record<string, string> = { event: event.id, frame: frame.id, registration: registration.id, proposal: proposal.id, material: material.id, group: group.slug, slot: slot.id };
  return { users, refs, resources, event, frame, group };
}

export type World = Awaited<ReturnType<typeof makeWorld>>;

export function actAs(world: World, caller: Caller) {
  if (caller === "anonymous") asAnonymous();
  else withSession(world.users[caller].userId);
}

/** "$event" → the world's event id, in strings, arrays and objects; an unknown name throws. */
export function resolve(world: World, value: unknown): unknown {
  if (typeof value === "string" && value.startsWith("$")) {
    const v = world.refs[value.slice(1)];
    if (v === undefined) throw new Error(`The test world has no ${value}`);
    return v;
  }
  if (Array.isArray(value)) return value.map((v) => resolve(world, v));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(world, v)]));
  return value;
}

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** The handler a registry entry names, imported from its route file. */
export async function routeHandler(entry: RouteEntry): Promise<Handler> {
  const dir = entry.path
    .split("/")
    .filter(Boolean)
    .map((s) => s.replace(/^\{(\w+)\}$/, "[$1]"));
  const mod = (await import(path.join(process.cwd(), "app", ...dir, "route.ts"))) as Record<string, Handler>;
  const handler = mod[entry.method];
  if (!handler) throw new Error(`${entry.path} exports no ${entry.method}`);
  return handler;
}

const PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

/** Calls a route in-process as the current caller (request-context), like Next would. */
export async function callRoute(entry: RouteEntry, handler: Handler, opts: { id: string; body?: BodyInit | null; contentType?: string; query?: string; headers?: Record<string, string> }) {
  const param = entry.path.match(/\{(\w+)\}/)?.[1];
  // A URL carries UTF-8: a lone surrogate arrives as U+FFFD, so that is what the handler sees.
  const id = wellFormed(opts.id);
  const url = `http://localhost:3000${entry.path.replace(/\{\w+\}/, encodeURIComponent(id))}${opts.query ? `?${opts.query}` : ""}`;
  const headers = new Headers(request.headers);
  if (opts.contentType) headers.set("content-type", opts.contentType);
  for (const [k, v] of Object.entries(opts.headers ?? {})) headers.set(k, v);
  const req = new Request(url, { method: entry.method, headers, body: opts.body ?? undefined, ...(opts.body instanceof ReadableStream ? { duplex: "half" } : {}) } as RequestInit);
  return handler(req, { params: Promise.resolve(param ? { [param]: id } : {}) });
}

/** As a URL carries text: a lone surrogate becomes U+FFFD (String.prototype.toWellFormed). */
export function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

/** A multipart body with a small PDF, as the upload form sends it. */
export function pdfForm(): FormData {
  const form = new FormData();
  form.set("title", "Slides");
  form.set("file", new File([PDF], "slides.pdf", { type: "application/pdf" }));
  return form;
}

// Database snapshots ---------------------------------------------------------------------------

/** The request counters of the rate limiter change with every request, refused or not: that is their job. */
const BOOKKEEPING = new Set(["RateLimit"]);

function models(): { name: string; table: string; updatedAt: boolean }[] {
  const schema = readFileSync(path.join(process.cwd(), "prisma/schema.prisma"), "utf8");
  return [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)]
    .filter((m) => !BOOKKEEPING.has(m[1]!))
    .map((m) => ({ name: m[1]!, table: m[2]!.match(/@@map\("([^"]+)"\)/)?.[1] ?? m[1]!, updatedAt: /^\s+updatedAt\s/m.test(m[2]!) }));
}

const lowerFirst = (s: string) => s[0]!.toLowerCase() + s.slice(1);

/** Every row of every table, hashed per table: any insert, update or delete changes it. */
export async function fullSnapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const client = db() as unknown as Record<string, { findMany: () => Promise<unknown[]> }>;
  for (const { name } of models()) {
    const rows = (await client[lowerFirst(name)]!.findMany()).map((r) => JSON.stringify(r, (_k, v) => (typeof v === "bigint" ? String(v) : v))).sort();
    out[name] = `${rows.length}:${createHash("sha256").update(rows.join("\n")).digest("hex").slice(0, 16)}`;
  }
  return out;
}

/** Row counts and the latest updatedAt of every table, in one query (cheap enough per request). */
export async function quickSnapshot(): Promise<string> {
  const parts = models().flatMap(({ table, updatedAt }) => [`(SELECT COUNT(*) FROM "${table}")`, ...(updatedAt ? [`(SELECT MAX("updatedAt") FROM "${table}")`] : [])]);
  const rows = await db().$queryRawUnsafe<Record<string, unknown>[]>(`SELECT ${parts.map((p, i) => `${p} AS c${i}`).join(", ")}`);
  return JSON.stringify(rows[0], (_k, v) => (typeof v === "bigint" ? String(v) : v instanceof Date ? v.toISOString() : v));
}
