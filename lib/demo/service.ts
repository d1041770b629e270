// Fills an empty database with the demo: the community's groups and meetups, and demo accounts.
// Everything goes through the domain services, so demo data obeys the same rules as real data.
import { DEMO_EVENTS, DEMO_GROUPS, DEMO_USERS, type DemoEvent } from "../../prisma/demo-data";
import type { Actor } from "../auth-types";
import { db } from "../db";
import { eventCreateInput } from "../events/schema";
import { createEvent, publishEvent } from "../events/service";
import { addOrganizer, createGroup, followGroup } from "../groups/service";
import { createFrame, updateFrame } from "../frames/service";
import { duplicateEvent } from "../series/service";
import { runDraw } from "../lottery/service";
import { parseQuestions } from "../questions/schema";
import { frameCreateInput } from "../registrations/schema";
import { apply, cancel, checkIn } from "../registrations/service";
import { upsertUserByEmail } from "../users/service";
import { Readable } from "node:stream";
import { addReport, addTalkLink, addTalkUpload } from "../materials/service";
import { addRoom, addSlot, moveSlot, publishSchedule, setSchedulePublished, slotInput } from "../schedule/service";
import { uploads } from "../storage/service";
import { cfpInput, proposalInput } from "../talks/schema";
import { decide, replyAsSpeaker, saveCfp, submitProposal } from "../talks/service";
import { toDateTimeLocal } from "../time";
import { env } from "../env";
import { seedConference } from "./conference";
import { demoSlidesPdf } from "./pdf";
import { withSeedLock } from "./seed-lock";

export async function databaseIsEmpty(): Promise<boolean> {
  const [users, groups] = await Promise.all([db().user.count(), db().group.count()]);
  return users === 0 && groups === 0;
}

/**
 * Fills the demo data into an empty database, once, even when several instances start at the
 * same moment (HAKO_DEMO_DATA=1): they take turns on a lock, and the later ones find data and
 * skip. Null when the database already had data.
 */
export async function seedDemoIfEmpty(): Promise<Awaited<ReturnType<typeof seedDemo>> | null> {
  return withSeedLock(env().DATABASE_URL, async () => ((await databaseIsEmpty()) ? seedDemo() : null));
}

const generated = new Map<number, Actor>();

/** Generated applicants applicant001@example.com …, created on first use. */
async function applicant(n: number): Promise<Actor> {
  const known = generated.get(n);
  if (known) return known;
  const id = String(n).padStart(3, "0");
  const user = await upsertUserByEmail(`applicant${id}@example.com`);
  await db().user.update({ where: { id: user.id }, data: { name: `デモ応募者 ${id}`, handle: `demo-applicant-${id}`, locale: n % 5 === 0 ? "en" : "ja" } });
  const a = { userId: user.id };
  generated.set(n, a);
  return a;
}

/**
 * Replays each frame's history through the services with simulated clocks: applications an
 * hour after opening, the draw at the deadline, check-ins at the door of past events.
 */
async function seedFrames(e: DemoEvent, eventId: string, owner: Actor, actor: (key: string) => Actor) {
  let nextApplicant = 1;
  for (const f of e.frames ?? []) {
    const frame = await createFrame(
      owner,
      eventId,
      // The demo runs offline: its lotteries are v1 (no beacon to reach), whatever HAKO_BEACON says.
      frameCreateInput.parse({ name: f.name, method: f.method, capacity: f.capacity, opensAt: f.opensAt, closesAt: f.closesAt, drawAt: f.drawAt, questions: f.questions ?? [], ...(f.method === "LOTTERY" ? { beacon: "none" } : {}) }),
    );
    const questions = parseQuestions(frame.questions);
    const answersFor = (n: number) => Object.fromEntries(questions.filter((q) => q.required).map((q) => [q.id, q.choices?.[n % q.choices.length] ?? "demo"]));
    const applyAt = new Date(frame.opensAt.getTime() + 3600_000);
    const people = [...(f.applicantKeys ?? []).map(actor)];
    for (let i = 0; i < (f.generatedApplicants ?? 0); i++) people.push(await applicant(nextApplicant++));
    for (const [i, p] of people.entries()) {
      const anonymous = f.anonymousEvery ? (i + 1) % f.anonymousEvery === 0 : false;
      await apply(p, eventId, { frameId: frame.id, answers: answersFor(i), anonymous }, new Date(applyAt.getTime() + i * 1000));
    }
    const drawAt = frame.drawAt ?? frame.closesAt;
    if (frame.method === "LOTTERY" && drawAt < new Date()) await runDraw(frame.id, new Date(drawAt.getTime() + 1000));
    if (f.cancelledAfterDraw) {
      const leaving = await db().registration.findMany({ where: { frameId: frame.id, status: "CONFIRMED" }, orderBy: { receiptNumber: "desc" }, take: f.cancelledAfterDraw });
      for (const r of leaving) await cancel({ userId: r.userId }, r.id, new Date(drawAt.getTime() + 86_400_000));
    }
    if (f.attended) {
      const seated = await db().registration.findMany({ where: { frameId: frame.id, status: "CONFIRMED" }, orderBy: { receiptNumber: "asc" }, take: f.attended });
      const event = await db().event.findUniqueOrThrow({ where: { id: eventId } });
      for (const r of seated) await checkIn(owner, eventId, { receiptNumber: r.receiptNumber }, event.startsAt);
    }
  }
}

const DAY = 86_400_000;
const MIN = 60_000;

type Placed = { proposalId: string; minutes: number; format: string };

/**
 * Replays each past or planned talk through the talks services: a call for proposals, the
 * submission, acceptance and the speaker's confirmation; then the timetable, and for events
 * that happened, the slides (links and uploaded PDFs) and attendees' reports.
 */
async function seedTalks(e: DemoEvent, eventId: string, owner: Actor, actor: (key: string) => Actor) {
  const event = await db().event.findUniqueOrThrow({ where: { id: eventId } });
  if (e.openCall) {
    // An upcoming event whose call for proposals is open now, so the demo can take proposals.
    const now = Date.now();
    await saveCfp(owner, eventId, cfpInput.parse({ opensAt: new Date(now - 3 * DAY).toISOString(), closesAt: new Date(Math.max(now + 7 * DAY, event.startsAt.getTime() - 7 * DAY)).toISOString(), formats: e.openCall, guidelines: "初登壇も歓迎します。/ First-time speakers are welcome.", tracks: [] }));
  }
  if (!e.talks.length) return;
  const formats = [...new Map(e.talks.map((t) => [`${t.format}-${t.minutes}`, { id: `${t.format}-${t.minutes}`.toLowerCase(), name: t.format, minutes: t.minutes }])).values()];
  const opens = new Date(event.startsAt.getTime() - 40 * DAY);
  await saveCfp(owner, eventId, cfpInput.parse({ opensAt: opens.toISOString(), closesAt: new Date(event.startsAt.getTime() - 14 * DAY).toISOString(), formats, guidelines: "", tracks: [] }));
  const placed: Placed[] = [];
  for (const [i, t] of e.talks.entries()) {
    const at = new Date(opens.getTime() + DAY + i * 3600_000);
    const speaker = actor(t.speakerKey);
    const p = await submitProposal(speaker, eventId, proposalInput.parse({ title: t.title, abstract: t.abstract, formatId: `${t.format}-${t.minutes}`.toLowerCase(), level: "intermediate", language: "ja" }), at);
    await decide(owner, eventId, [p.id], "accept", undefined, new Date(at.getTime() + 10 * DAY));
    await replyAsSpeaker(speaker, p.id, "confirm", new Date(at.getTime() + 11 * DAY));
    placed.push({ proposalId: p.id, minutes: t.minutes, format: t.format });
  }
  const multiDay = event.endsAt.getTime() - event.startsAt.getTime() > DAY;
  if (multiDay) await layOutConference(owner, event, placed);
  else await layOutMeetup(owner, event, placed);
  await setSchedulePublished(owner, eventId, true);
  if (multiDay) await reviseConference(owner, eventId);
  if (event.endsAt < new Date()) await seedMaterials(e, eventId, placed, actor);
}

const local = (d: Date, tz: string) => toDateTimeLocal(d, tz);

/** One room: talks in a row, a break in the middle of long evenings, opening, closing and 懇親会 when time allows. */
async function layOutMeetup(owner: Actor, event: { id: string; startsAt: Date; endsAt: Date; timezone: string }, talks: Placed[]) {
  const room = await addRoom(owner, event.id, { name: "メイン会場 / Main hall", capacity: null });
  const slot = (kind: string, from: number, minutes: number, extra: Record<string, unknown> = {}) =>
    addSlot(owner, event.id, slotInput.parse({ kind, startsAt: local(new Date(from), event.timezone), endsAt: local(new Date(from + minutes * MIN), event.timezone), ...extra }));
  const available = (event.endsAt.getTime() - event.startsAt.getTime()) / MIN;
  const breakAfter = talks.length > 6 ? Math.ceil(talks.length / 2) : 0;
  const needed = talks.reduce((s, t) => s + t.minutes, 0) + (breakAfter ? 10 : 0);
  const opening = talks[0]?.format !== "LT" && needed + 10 <= available;
  const closing = needed + (opening ? 10 : 0) + 10 <= available;
  let t = event.startsAt.getTime();
  if (opening) {
    await slot("opening", t, 10, { title: "オープニング / Opening" });
    t += 10 * MIN;
  }
  for (const [i, talk] of talks.entries()) {
    await slot("talk", t, talk.minutes, { roomId: room.id, proposalId: talk.proposalId });
    t += talk.minutes * MIN;
    if (breakAfter && i + 1 === breakAfter) {
      await slot("break", t, 10, { title: "休憩 / Break" });
      t += 10 * MIN;
    }
  }
  if (closing) {
    await slot("closing", t, 10, { title: "クロージング / Closing" });
    t += 10 * MIN;
  }
  const rest = (event.endsAt.getTime() - t) / MIN;
  if (rest >= 30) await slot("party", t, rest, { title: "懇親会 / Networking" });
}

/** Several rooms over several days: keynotes in the first room, sessions side by side, lunch for all. */
async function layOutConference(owner: Actor, event: { id: string; startsAt: Date; endsAt: Date; timezone: string }, talks: Placed[]) {
  const rooms = [];
  for (const name of ["Room A", "Room B", "Room C"]) rooms.push(await addRoom(owner, event.id, { name, capacity: 300 }));
  const slot = (kind: string, from: number, minutes: number, extra: Record<string, unknown> = {}) =>
    addSlot(owner, event.id, slotInput.parse({ kind, startsAt: local(new Date(from), event.timezone), endsAt: local(new Date(from + minutes * MIN), event.timezone), ...extra }));
  const keynotes = talks.filter((t) => t.format === "Keynote");
  const sessions = talks.filter((t) => t.format !== "Keynote");
  const days = Math.ceil((event.endsAt.getTime() - event.startsAt.getTime()) / DAY);
  const perDay = Math.ceil(sessions.length / days);
  for (let d = 0; d < days; d++) {
    let t = event.startsAt.getTime() + d * DAY;
    if (d === 0) {
      await slot("reception", t, 20, { title: "受付 / Registration" });
      await slot("opening", t + 20 * MIN, 10, { title: "オープニング / Opening" });
      t += 30 * MIN;
    }
    const keynote = keynotes[d];
    if (keynote) {
      await slot("talk", t, keynote.minutes, { roomId: rooms[0]!.id, proposalId: keynote.proposalId });
      t += (keynote.minutes + 10) * MIN;
    }
    const today = sessions.slice(d * perDay, (d + 1) * perDay);
    for (let row = 0; row * rooms.length < today.length; row++) {
      if (row === 1) {
        await slot("lunch", t, 60, { title: "ランチ / Lunch" });
        t += 60 * MIN;
      }
      const items = today.slice(row * rooms.length, (row + 1) * rooms.length);
      for (const [i, s] of items.entries()) await slot("talk", t, s.minutes, { roomId: rooms[i]!.id, proposalId: s.proposalId });
      t += (Math.max(...items.map((s) => s.minutes)) + 10) * MIN;
    }
    if (d === days - 1) {
      await slot("closing", t, 20, { title: "クロージング / Closing" });
      t += 20 * MIN;
      const rest = (event.endsAt.getTime() - t) / MIN;
      if (rest >= 30) await slot("party", t, rest, { title: "懇親会 / Party" });
    }
  }
}

/**
 * A conference's timetable changes after its first publication: two talks of the same hour swap
 * rooms, and version 2 is published with that changelog (the demo sends no mail for it).
 */
async function reviseConference(owner: Actor, eventId: string) {
  const talks = await db().slot.findMany({ where: { eventId, kind: "talk", roomId: { not: null } }, orderBy: [{ startsAt: "desc" }, { roomId: "asc" }] });
  const pair = talks.flatMap((a) => talks.filter((b) => b.id !== a.id && b.startsAt.getTime() === a.startsAt.getTime() && b.endsAt.getTime() === a.endsAt.getTime()).map((b) => [a, b] as const))[0];
  if (!pair) return;
  const [a, b] = pair;
  const iso = (d: Date) => d.toISOString();
  await moveSlot(owner, a.id, { roomId: b.roomId, startsAt: iso(a.startsAt), endsAt: iso(a.endsAt), version: a.version });
  await moveSlot(owner, b.id, { roomId: a.roomId, startsAt: iso(b.startsAt), endsAt: iso(b.endsAt), version: b.version });
  await publishSchedule(owner, eventId, { notify: false });
}

/** Slides for every talk (links for some, uploaded PDFs for others) and a few attendees' reports. */
async function seedMaterials(e: DemoEvent, eventId: string, talks: Placed[], actor: (key: string) => Actor) {
  for (const [i, placed] of talks.entries()) {
    const talk = e.talks[i]!;
    const speaker = actor(talk.speakerKey);
    const handle = `demo-${talk.speakerKey.replace(/(?<!\d)(\d+)$/, "-$1")}`;
    if (i % 2 === 0) {
      const url = talk.slidesUrl ?? `https://slides.example.com/${handle}/${e.key}-${i + 1}`;
      await addTalkLink(speaker, placed.proposalId, { kind: "SLIDES", title: talk.title, url });
    } else {
      const pdf = demoSlidesPdf([talk.title, `${e.title}`, "Hako demo slides"]);
      const stored = await uploads().put(Readable.from([pdf]), ".pdf");
      await addTalkUpload(speaker, placed.proposalId, talk.title, { ...stored, fileName: `${e.key}-${i + 1}.pdf` });
    }
  }
  const attended = await db().registration.findMany({ where: { eventId, status: "ATTENDED" }, orderBy: { receiptNumber: "asc" }, take: 3, include: { user: true } });
  for (const [i, r] of attended.entries()) {
    await addReport({ userId: r.userId }, eventId, { title: `${e.title} に参加しました (${i + 1})`, url: `https://blog.example.com/${r.user.handle}/${e.key}-report` });
  }
}

export async function seedDemo(): Promise<{ users: number; groups: number; events: number }> {
  const actors = new Map<string, Actor>();
  const names = new Map<string, string>();
  for (const u of DEMO_USERS) {
    const user = await upsertUserByEmail(u.email);
    await db().user.update({ where: { id: user.id }, data: { name: u.name, handle: u.handle, bio: u.bio, locale: u.locale } });
    actors.set(u.key, { userId: user.id });
    names.set(u.key, u.name);
  }
  const actor = (key: string) => {
    const a = actors.get(key);
    if (!a) throw new Error(`demo data names an unknown user: ${key}`);
    return a;
  };
  const groupIds = new Map<string, { id: string; owner: Actor }>();
  const demoEventIds = new Map<string, { id: string; owner: Actor }>();
  for (const g of DEMO_GROUPS) {
    const owner = actor(g.ownerKey);
    const group = await createGroup(owner, { slug: g.slug, name: g.name, description: g.description });
    for (const key of g.organizerKeys) {
      const email = DEMO_USERS.find((u) => u.key === key)!.email;
      await addOrganizer(owner, group.id, email);
    }
    for (const key of g.followerKeys) await followGroup(actor(key), group.id, true);
    groupIds.set(g.slug, { id: group.id, owner });
  }
  for (const e of DEMO_EVENTS) {
    const g = groupIds.get(e.groupSlug);
    if (!g) throw new Error(`demo event ${e.key} names an unknown group: ${e.groupSlug}`);
    const input = eventCreateInput.parse({
      groupId: g.id,
      title: e.title,
      catchphrase: e.catchphrase,
      description: e.description,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      timezone: e.timezone,
      venueName: e.venue?.name ?? null,
      venueAddress: e.venue?.address ?? null,
      venueMapUrl: e.venue?.mapUrl ?? null,
      onlineUrl: e.onlineUrl,
      onlineUrlPrivate: e.onlineUrlPrivate ?? false,
      participantInfo: e.participantInfo ?? "",
      hashtag: e.hashtag,
      tags: e.tags,
      seriesNumber: e.seriesNumber,
    });
    const event = await createEvent(g.owner, input);
    await publishEvent(g.owner, event.id);
    await seedFrames(e, event.id, g.owner, actor);
    await seedTalks(e, event.id, g.owner, actor);
    demoEventIds.set(e.key, { id: event.id, owner: g.owner });
  }
  await seedNextInSeries(actor);
  await seedConference(demoEventIds, actor);
  // The replayed history wrote result mail into the outbox; none of it is news to anyone.
  await db().outboxMail.deleteMany({});
  return { users: DEMO_USERS.length + generated.size, groups: DEMO_GROUPS.length, events: DEMO_EVENTS.length };
}

/**
 * The community features on a recurring meetup: the online Docker meetup duplicated as its next
 * #N+1 (two days from now, published), whose frame is inside its reconfirmation window (asked
 * from now until a day before; the jobs tick mails the confirmed people their links).
 */
async function seedNextInSeries(actor: (key: string) => Actor) {
  const source = await db().event.findFirst({ where: { hashtag: "dockerjp", startsAt: { gt: new Date() } }, orderBy: { startsAt: "desc" }, include: { group: true } });
  if (!source) return;
  const owner = (await db().groupMembership.findFirst({ where: { groupId: source.groupId, role: "OWNER" } }))!;
  const organizer = { userId: owner.userId };
  const now = Date.now();
  const startsAt = new Date(Math.ceil((now + 2 * DAY) / (60 * MIN)) * 60 * MIN);
  const id = await duplicateEvent(organizer, source.id, { startsAt: startsAt.toISOString() });
  await publishEvent(organizer, id);
  const frame = await db().frame.findFirst({ where: { eventId: id }, orderBy: { sortOrder: "asc" } });
  if (!frame) return;
  // Open for applications now (the copy's times follow the source's, shifted).
  await updateFrame(organizer, frame.id, { opensAt: new Date(now - DAY).toISOString(), closesAt: new Date(startsAt.getTime() - 60 * MIN).toISOString() });
  for (const key of ["attendee", "attendee3"]) await apply(actor(key), id, { frameId: frame.id, answers: {} });
  await updateFrame(organizer, frame.id, { reconfirmFrom: new Date(Date.now() + 1000).toISOString(), reconfirmUntil: new Date(startsAt.getTime() - DAY).toISOString(), reconfirmPolicy: "RELEASE" });
}
