// Every way into Hako that takes a request: the route handlers (the JSON API v1 and the few page
// routes: files, feeds, the upload form) and the server actions. Each entry says who may call
// it and with which zod schema its input is validated. From this one list come the OpenAPI
// document (lib/api/openapi.ts), the body caps of `apiRoute` and `serverAction`, and the
// security tests (tests/security): a route file or action that is not listed here fails them.
import { z } from "zod";
import { eventCreateInput, eventSearchInput, eventUpdateInput } from "../events/schema";
import { groupInput, groupUpdateInput, organizerInput } from "../groups/schema";
import { LOCALES } from "../i18n/locale";
import { hiddenInput, linkInput, reportInput, uploadFields } from "../materials/schema";
import { reconfirmInput, tokenAnswerInput } from "../reconfirmation/schema";
import { checkInApiInput, doorSearchInput, receptionistInput, undoCheckInInput, walkInInput } from "../door/schema";
import { applyInput, checkInInput, nominateInput, frameCreateInput, frameUpdateInput, registrationListQuery, voidInput } from "../registrations/schema";
import { gridMoveInput, gridPlaceInput, icsQuery, roomInput, slotDeleteQuery, slotInput, slotPatchInput, versionsQuery } from "../schedule/schema";
import { feedbackInput } from "../feedback/schema";
import { assignInput, criteriaInput, criteriaReviewInput, reviewerTracksInput, reviewSettingsInput, speakerMessageInput, stageInput, templateInput } from "../review/schema";
import { availabilityInput, speakerProfileInput } from "../speakers/schema";
import { cfpInput, decisionInput, inviteInput, proposalInput, proposalPatchInput, speakerReplyInput } from "../talks/schema";
import { duplicateInput } from "../series/schema";
import { messageInput } from "../messages/schema";
import { createTokenInput, revokeTokenInput } from "../tokens/schema";
import { profileInput } from "../users/schema";
import { groupAnnouncementsInput, preferencesInput, unsubscribeInput } from "../notifications/schema";
import { anonymityInput, participantQuery } from "../participants/schema";
import { pageQuery } from "./paging";
import { type ComponentName, listOf, ref } from "./shapes";

/**
 * Who may call. `signed-in`: anyone with a session or token. `registered`: people registered for
 * the event. `owner`: the resource's own people (the registration's applicant, the proposal's
 * speakers, the token's holder), and for talks and materials also the event's organizers.
 * `organizer`: the organizers of the resource's group. `door`: the organizers and the event's
 * receptionists (受付), who may do nothing else. `external`: a library's own endpoint.
 */
export type Auth = "public" | "signed-in" | "registered" | "owner" | "organizer" | "door" | "external";

/** What the `{id}` (or `{slug}`) of a path names, so tests can point it at a real resource. */
export type Resource = "event" | "frame" | "registration" | "proposal" | "material" | "group" | "slot";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type RouteEntry = {
  method: Method;
  /** The public path, `{id}` for a dynamic segment (from app/…/[id]/route.ts). */
  path: string;
  summary: string;
  auth: Auth;
  resource?: Resource;
  /** Query parameters as the API spells them → the schema's field names. */
  queryNames?: Record<string, string>;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Accepts a multipart PDF upload; its size is capped by the upload receiver (UPLOAD_MAX_MB). */
  multipart?: { fields: z.ZodType };
  /** Byte cap for a non-upload body (default DEFAULT_BODY_LIMIT). */
  maxBodyBytes?: number;
  response: { status: number; description: string; schema?: object; contentType?: string };
  errors: number[];
  /** A valid body for the fixture of tests/security ("$frame" etc. name its resources). */
  sample?: Record<string, unknown>;
};

const JSON_ERRORS = [400, 413];
/** Routes carrying a 20,000-character markdown text (~60 KB in Japanese) get room for it. */
const LONG_TEXT_BODY = 128 * 1024;

const route = (r: RouteEntry) => r;
const ok = (status: number, description: string, component?: ComponentName | object, contentType?: string) => ({
  status,
  description,
  ...(component ? { schema: typeof component === "string" ? ref(component) : component } : {}),
  ...(contentType ? { contentType } : {}),
});

export const routes = {
  // Events and groups
  "events.list": route({ method: "GET", path: "/api/v1/events", summary: "Published events, filtered", auth: "public", query: eventSearchInput, queryNames: { per_page: "perPage" }, response: ok(200, "A page of events", listOf("Event")), errors: [400] }),
  "events.create": route({
    method: "POST",
    path: "/api/v1/events",
    summary: "Create a draft event in a group the caller organizes",
    maxBodyBytes: LONG_TEXT_BODY,
    auth: "organizer",
    resource: "group",
    body: eventCreateInput,
    response: ok(201, "The draft", "Event"),
    errors: [...JSON_ERRORS, 401, 403, 404, 409],
    sample: { groupId: "$group", title: "Matrix night", startsAt: "2031-06-01T19:00", endsAt: "2031-06-01T21:00" },
  }),
  "events.duplicate": route({
    method: "POST",
    path: "/api/v1/events/{id}/duplicate",
    summary: "Copy the event (frames with their questions, CFP, description) into a new draft with the next series number, shifted to startsAt",
    auth: "organizer",
    resource: "event",
    body: duplicateInput,
    response: ok(201, "The new draft", "Event"),
    errors: [...JSON_ERRORS, 401, 403, 404, 409],
    sample: { startsAt: "2031-07-01T19:00" },
  }),
  "events.get": route({ method: "GET", path: "/api/v1/events/{id}", summary: "One event (drafts only for organizers)", auth: "public", resource: "event", response: ok(200, "The event", "Event"), errors: [404] }),
  "events.update": route({
    method: "PATCH",
    path: "/api/v1/events/{id}",
    summary: "Edit, publish or cancel (organizers of the group)",
    maxBodyBytes: LONG_TEXT_BODY,
    auth: "organizer",
    resource: "event",
    body: eventUpdateInput,
    response: ok(200, "The event after the change", "Event"),
    errors: [...JSON_ERRORS, 401, 403, 404, 409],
    sample: { title: "Renamed by a stranger" },
  }),
  "groups.create": route({ method: "POST", path: "/api/v1/groups", summary: "Create a group; the caller becomes its owner", auth: "signed-in", body: groupInput, response: ok(201, "The group", "Group"), errors: [...JSON_ERRORS, 401, 409], sample: { slug: "matrix-group", name: "Matrix group" } }),
  me: route({ method: "GET", path: "/api/v1/me", summary: "The caller, with the groups they organize", auth: "signed-in", response: ok(200, "The signed-in user", { type: "object" }), errors: [401] }),
  // Frames and the lottery
  "frames.list": route({ method: "GET", path: "/api/v1/events/{id}/frames", summary: "The event's frames with counts", auth: "public", resource: "event", response: ok(200, "Frames", { type: "object", properties: { items: { type: "array", items: ref("Frame") } } }), errors: [404] }),
  "frames.create": route({
    method: "POST",
    path: "/api/v1/events/{id}/frames",
    summary: "Add a frame (organizers); a lottery's commitment is published from this moment",
    auth: "organizer",
    resource: "event",
    body: frameCreateInput,
    response: ok(201, "The frame", "Frame"),
    errors: [...JSON_ERRORS, 401, 403, 404, 409],
    sample: { name: "Extra", capacity: 5, method: "first_come", opensAt: "2031-01-01T10:00", closesAt: "2031-01-02T10:00" },
  }),
  "frames.update": route({ method: "PATCH", path: "/api/v1/frames/{id}", summary: "Edit a frame (organizers); raising the capacity promotes from the waitlist", auth: "organizer", resource: "frame", body: frameUpdateInput, response: ok(200, "The frame", "Frame"), errors: [...JSON_ERRORS, 401, 403, 404, 409], sample: { capacity: 7 } }),
  "draw.get": route({ method: "GET", path: "/api/v1/frames/{id}/draw", summary: "The public draw record", auth: "public", resource: "frame", response: ok(200, "The draw", "Draw"), errors: [404] }),
  "draw.run": route({ method: "POST", path: "/api/v1/frames/{id}/draw", summary: "Draw the lottery (organizers, after closesAt; v2 waits for its beacon round: 422 DRAW_WAITING)", auth: "organizer", resource: "frame", response: ok(200, "The draw", "Draw"), errors: [401, 403, 404, 409, 422] }),
  "frames.log": route({ method: "GET", path: "/api/v1/frames/{id}/log", summary: "The lottery frame's public, hash-chained log", auth: "public", resource: "frame", response: ok(200, "Every entry from seq 1", "FrameLog"), errors: [404] }),
  "frames.void": route({
    method: "POST",
    path: "/api/v1/frames/{id}/void",
    summary: "Void a closed, undrawn lottery with a public reason; a new lottery replaces it",
    auth: "organizer",
    resource: "frame",
    body: voidInput,
    response: ok(200, "The new lottery's draw record", "Draw"),
    errors: [...JSON_ERRORS, 401, 403, 404, 409, 422],
    sample: { reason: "A stranger's reason" },
  }),
  // The door and the staff
  "door.checkIn": route({ method: "POST", path: "/api/v1/events/{id}/checkin", summary: "Check a person in by ticket code, receipt number or registration id (organizers, receptionists)", auth: "door", resource: "event", body: checkInApiInput, response: ok(200, "Who was checked in", { type: "object" }), errors: [...JSON_ERRORS, 401, 403, 404, 409, 422] , sample: { receiptNumber: 1 } }),
  "door.undo": route({ method: "POST", path: "/api/v1/events/{id}/checkin/undo", summary: "Undo a check-in (organizers, receptionists)", auth: "door", resource: "event", body: undoCheckInInput, response: ok(200, "The registration, confirmed again", "Registration"), errors: [...JSON_ERRORS, 401, 403, 404, 409], sample: { registrationId: "$registration" } }),
  "door.search": route({ method: "GET", path: "/api/v1/events/{id}/door", summary: "The door list: seated people found by name, handle or receipt number (at most 20)", auth: "door", resource: "event", query: doorSearchInput, response: ok(200, "Matching people", { type: "object" }), errors: [400, 401, 403, 404] }),
  "door.walkIn": route({ method: "POST", path: "/api/v1/events/{id}/walk-ins", summary: "Register a walk-in at the door while seats remain (confirmed and checked in)", auth: "door", resource: "event", body: walkInInput, response: ok(201, "The registration", "Registration"), errors: [...JSON_ERRORS, 401, 403, 404, 409, 422], sample: { frameId: "$frame", name: "Walk-in by a stranger" } }),
  "receptionists.list": route({ method: "GET", path: "/api/v1/events/{id}/receptionists", summary: "The event's receptionists, its own and the group's (organizers)", auth: "organizer", resource: "event", response: ok(200, "Receptionists", { type: "object" }), errors: [401, 403, 404] }),
  "receptionists.add": route({ method: "POST", path: "/api/v1/events/{id}/receptionists", summary: "Make someone (handle or email) a receptionist of the event (organizers)", auth: "organizer", resource: "event", body: receptionistInput, response: ok(201, "The receptionist", { type: "object" }), errors: [...JSON_ERRORS, 401, 403, 404, 422], sample: { query: "$attendeeEmail" } }),
  "receptionists.remove": route({ method: "DELETE", path: "/api/v1/events/{id}/receptionists", summary: "Remove a receptionist of the event (`user_id` in the query; organizers)", auth: "organizer", resource: "event", query: z.object({ userId: z.string().min(1).max(64) }), queryNames: { user_id: "userId" }, response: ok(204, "Removed"), errors: [400, 401, 403, 404] }),
  "frames.nominations": route({ method: "PUT", path: "/api/v1/frames/{id}/nominations", summary: "Set a lottery frame's nominations (指名), in order, before its close (organizers)", auth: "organizer", resource: "frame", body: nominateInput, response: ok(200, "The nominated public ids", { type: "object" }), errors: [...JSON_ERRORS, 401, 403, 404, 409, 422], sample: { publicIds: [] } }),
  // Registrations
  "registrations.create": route({ method: "POST", path: "/api/v1/events/{id}/registrations", summary: "Apply to a frame", auth: "signed-in", resource: "event", body: applyInput, response: ok(201, "The registration with its state", "Registration"), errors: [...JSON_ERRORS, 401, 404, 409, 422], sample: { frameId: "$frame" } }),
  "registrations.list": route({ method: "GET", path: "/api/v1/events/{id}/registrations", summary: "The event's registrations (organizers)", auth: "organizer", resource: "event", query: registrationListQuery, queryNames: { per_page: "perPage", frame_id: "frameId" }, response: ok(200, "Registrations with the person", listOf("Registration")), errors: [400, 401, 403, 404] }),
  "registrations.get": route({ method: "GET", path: "/api/v1/registrations/{id}", summary: "One's own registration", auth: "owner", resource: "registration", response: ok(200, "The registration", "Registration"), errors: [401, 404] }),
  "registrations.reconfirm": route({ method: "POST", path: "/api/v1/registrations/{id}/reconfirm", summary: "Answer one's own reconfirmation (参加確認): still coming, or cancel", auth: "owner", resource: "registration", body: reconfirmInput, response: ok(200, "The registration with its answer", "Registration"), errors: [...JSON_ERRORS, 401, 404, 409, 422], sample: { coming: true } }),
  "registrations.cancel": route({ method: "DELETE", path: "/api/v1/registrations/{id}", summary: "Cancel one's own registration", auth: "owner", resource: "registration", response: ok(200, "Now cancelled", "Registration"), errors: [401, 404, 409, 422] }),
  "registrations.update": route({ method: "PATCH", path: "/api/v1/registrations/{id}", summary: "Appear anonymously in the participant list, or by name again (one's own registration)", auth: "owner", resource: "registration", body: anonymityInput, response: ok(200, "The registration", "Registration"), errors: [...JSON_ERRORS, 401, 404], sample: { anonymous: true } }),
  "unsubscribe.oneClick": route({
    method: "POST",
    path: "/unsubscribe/one-click",
    summary: "RFC 8058 one-click unsubscribe (the List-Unsubscribe URL of bulk mail); the signed `token` in the query names the person and the scope",
    auth: "public",
    response: ok(200, "Unsubscribed: { unsubscribed: \"all\" | \"group\", group }"),
    errors: [400, 404],
  }),
  "participants.list": route({
    method: "GET",
    path: "/api/v1/events/{id}/participants",
    summary: "The public participant list: seat holders in the order they got their seat (anonymous ones without name), with each frame's counts",
    auth: "public",
    resource: "event",
    query: participantQuery,
    queryNames: { per_page: "perPage", frame_id: "frameId" },
    response: ok(200, "A page of participants, and `frames` with confirmed/waitlisted/applied counts", listOf("Participant")),
    errors: [400, 404],
  }),
  "me.registrations": route({ method: "GET", path: "/api/v1/me/registrations", summary: "The caller's registrations, upcoming first", auth: "signed-in", query: pageQuery, queryNames: { per_page: "perPage" }, response: ok(200, "Registrations", listOf("Registration")), errors: [400, 401] }),
  // Timetable
  "schedule.json": route({ method: "GET", path: "/api/v1/events/{id}/schedule", summary: "The timetable (public once published)", auth: "public", resource: "event", response: ok(200, "Rooms and items", "Schedule"), errors: [404] }),
  "schedule.ics": route({ method: "GET", path: "/api/v1/events/{id}/schedule.ics", summary: "The timetable as iCalendar (`slot`: one slot only)", auth: "public", resource: "event", query: icsQuery, response: ok(200, "iCalendar", undefined, "text/calendar"), errors: [404] }),
  "schedule.frabJson": route({ method: "GET", path: "/api/v1/events/{id}/schedule.frab.json", summary: "The timetable as frab-style schedule JSON (the format voc/schedule describes)", auth: "public", resource: "event", response: ok(200, "frab JSON", { type: "object" }), errors: [404] }),
  "schedule.rooms.create": route({ method: "POST", path: "/api/v1/events/{id}/rooms", summary: "Add a room (track) to the timetable (organizers)", auth: "organizer", resource: "event", body: roomInput, response: ok(201, "The room", { type: "object" }), errors: [...JSON_ERRORS, 401, 403, 404], sample: { name: "Room by a stranger" } }),
  "schedule.items.create": route({
    method: "POST",
    path: "/api/v1/events/{id}/schedule/items",
    summary: "Place a confirmed talk in a room, or add a fixed item (roomId null: all rooms); times in the event's zone or with an offset",
    auth: "organizer",
    resource: "event",
    body: slotInput,
    response: ok(201, "The item with its version", { type: "object" }),
    errors: [...JSON_ERRORS, 401, 403, 404, 409],
    sample: { kind: "break", startsAt: "2030-05-20T20:30", endsAt: "2030-05-20T20:40", title: "Stranger's break" },
  }),
  "schedule.items.update": route({
    method: "PATCH",
    path: "/api/v1/slots/{id}",
    summary: "Move or resize an item made on `version`; 409 STALE_VERSION when it changed since",
    auth: "organizer",
    resource: "slot",
    body: slotPatchInput,
    response: ok(200, "The item with its new version", { type: "object" }),
    errors: [...JSON_ERRORS, 401, 403, 404, 409],
    sample: { startsAt: "2030-05-20T19:45", endsAt: "2030-05-20T19:55", version: 1 },
  }),
  "schedule.items.delete": route({ method: "DELETE", path: "/api/v1/slots/{id}", summary: "Remove an item (`version`: only if unchanged since)", auth: "organizer", resource: "slot", query: slotDeleteQuery, response: ok(204, "Removed"), errors: [400, 401, 403, 404, 409] }),
  "schedule.versions.list": route({ method: "GET", path: "/api/v1/events/{id}/schedule/versions", summary: "The published versions with their changes, newest first (public once published)", auth: "public", resource: "event", query: versionsQuery, response: ok(200, "Versions", { type: "object" }), errors: [400, 404] }),
  "schedule.versions.publish": route({ method: "POST", path: "/api/v1/events/{id}/schedule/versions", summary: "Publish the timetable as a new version with its changelog; mails speakers whose talk moved", auth: "organizer", resource: "event", response: ok(201, "The version (200 when nothing changed)", { type: "object" }), errors: [401, 403, 404, 409] }),
  "schedule.xml": route({ method: "GET", path: "/api/v1/events/{id}/schedule.xml", summary: "The timetable as frab XML (Giggity, ConfClerk)", auth: "public", resource: "event", response: ok(200, "frab XML", undefined, "application/xml"), errors: [404] }),
  // Talks
  "talks.list": route({ method: "GET", path: "/api/v1/events/{id}/talks", summary: "Confirmed talks; organizers, reviewers and speakers see more", auth: "public", resource: "event", query: pageQuery, queryNames: { per_page: "perPage" }, response: ok(200, "Talks", listOf("Talk")), errors: [400, 404] }),
  "cfp.get": route({ method: "GET", path: "/api/v1/events/{id}/cfp", summary: "The call for proposals", auth: "public", resource: "event", response: ok(200, "The call: dates, formats, tracks, guidelines", { type: "object" }), errors: [404] }),
  "cfp.put": route({
    method: "PUT",
    path: "/api/v1/events/{id}/cfp",
    summary: "Open or change the call (organizers); `formats` as a list or as text, one \"name minutes\" per line",
    maxBodyBytes: LONG_TEXT_BODY,
    auth: "organizer",
    resource: "event",
    body: cfpInput,
    response: ok(200, "The call", { type: "object" }),
    errors: [...JSON_ERRORS, 401, 403, 404],
    sample: { opensAt: "2031-01-01T10:00", closesAt: "2031-02-01T10:00", formats: "LT 5" },
  }),
  "proposals.create": route({ method: "POST", path: "/api/v1/events/{id}/proposals", summary: "Submit a proposal while the call is open", auth: "signed-in", resource: "event", body: proposalInput, response: ok(201, "The proposal", "Talk"), errors: [...JSON_ERRORS, 401, 404, 422], sample: { title: "A talk", formatId: "lt", level: "beginner", language: "ja" } }),
  "proposals.get": route({ method: "GET", path: "/api/v1/proposals/{id}", summary: "A proposal (public once confirmed; otherwise its speakers, reviewers and organizers)", auth: "public", resource: "proposal", response: ok(200, "The proposal", "Talk"), errors: [404] }),
  "proposals.update": route({
    method: "PATCH",
    path: "/api/v1/proposals/{id}",
    summary: "Speakers edit, withdraw, confirm or decline; organizers accept or reject",
    auth: "owner",
    resource: "proposal",
    body: proposalPatchInput,
    response: ok(200, "The proposal", "Talk"),
    errors: [...JSON_ERRORS, 401, 403, 404, 409, 422],
    sample: { title: "Taken over" },
  }),
  // Conference: speakers, review, personal schedules, feedback
  "speakers.profile.get": route({ method: "GET", path: "/api/v1/me/speaker-profile", summary: "The caller's speaker profile", auth: "signed-in", response: ok(200, "Bio, photo, pronouns, company", { type: "object" }), errors: [401] }),
  "speakers.profile.put": route({ method: "PUT", path: "/api/v1/me/speaker-profile", summary: "Save the caller's speaker profile (a photo link, or null to remove the photo)", auth: "signed-in", body: speakerProfileInput, response: ok(200, "The profile", { type: "object" }), errors: [...JSON_ERRORS, 401], sample: { bio: "Taken over" } }),
  "speakers.photo.upload": route({ method: "POST", path: "/api/v1/me/speaker-profile/photo", summary: "Upload the caller's photo (multipart `file`: PNG, JPEG or WebP, up to 2 MB)", auth: "signed-in", multipart: { fields: z.object({}) }, response: ok(201, "The profile", { type: "object" }), errors: [400, 401, 413, 415] }),
  "speakers.photo": route({ method: "GET", path: "/speakers/{id}/photo", summary: "A speaker's uploaded photo (once they give a confirmed talk; themselves; organizers)", auth: "public", response: ok(200, "The image", undefined, "image/*"), errors: [404] }),
  "speakers.availability.get": route({ method: "GET", path: "/api/v1/events/{id}/availability", summary: "The caller's availability for the event (its speakers)", auth: "owner", resource: "event", response: ok(200, "The event's days and the ranges", { type: "object" }), errors: [401, 403, 404] }),
  "speakers.availability.put": route({ method: "PUT", path: "/api/v1/events/{id}/availability", summary: "Replace the caller's availability: ranges within the event's days; [] means any time", auth: "owner", resource: "event", body: availabilityInput, response: ok(200, "The ranges, joined", { type: "object" }), errors: [...JSON_ERRORS, 401, 403, 404], sample: { ranges: [] } }),
  "speakers.list": route({ method: "GET", path: "/api/v1/events/{id}/speakers", summary: "The speakers of the event's confirmed talks, with their profiles", auth: "public", resource: "event", response: ok(200, "Speakers", { type: "object" }), errors: [404] }),
  "review.progress": route({ method: "GET", path: "/api/v1/events/{id}/review", summary: "The review's progress (organizers): reviewers, assignments, scores, staged decisions", auth: "organizer", resource: "event", response: ok(200, "Progress", { type: "object" }), errors: [401, 403, 404] }),
  "review.settings": route({ method: "PATCH", path: "/api/v1/events/{id}/review", summary: "Review settings (organizers): anonymised review", auth: "organizer", resource: "event", body: reviewSettingsInput, response: ok(200, "Progress", { type: "object" }), errors: [...JSON_ERRORS, 401, 403, 404, 409], sample: { anonymousReview: true } }),
  "review.criteria.get": route({ method: "GET", path: "/api/v1/events/{id}/review/criteria", summary: "The review criteria with weights (reviewers and organizers)", auth: "organizer", resource: "event", response: ok(200, "Criteria", { type: "object" }), errors: [401, 403, 404] }),
  "review.criteria.put": route({ method: "PUT", path: "/api/v1/events/{id}/review/criteria", summary: "Replace the review criteria (organizers)", auth: "organizer", resource: "event", body: criteriaInput, response: ok(200, "Criteria", { type: "object" }), errors: [...JSON_ERRORS, 401, 403, 404], sample: { criteria: "内容 3" } }),
  "review.assign": route({ method: "POST", path: "/api/v1/events/{id}/review/assignments", summary: "Assign a proposal to a reviewer, or take it back (organizers)", auth: "organizer", resource: "event", body: assignInput, response: ok(200, "The assignment", { type: "object" }), errors: [...JSON_ERRORS, 401, 403, 404, 422], sample: { proposalId: "$proposal", userId: "$coOrganizer" } }),
  "review.assignByTrack": route({ method: "POST", path: "/api/v1/events/{id}/review/assignments/by-track", summary: "Assign open proposals to the reviewers of their tracks (organizers)", auth: "organizer", resource: "event", response: ok(200, "How many were added", { type: "object" }), errors: [401, 403, 404] }),
  "review.reviewerTracks": route({ method: "PUT", path: "/api/v1/events/{id}/review/reviewer-tracks", summary: "Set the tracks a reviewer is assigned by (organizers)", auth: "organizer", resource: "event", body: reviewerTracksInput, response: ok(200, "The tracks", { type: "object" }), errors: [...JSON_ERRORS, 401, 403, 404, 422], sample: { userId: "$coOrganizer", tracks: ["kubernetes"] } }),
  "review.score": route({ method: "POST", path: "/api/v1/proposals/{id}/reviews", summary: "Score a proposal per criterion (reviewers and organizers)", auth: "organizer", resource: "proposal", body: criteriaReviewInput, response: ok(201, "The review", { type: "object" }), errors: [...JSON_ERRORS, 401, 403, 404, 409], sample: { score: 5 } }),
  "review.stage": route({ method: "PUT", path: "/api/v1/proposals/{id}/staged-decision", summary: "Stage a decision without sending it (organizers)", auth: "organizer", resource: "proposal", body: stageInput, response: ok(200, "The staged decision", { type: "object" }), errors: [...JSON_ERRORS, 401, 403, 404, 409], sample: { decision: "reject" } }),
  "review.send": route({ method: "POST", path: "/api/v1/events/{id}/decisions", summary: "Send every staged decision at once (organizers)", auth: "organizer", resource: "event", response: ok(200, "How many were sent", { type: "object" }), errors: [401, 403, 404, 409] }),
  "review.templates.get": route({ method: "GET", path: "/api/v1/events/{id}/decision-templates", summary: "The decision mails in ja and en (organizers)", auth: "organizer", resource: "event", response: ok(200, "Templates", { type: "object" }), errors: [401, 403, 404] }),
  "review.templates.put": route({ method: "PUT", path: "/api/v1/events/{id}/decision-templates", summary: "Save one decision mail template (organizers)", auth: "organizer", resource: "event", body: templateInput, response: ok(200, "The template", { type: "object" }), errors: [...JSON_ERRORS, 401, 403, 404, 409], sample: { decision: "accept", locale: "ja", subject: "Taken over", body: "x" } }),
  "messages.list": route({ method: "GET", path: "/api/v1/events/{id}/messages", summary: "The event's targeted messages with their history, newest first (organizers)", auth: "organizer", resource: "event", response: ok(200, "Sent and scheduled messages", { type: "object" }), errors: [401, 403, 404] }),
  "messages.create": route({
    method: "POST",
    path: "/api/v1/events/{id}/messages",
    summary: "Send a message to confirmed, waitlisted, applied, one frame, the speakers or those who have not reconfirmed, now or at sendAt (organizers)",
    auth: "organizer",
    resource: "event",
    body: messageInput,
    response: ok(201, "The message (sentAt and recipients once sent)", { type: "object" }),
    errors: [...JSON_ERRORS, 401, 403, 404],
    sample: { audience: "CONFIRMED", subject: "Hello", body: "Doors open at 18:30" },
  }),
  "review.messageSpeakers": route({ method: "POST", path: "/api/v1/events/{id}/speaker-messages", summary: "Mail the event's speakers: all, accepted or confirmed (organizers)", auth: "organizer", resource: "event", body: speakerMessageInput, response: ok(201, "How many were sent", { type: "object" }), errors: [...JSON_ERRORS, 401, 403, 404], sample: { audience: "all", subject: "Hello", body: "Spam" } }),
  "me.schedule": route({ method: "GET", path: "/api/v1/me/schedule", summary: "The caller's marked talks and private calendar URL", auth: "signed-in", response: ok(200, "Talks and icsUrl", { type: "object" }), errors: [401] }),
  "me.schedule.star": route({ method: "PUT", path: "/api/v1/me/schedule/{id}", summary: "Mark a confirmed talk (☆)", auth: "signed-in", resource: "proposal", response: ok(200, "Marked", { type: "object" }), errors: [401, 404, 422] }),
  "me.schedule.unstar": route({ method: "DELETE", path: "/api/v1/me/schedule/{id}", summary: "Unmark a talk", auth: "signed-in", resource: "proposal", response: ok(200, "Unmarked", { type: "object" }), errors: [401, 404] }),
  "me.calendarToken": route({ method: "POST", path: "/api/v1/me/calendar-token", summary: "Replace the secret of the caller's private calendar URL", auth: "signed-in", response: ok(201, "The new icsUrl", { type: "object" }), errors: [401] }),
  "speakers.photo.form": route({ method: "POST", path: "/me/speaker/photo", summary: "The speaker page's plain photo upload form; answers with a redirect to it", auth: "signed-in", multipart: { fields: z.object({}) }, response: ok(303, "Back to the speaker page, the outcome in the query"), errors: [] }),
  "me.schedule.ics": route({ method: "GET", path: "/api/v1/calendars/{id}", summary: "A personal schedule as iCalendar, by its secret (no sign-in)", auth: "public", response: ok(200, "iCalendar", undefined, "text/calendar"), errors: [404] }),
  "feedback.list": route({ method: "GET", path: "/api/v1/talks/{id}/feedback", summary: "A talk's feedback (its speakers and organizers)", auth: "owner", resource: "proposal", response: ok(200, "Count, average and entries", { type: "object" }), errors: [401, 404] }),
  "feedback.give": route({ method: "POST", path: "/api/v1/talks/{id}/feedback", summary: "Rate a talk after it started (people who attended)", auth: "registered", resource: "proposal", body: feedbackInput, response: ok(201, "The feedback", { type: "object" }), errors: [...JSON_ERRORS, 401, 403, 404, 422, 429], sample: { rating: 5, comment: "Great" } }),
  // Materials
  "materials.list": route({ method: "GET", path: "/api/v1/events/{id}/materials", summary: "The event's materials", auth: "public", resource: "event", query: pageQuery, queryNames: { per_page: "perPage" }, response: ok(200, "Materials", listOf("Material")), errors: [400, 404] }),
  "materials.report": route({ method: "POST", path: "/api/v1/events/{id}/materials", summary: "Post a report link (people registered for the event)", auth: "registered", resource: "event", body: reportInput, response: ok(201, "The report", "Material"), errors: [...JSON_ERRORS, 401, 403, 404], sample: { title: "My report", url: "https://example.com/report" } }),
  "materials.talk": route({
    method: "POST",
    path: "/api/v1/talks/{id}/materials",
    summary: "Attach slides or a video to a talk (its speakers and organizers): a JSON link, or multipart with a PDF `file`",
    auth: "owner",
    resource: "proposal",
    body: linkInput,
    multipart: { fields: uploadFields },
    response: ok(201, "The material", "Material"),
    errors: [...JSON_ERRORS, 401, 403, 404, 409, 415],
    sample: { title: "Slides", url: "https://example.com/slides" },
  }),
  "materials.hide": route({ method: "PATCH", path: "/api/v1/materials/{id}", summary: "Hide or show (organizers)", auth: "organizer", resource: "material", body: hiddenInput, response: ok(200, "The material", "Material"), errors: [...JSON_ERRORS, 401, 403, 404], sample: { hidden: true } }),
  "materials.replace": route({ method: "PUT", path: "/api/v1/materials/{id}", summary: "Replace an uploaded PDF (multipart `file`)", auth: "owner", resource: "material", multipart: { fields: uploadFields }, response: ok(200, "The material", "Material"), errors: [400, 401, 403, 404, 413, 415] }),
  "materials.remove": route({ method: "DELETE", path: "/api/v1/materials/{id}", summary: "Remove (its author, the talk's speakers, organizers)", auth: "owner", resource: "material", response: ok(204, "Removed"), errors: [401, 403, 404] }),
  // Page routes (not part of the JSON API)
  "materials.file": route({ method: "GET", path: "/materials/{id}/file", summary: "An uploaded PDF", auth: "public", resource: "material", response: ok(200, "The PDF", undefined, "application/pdf"), errors: [404, 416] }),
  "materials.upload": route({ method: "POST", path: "/talks/{id}/materials/upload", summary: "The talk page's plain upload form; answers with a redirect to the talk", auth: "owner", resource: "proposal", multipart: { fields: uploadFields }, response: ok(303, "Back to the talk, the outcome in the query"), errors: [] }),
  "materials.atom.event": route({ method: "GET", path: "/events/{id}/materials.atom", summary: "The event's materials as Atom", auth: "public", resource: "event", response: ok(200, "Atom", undefined, "application/atom+xml"), errors: [404] }),
  "materials.atom.group": route({ method: "GET", path: "/groups/{slug}/materials.atom", summary: "The group's materials as Atom", auth: "public", resource: "group", response: ok(200, "Atom", undefined, "application/atom+xml"), errors: [404] }),
  "participants.csv": route({ method: "GET", path: "/events/{id}/participants.csv", summary: "The participant list as CSV (organizers)", auth: "organizer", resource: "event", response: ok(200, "CSV", undefined, "text/csv"), errors: [401, 403, 404] }),
  "events.calendar": route({ method: "GET", path: "/events/{id}/calendar.ics", summary: "One event as iCalendar", auth: "public", resource: "event", response: ok(200, "iCalendar", undefined, "text/calendar"), errors: [404] }),
  healthz: route({ method: "GET", path: "/healthz", summary: "Liveness", auth: "public", response: ok(200, "ok"), errors: [] }),
  readyz: route({ method: "GET", path: "/readyz", summary: "Readiness (the database answers)", auth: "public", response: ok(200, "ready"), errors: [503] }),
  "auth.get": route({ method: "GET", path: "/api/auth/{nextauth}", summary: "next-auth's own endpoints (CSRF token, session, providers)", auth: "external", response: ok(200, "next-auth"), errors: [] }),
  "auth.post": route({ method: "POST", path: "/api/auth/{nextauth}", summary: "next-auth's sign-in and sign-out (CSRF-checked by next-auth)", auth: "external", response: ok(200, "next-auth"), errors: [] }),
  "openapi.json": route({ method: "GET", path: "/api/v1/openapi.json", summary: "This document", auth: "public", response: ok(200, "OpenAPI 3.1", { type: "object" }), errors: [] }),
} satisfies Record<string, RouteEntry>;

export type RouteName = keyof typeof routes;

// ---------------------------------------------------------------------------------------------
// Server actions: `<domain>.<exported name>` of lib/<domain>/actions.ts.

export type ActionEntry = {
  auth: Auth;
  /** The zod schema the action validates its fields with (ids are checked separately). */
  input?: z.ZodType;
  /** Valid form fields for the fixture of tests/security ("$event" etc. name its resources). */
  sample: Record<string, string | string[]>;
};

const action = (a: ActionEntry) => a;
const id = z.string().min(1).max(64);

export const actions = {
  "events.createEventAction": action({ auth: "organizer", input: eventCreateInput, sample: { groupId: "$group", title: "Matrix night", startsAt: "2031-06-01T19:00", endsAt: "2031-06-01T21:00" } }),
  "events.updateEventAction": action({ auth: "organizer", input: eventUpdateInput, sample: { eventId: "$event", title: "Renamed by a stranger" } }),
  "events.publishEventAction": action({ auth: "organizer", input: z.object({ eventId: id }), sample: { eventId: "$event" } }),
  "messages.sendMessageAction": action({ auth: "organizer", input: messageInput, sample: { eventId: "$event", audience: "CONFIRMED", subject: "Hello", body: "Come early" } }),
  "messages.cancelMessageAction": action({ auth: "organizer", input: z.object({ messageId: id }), sample: { messageId: "$message" } }),
  "series.duplicateEventAction": action({ auth: "organizer", input: duplicateInput, sample: { eventId: "$event", startsAt: "2031-07-01T19:00" } }),
  "events.cancelEventAction": action({ auth: "organizer", input: z.object({ eventId: id }), sample: { eventId: "$event" } }),
  "frames.createFrameAction": action({ auth: "organizer", input: frameCreateInput, sample: { eventId: "$event", name: "Extra", capacity: "5", method: "FIRST_COME", opensAt: "2031-01-01T10:00", closesAt: "2031-01-02T10:00" } }),
  "frames.updateFrameAction": action({ auth: "organizer", input: frameUpdateInput, sample: { frameId: "$frame", capacity: "7" } }),
  "frames.drawAction": action({ auth: "organizer", input: z.object({ frameId: id }), sample: { frameId: "$frame" } }),
  "frames.voidLotteryAction": action({ auth: "organizer", input: voidInput, sample: { frameId: "$frame", reason: "A stranger's reason" } }),
  "frames.approveAction": action({ auth: "organizer", input: z.object({ registrationId: id }), sample: { registrationId: "$registration" } }),
  "frames.rejectAction": action({ auth: "organizer", input: z.object({ registrationId: id }), sample: { registrationId: "$registration" } }),
  "frames.checkInAction": action({ auth: "door", input: checkInInput, sample: { eventId: "$event", receiptNumber: "1" } }),
  "door.checkInRowAction": action({ auth: "door", input: undoCheckInInput, sample: { eventId: "$event", registrationId: "$registration" } }),
  "door.undoCheckInAction": action({ auth: "door", input: undoCheckInInput, sample: { eventId: "$event", registrationId: "$attendedRegistration" } }),
  "door.walkInAction": action({ auth: "door", input: walkInInput, sample: { eventId: "$event", frameId: "$frame", name: "Walk-in by a stranger" } }),
  "door.addReceptionistAction": action({ auth: "organizer", input: receptionistInput, sample: { eventId: "$event", query: "$attendeeEmail" } }),
  "door.removeReceptionistAction": action({ auth: "organizer", input: z.object({ eventId: id, userId: id }), sample: { eventId: "$event", userId: "$receptionist" } }),
  "door.nominateAction": action({ auth: "organizer", input: nominateInput, sample: { frameId: "$lotteryFrame", publicIds: ["$lotteryPublicId"] } }),
  "frames.messageAction": action({ auth: "organizer", input: z.object({ subject: z.string().max(200), body: z.string().max(5000) }), sample: { eventId: "$event", subject: "Hello", body: "Come early" } }),
  "groups.createGroupAction": action({ auth: "signed-in", input: groupInput, sample: { slug: "matrix-group-form", name: "Matrix group" } }),
  "groups.updateGroupAction": action({ auth: "organizer", input: groupUpdateInput, sample: { groupId: "$group", name: "Taken over" } }),
  "groups.addOrganizerAction": action({ auth: "organizer", input: organizerInput, sample: { groupId: "$group", query: "$attendeeEmail" } }),
  "groups.removeOrganizerAction": action({ auth: "organizer", input: z.object({ groupId: id, userId: id }), sample: { groupId: "$group", userId: "$coOrganizer" } }),
  "groups.followGroupAction": action({ auth: "signed-in", input: z.object({ groupId: id, follow: z.enum(["1", "0"]) }), sample: { groupId: "$group", follow: "1" } }),
  "i18n.setLocale": action({ auth: "public", input: z.object({ locale: z.enum(LOCALES), returnTo: z.string().max(2000).optional() }), sample: { locale: "en" } }),
  "materials.addLinkAction": action({ auth: "owner", input: linkInput, sample: { proposalId: "$proposal", title: "Slides", url: "https://example.com/slides" } }),
  "materials.addReportAction": action({ auth: "registered", input: reportInput, sample: { eventId: "$event", title: "My report", url: "https://example.com/report" } }),
  "materials.removeMaterialAction": action({ auth: "owner", input: z.object({ materialId: id }), sample: { materialId: "$material" } }),
  "materials.hideMaterialAction": action({ auth: "organizer", input: z.object({ materialId: id, hidden: z.enum(["0", "1"]) }), sample: { materialId: "$material", hidden: "1" } }),
  "registrations.applyAction": action({ auth: "signed-in", input: applyInput, sample: { eventId: "$event", frameId: "$frame" } }),
  "notifications.unsubscribeAction": action({ auth: "public", input: unsubscribeInput, sample: { token: "invalid" } }),
  "notifications.savePreferencesAction": action({ auth: "signed-in", input: preferencesInput, sample: { bulkMailOptOut: "1" } }),
  "notifications.setGroupAnnouncementsAction": action({ auth: "signed-in", input: groupAnnouncementsInput, sample: { groupId: "$group", on: "0" } }),
  "participants.setAnonymousAction": action({ auth: "owner", input: anonymityInput, sample: { registrationId: "$registration", anonymous: "on" } }),
  "reconfirmation.answerReconfirmTokenAction": action({ auth: "public", input: tokenAnswerInput, sample: { token: "not-a-token", answer: "no" } }),
  "reconfirmation.answerReconfirmOwnerAction": action({ auth: "owner", input: z.object({ registrationId: id, answer: z.enum(["yes", "no"]) }), sample: { registrationId: "$registration", answer: "no" } }),
  "registrations.cancelAction": action({ auth: "owner", input: z.object({ registrationId: id }), sample: { registrationId: "$registration" } }),
  "schedule.addRoomAction": action({ auth: "organizer", input: roomInput, sample: { eventId: "$event", name: "Room B" } }),
  "schedule.updateRoomAction": action({ auth: "organizer", input: roomInput.pick({ name: true, capacity: true }), sample: { roomId: "$room", name: "Renamed" } }),
  "schedule.moveRoomAction": action({ auth: "organizer", input: z.object({ eventId: id, roomId: id, direction: z.enum(["up", "down"]) }), sample: { eventId: "$event", roomId: "$room2", direction: "up" } }),
  "schedule.deleteRoomAction": action({ auth: "organizer", input: z.object({ roomId: id, eventId: id }), sample: { eventId: "$event", roomId: "$room" } }),
  "schedule.saveSlotAction": action({ auth: "organizer", input: slotInput, sample: { eventId: "$event", kind: "break", startsAt: "2030-05-20T20:00", endsAt: "2030-05-20T20:10", title: "Coffee" } }),
  "schedule.deleteSlotAction": action({ auth: "organizer", input: z.object({ slotId: id, eventId: id }), sample: { eventId: "$event", slotId: "$slot" } }),
  "schedule.moveSlotAction": action({ auth: "organizer", input: gridMoveInput, sample: { eventId: "$event", slotId: "$slot", startsAt: "2030-05-20T19:50", endsAt: "2030-05-20T20:00", version: "1" } }),
  "schedule.placeTalkAction": action({ auth: "organizer", input: gridPlaceInput, sample: { eventId: "$event", proposalId: "$proposal", roomId: "$room", startsAt: "2030-05-20T20:00", endsAt: "2030-05-20T20:20" } }),
  "schedule.publishScheduleAction": action({ auth: "organizer", input: z.object({ eventId: id, publish: z.enum(["true", "false"]) }), sample: { eventId: "$event", publish: "true" } }),
  "talks.saveCfpAction": action({ auth: "organizer", input: cfpInput, sample: { eventId: "$event", opensAt: "2031-01-01T10:00", closesAt: "2031-02-01T10:00", formats: "LT 5" } }),
  "talks.submitProposalAction": action({ auth: "signed-in", input: proposalInput, sample: { eventId: "$event", title: "A talk", formatId: "lt", level: "beginner", language: "ja" } }),
  "talks.updateProposalAction": action({ auth: "owner", input: proposalPatchInput, sample: { proposalId: "$proposal", title: "Taken over" } }),
  "talks.withdrawProposalAction": action({ auth: "owner", input: z.object({ proposalId: id }), sample: { proposalId: "$proposal" } }),
  "talks.inviteCoSpeakerAction": action({ auth: "owner", input: inviteInput, sample: { proposalId: "$proposal", query: "$attendeeEmail" } }),
  "talks.answerInvitationAction": action({ auth: "owner", input: z.object({ proposalId: id, reply: z.enum(["accept", "decline"]) }), sample: { proposalId: "$invitedProposal", reply: "accept" } }),
  "talks.replyAsSpeakerAction": action({ auth: "owner", input: speakerReplyInput, sample: { proposalId: "$acceptedProposal", reply: "confirm" } }),
  "talks.addReviewerAction": action({ auth: "organizer", input: inviteInput, sample: { eventId: "$event", query: "$attendeeEmail" } }),
  "talks.reviewProposalAction": action({ auth: "organizer", input: criteriaReviewInput, sample: { proposalId: "$proposal", score: "5", comment: "Great" } }),
  "talks.decideAction": action({ auth: "organizer", input: decisionInput, sample: { eventId: "$event", ids: ["$proposal"], decision: "accept" } }),
  "speakers.saveSpeakerProfileAction": action({ auth: "signed-in", input: speakerProfileInput, sample: { bio: "Taken over" } }),
  "speakers.saveAvailabilityAction": action({ auth: "owner", input: availabilityInput, sample: { eventId: "$event", ranges: "" } }),
  "review.saveCriteriaAction": action({ auth: "organizer", input: criteriaInput, sample: { eventId: "$event", criteria: "内容 3" } }),
  "review.saveReviewSettingsAction": action({ auth: "organizer", input: reviewSettingsInput, sample: { eventId: "$event", anonymousReview: "true" } }),
  "review.assignAction": action({ auth: "organizer", input: assignInput, sample: { eventId: "$event", proposalId: "$proposal", userId: "$coOrganizer" } }),
  "review.assignByTrackAction": action({ auth: "organizer", input: z.object({ eventId: id }), sample: { eventId: "$event" } }),
  "review.setReviewerTracksAction": action({ auth: "organizer", input: reviewerTracksInput, sample: { eventId: "$event", userId: "$coOrganizer", tracks: "kubernetes" } }),
  "review.stageDecisionAction": action({ auth: "organizer", input: stageInput, sample: { proposalId: "$proposal", decision: "reject" } }),
  "review.sendDecisionsAction": action({ auth: "organizer", input: z.object({ eventId: id }), sample: { eventId: "$event" } }),
  "review.saveTemplateAction": action({ auth: "organizer", input: templateInput, sample: { eventId: "$event", decision: "accept", locale: "ja", subject: "Taken over", body: "x" } }),
  "review.messageSpeakersAction": action({ auth: "organizer", input: speakerMessageInput, sample: { eventId: "$event", audience: "all", subject: "Hello", body: "Spam" } }),
  "personal-schedule.starAction": action({ auth: "signed-in", input: z.object({ proposalId: id, starred: z.enum(["1", "0"]) }), sample: { proposalId: "$proposal", starred: "1" } }),
  "personal-schedule.resetCalendarTokenAction": action({ auth: "signed-in", input: z.object({}), sample: {} }),
  "feedback.giveFeedbackAction": action({ auth: "registered", input: feedbackInput, sample: { proposalId: "$proposal", rating: "5", comment: "Great" } }),
  "tokens.createTokenAction": action({ auth: "signed-in", input: createTokenInput, sample: { name: "matrix" } }),
  "tokens.revokeTokenAction": action({ auth: "owner", input: revokeTokenInput, sample: { id: "$token" } }),
  "users.updateProfileAction": action({ auth: "signed-in", input: profileInput, sample: { name: "Matrix", handle: "matrix-handle" } }),
} satisfies Record<string, ActionEntry>;

export type ActionName = keyof typeof actions;

/** Callers that must be refused by an entry with this auth (the security matrix's rows). */
export const REFUSED: Record<Auth, readonly ("anonymous" | "attendee" | "otherOrganizer" | "receptionist")[]> = {
  public: [],
  external: [],
  "signed-in": ["anonymous"],
  registered: ["anonymous", "otherOrganizer"],
  owner: ["anonymous", "attendee", "otherOrganizer", "receptionist"],
  // A receptionist (受付) of the event may check people in and nothing else.
  organizer: ["anonymous", "attendee", "otherOrganizer", "receptionist"],
  door: ["anonymous", "attendee", "otherOrganizer"],
};
