// The OpenAPI document served at /api/v1/openapi.json. It describes the same shapes as
// docs/api.md (the fixed core is in the project's API contract; fields may be added, never renamed).
const error = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", example: "INVALID_INPUT" },
        message: { type: "string", description: "In the caller's language (hako_locale cookie, else Accept-Language)" },
        fields: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
      },
    },
  },
};

const venue = {
  type: ["object", "null"],
  properties: { name: { type: "string" }, address: { type: "string" }, mapUrl: { type: ["string", "null"], format: "uri" } },
};

const event = {
  type: "object",
  required: ["id", "groupId", "title", "catchphrase", "description", "startsAt", "endsAt", "timezone", "venue", "onlineUrl", "hashtag", "tags", "status", "url", "frames"],
  properties: {
    id: { type: "string" },
    groupId: { type: "string" },
    group: { type: "object", properties: { id: { type: "string" }, slug: { type: "string" }, name: { type: "string" } } },
    title: { type: "string", maxLength: 120 },
    catchphrase: { type: "string", maxLength: 200 },
    description: { type: "string", description: "Markdown", maxLength: 20000 },
    startsAt: { type: "string", format: "date-time" },
    endsAt: { type: "string", format: "date-time" },
    timezone: { type: "string", example: "Asia/Tokyo" },
    venue,
    onlineUrl: { type: ["string", "null"], format: "uri" },
    hashtag: { type: ["string", "null"] },
    tags: { type: "array", items: { type: "string" } },
    seriesNumber: { type: "integer" },
    status: { enum: ["draft", "published", "cancelled"] },
    url: { type: "string", format: "uri" },
    frames: { type: "array", items: { type: "object" } },
    createdAt: { type: "string", format: "date-time" },
    updatedAt: { type: "string", format: "date-time" },
  },
};

const eventInput = {
  type: "object",
  description: "startsAt/endsAt are local date-times in `timezone` (\"2026-12-16T19:00\") or ISO 8601 with an offset.",
  properties: {
    title: { type: "string", maxLength: 120 },
    catchphrase: { type: "string", maxLength: 200 },
    description: { type: "string", maxLength: 20000 },
    startsAt: { type: "string" },
    endsAt: { type: "string" },
    timezone: { type: "string", default: "Asia/Tokyo" },
    venueName: { type: ["string", "null"], maxLength: 200 },
    venueAddress: { type: ["string", "null"], maxLength: 300 },
    venueMapUrl: { type: ["string", "null"], format: "uri" },
    onlineUrl: { type: ["string", "null"], format: "uri" },
    hashtag: { type: ["string", "null"] },
    tags: { type: "array", items: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,29}$" }, maxItems: 10 },
    seriesNumber: { type: "integer", minimum: 1 },
  },
};

const group = {
  type: "object",
  required: ["id", "slug", "name", "description", "url"],
  properties: { id: { type: "string" }, slug: { type: "string" }, name: { type: "string" }, description: { type: "string" }, url: { type: "string", format: "uri" } },
};

const frame = {
  type: "object",
  required: ["id", "eventId", "name", "capacity", "method", "opensAt", "closesAt", "drawAt", "cancelDeadline", "counts", "commitment"],
  properties: {
    id: { type: "string" },
    eventId: { type: "string" },
    name: { type: "string" },
    capacity: { type: "integer", minimum: 1 },
    method: { enum: ["lottery", "first_come", "approval"] },
    opensAt: { type: "string", format: "date-time" },
    closesAt: { type: "string", format: "date-time" },
    drawAt: { type: ["string", "null"], format: "date-time" },
    cancelDeadline: { type: ["string", "null"], format: "date-time" },
    counts: { type: "object", properties: Object.fromEntries(["applied", "confirmed", "waitlisted", "cancelled", "rejected", "attended"].map((k) => [k, { type: "integer" }])) },
    commitment: { type: ["string", "null"], description: "hex SHA-256 of the lottery's secret seed, published at creation" },
    drawn: { type: "boolean" },
    drawnAt: { type: ["string", "null"], format: "date-time" },
    questions: { type: "array", items: { type: "object", properties: { id: { type: "string" }, label: { type: "string" }, kind: { enum: ["text", "choice"] }, choices: { type: "array", items: { type: "string" } }, required: { type: "boolean" } } } },
  },
};

const frameInput = {
  type: "object",
  description: "Dates are local date-times in the event's zone, or ISO 8601 with an offset.",
  properties: {
    name: { type: "string", maxLength: 100 },
    capacity: { type: "integer", minimum: 1 },
    method: { enum: ["lottery", "first_come", "approval"] },
    opensAt: { type: "string" },
    closesAt: { type: "string" },
    drawAt: { type: ["string", "null"] },
    cancelDeadline: { type: ["string", "null"] },
    questions: { type: "array", items: { type: "object" } },
    beacon: { enum: ["none", "drand-quicknet"], description: "Lottery frames, at creation: draw with drand's beacon (hako-lottery-v2) or not (v1); the server's default (HAKO_BEACON) when absent" },
  },
};

const registration = {
  type: "object",
  required: ["id", "publicId", "eventId", "frameId", "userId", "status", "waitlistPosition", "receiptNumber", "createdAt"],
  properties: {
    id: { type: "string" },
    publicId: { type: "string" },
    eventId: { type: "string" },
    frameId: { type: "string" },
    userId: { type: "string" },
    status: { enum: ["applied", "confirmed", "waitlisted", "cancelled", "rejected", "attended", "no_show"] },
    waitlistPosition: { type: ["integer", "null"] },
    receiptNumber: { type: ["integer", "null"] },
    answers: { type: "object", additionalProperties: { type: "string" } },
    checkedInAt: { type: ["string", "null"], format: "date-time" },
    createdAt: { type: "string", format: "date-time" },
  },
};

const draw = {
  type: "object",
  required: ["frameId", "algorithm", "status", "commitment", "seed", "closedAt", "drawnAt", "capacity", "nominated", "applicantsCount", "applicantsDigest", "beacon", "order"],
  properties: {
    frameId: { type: "string" },
    algorithm: { enum: ["hako-lottery-v1", "hako-lottery-v2"] },
    status: { enum: ["open", "closed", "drawn", "voided"] },
    commitment: { type: "string", description: "hex SHA-256 of the seed, published at creation" },
    seed: { type: ["string", "null"], description: "revealed after the draw" },
    drawAt: { type: "string", format: "date-time" },
    closesAt: { type: "string", format: "date-time" },
    closedAt: { type: ["string", "null"], format: "date-time", description: "when the applicant list froze (stored once)" },
    drawnAt: { type: ["string", "null"], format: "date-time" },
    capacity: { type: "integer", description: "the capacity the draw used (before the draw: today's)" },
    nominated: { type: "array", items: { type: "string" } },
    applicantsCount: { type: ["integer", "null"] },
    applicantsDigest: { type: ["string", "null"], description: "stored at closedAt: hex SHA-256 of the sorted publicIds joined by \"\\n\"" },
    beacon: {
      type: ["object", "null"],
      description: "v2: the drand round fixed at creation; randomness and signature after the draw",
      properties: { chain: { const: "drand-quicknet" }, round: { type: "integer" }, roundAt: { type: "string", format: "date-time" }, randomness: { type: ["string", "null"] }, signature: { type: ["string", "null"] } },
    },
    chain: { type: ["object", "null"], description: "v2: the chain the server checks rounds against", properties: { hash: { type: "string" }, publicKey: { type: "string" }, genesis: { type: "integer" }, period: { type: "integer" }, publicQuicknet: { type: "boolean" } } },
    waiting: { type: ["object", "null"], description: "why a due draw waits", properties: { reason: { enum: ["BEACON_NOT_YET", "BEACON_UNREACHABLE", "BEACON_INVALID", "LIST_MISMATCH"] }, detail: { type: ["string", "null"] }, since: { type: ["string", "null"], format: "date-time" } } },
    voidableFrom: { type: ["string", "null"], format: "date-time", description: "closed lotteries: from when organizers may void" },
    order: { type: "array", items: { type: "string" } },
  },
};

const frameLog = {
  type: "object",
  required: ["frameId", "entries"],
  properties: {
    frameId: { type: "string" },
    entries: {
      type: "array",
      items: {
        type: "object",
        required: ["seq", "at", "kind", "actor", "data", "prevHash", "hash"],
        properties: {
          seq: { type: "integer", minimum: 1 },
          at: { type: "string", format: "date-time" },
          kind: { enum: ["created", "changed", "nominated", "closed", "voided", "drawn", "applied", "cancelled", "promoted", "released", "event_cancelled"] },
          actor: { enum: ["organizer", "applicant", "system"] },
          data: { type: "object" },
          prevHash: { type: "string", description: "64 zeros for entry 1" },
          hash: { type: "string", description: "hex(SHA-256(prevHash + canonicalJson({ seq, at, kind, actor, data })))" },
        },
      },
    },
  },
};

const talk = {
  type: "object",
  required: ["id", "eventId", "title", "abstract", "format", "level", "language", "speakers", "status", "slot", "materials"],
  properties: {
    id: { type: "string" },
    eventId: { type: "string" },
    title: { type: "string" },
    abstract: { type: "string", description: "Markdown" },
    format: { type: "object", properties: { id: { type: "string" }, name: { type: "string" }, minutes: { type: "integer" } } },
    level: { enum: ["beginner", "intermediate", "advanced"] },
    language: { enum: ["ja", "en"] },
    tags: { type: "array", items: { type: "string" } },
    speakers: { type: "array", items: { type: "object", properties: { userId: { type: "string" }, name: { type: ["string", "null"] }, handle: { type: ["string", "null"] } } } },
    status: { enum: ["submitted", "accepted", "rejected", "withdrawn", "confirmed", "declined"] },
    slot: { type: ["object", "null"], properties: { roomId: { type: ["string", "null"] }, roomName: { type: ["string", "null"] }, startsAt: { type: "string" }, endsAt: { type: "string" } } },
    materials: { type: "array", items: { type: "object" } },
  },
};

const proposalInput = {
  type: "object",
  required: ["title", "formatId", "level", "language"],
  properties: {
    title: { type: "string", maxLength: 150 },
    abstract: { type: "string" },
    formatId: { type: "string", description: "one of the call's formats, e.g. lt, talk, session" },
    level: { enum: ["beginner", "intermediate", "advanced"] },
    language: { enum: ["ja", "en"] },
    tags: { type: "array", items: { type: "string" } },
    notes: { type: "string", description: "to the organizers only" },
  },
};

const schedule = {
  type: "object",
  required: ["eventId", "published", "rooms", "items"],
  properties: {
    eventId: { type: "string" },
    published: { type: "boolean" },
    timezone: { type: "string" },
    rooms: { type: "array", items: { type: "object", properties: { id: { type: "string" }, name: { type: "string" }, order: { type: "integer" } } } },
    items: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: { type: "string" },
          roomId: { type: ["string", "null"], description: "null: spans every room" },
          startsAt: { type: "string", format: "date-time" },
          endsAt: { type: "string", format: "date-time" },
          kind: { enum: ["talk", "opening", "break", "lunch", "keynote", "closing", "party", "other"] },
          title: { type: "string" },
          talkId: { type: ["string", "null"] },
        },
      },
    },
  },
};

const material = {
  type: "object",
  required: ["id", "eventId", "talkId", "kind", "title", "url", "fileUrl", "host", "authorId", "createdAt"],
  properties: {
    id: { type: "string" },
    eventId: { type: "string" },
    talkId: { type: ["string", "null"] },
    kind: { enum: ["slides", "video", "report", "other"] },
    title: { type: "string" },
    url: { type: "string", format: "uri", description: "the link, or the download URL of an uploaded file" },
    fileUrl: { type: ["string", "null"], format: "uri" },
    fileName: { type: ["string", "null"] },
    host: { type: "string" },
    authorId: { type: "string" },
    createdAt: { type: "string", format: "date-time" },
  },
};

const list = (ref: string) => ({ type: "object", properties: { total: { type: "integer" }, page: { type: "integer" }, perPage: { type: "integer" }, items: { type: "array", items: { $ref: ref } } } });
const body = (ref: string) => ({ required: true, content: { "application/json": { schema: { $ref: ref } } } });

const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [String(c), { description: { 400: "Invalid input", 401: "Not signed in", 403: "Not allowed", 404: "Unknown or not visible", 409: "Conflicts with the current state", 422: "Refused by a rule (closed, deadline passed, too early…)" }[c], content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }]));

const ok = (status: number, schema: object, description: string) => ({ [String(status)]: { description, content: { "application/json": { schema } } } });
const idParam = { name: "id", in: "path", required: true, schema: { type: "string" } };

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: { title: "Hako API", version: "1", description: "Events, groups and (in later versions) registrations, lotteries, talks and materials. See docs/api.md." },
    servers: [{ url: `${serverUrl}/api/v1` }],
    security: [{ bearer: [] }, { session: [] }, {}],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "A personal access token from Settings → Access tokens" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      schemas: { Error: error, Event: event, EventInput: eventInput, Group: group, Frame: frame, FrameInput: frameInput, Registration: registration, Draw: draw, FrameLog: frameLog, Talk: talk, ProposalInput: proposalInput, Schedule: schedule, Material: material },
    },
    paths: {
      "/events": {
        get: {
          summary: "Published events",
          parameters: ["keyword", "tag", "group", "from", "to", "page", "per_page"].map((name) => ({
            name,
            in: "query",
            schema: name === "page" || name === "per_page" ? { type: "integer", minimum: 1, ...(name === "per_page" ? { maximum: 100, default: 20 } : { default: 1 }) } : { type: "string" },
          })),
          responses: {
            ...ok(200, { type: "object", properties: { total: { type: "integer" }, page: { type: "integer" }, perPage: { type: "integer" }, items: { type: "array", items: { $ref: "#/components/schemas/Event" } } } }, "A page of events"),
            ...errors(400),
          },
        },
        post: {
          summary: "Create a draft event (organizers of the group)",
          requestBody: { required: true, content: { "application/json": { schema: { allOf: [{ $ref: "#/components/schemas/EventInput" }, { type: "object", required: ["groupId", "title", "startsAt", "endsAt"], properties: { groupId: { type: "string" } } }] } } } },
          responses: { ...ok(201, { $ref: "#/components/schemas/Event" }, "The draft"), ...errors(400, 401, 403, 404, 409) },
        },
      },
      "/events/{id}": {
        parameters: [idParam],
        get: { summary: "One event (drafts only for organizers)", responses: { ...ok(200, { $ref: "#/components/schemas/Event" }, "The event"), ...errors(404) } },
        patch: {
          summary: "Edit, publish or cancel (organizers of the group)",
          requestBody: { required: true, content: { "application/json": { schema: { allOf: [{ $ref: "#/components/schemas/EventInput" }, { type: "object", properties: { status: { enum: ["published", "cancelled"] } } }] } } } },
          responses: { ...ok(200, { $ref: "#/components/schemas/Event" }, "The event after the change"), ...errors(400, 401, 403, 404, 409) },
        },
      },
      "/groups": {
        post: {
          summary: "Create a group; the caller becomes its owner",
          requestBody: { required: true, content: { "application/json": { schema: { type: "object", required: ["slug", "name"], properties: { slug: { type: "string", pattern: "^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$" }, name: { type: "string", maxLength: 100 }, description: { type: "string" } } } } } },
          responses: { ...ok(201, { $ref: "#/components/schemas/Group" }, "The group"), ...errors(400, 401, 409) },
        },
      },
      "/events/{id}/frames": {
        parameters: [idParam],
        get: { summary: "The event's frames with counts", responses: { ...ok(200, { type: "object", properties: { items: { type: "array", items: { $ref: "#/components/schemas/Frame" } } } }, "Frames"), ...errors(404) } },
        post: { summary: "Add a frame (organizers)", requestBody: body("#/components/schemas/FrameInput"), responses: { ...ok(201, { $ref: "#/components/schemas/Frame" }, "The frame"), ...errors(400, 401, 403, 404, 409) } },
      },
      "/frames/{id}": {
        parameters: [idParam],
        patch: { summary: "Edit a frame (organizers); raising the capacity promotes from the waitlist", requestBody: body("#/components/schemas/FrameInput"), responses: { ...ok(200, { $ref: "#/components/schemas/Frame" }, "The frame"), ...errors(400, 401, 403, 404, 409) } },
      },
      "/frames/{id}/draw": {
        parameters: [idParam],
        get: { summary: "The public draw record", security: [{}], responses: { ...ok(200, { $ref: "#/components/schemas/Draw" }, "The draw"), ...errors(404) } },
        post: { summary: "Draw the lottery (organizers, after closesAt; v2 waits for its beacon round: 422 DRAW_WAITING)", responses: { ...ok(200, { $ref: "#/components/schemas/Draw" }, "The draw"), ...errors(401, 403, 404, 409, 422) } },
      },
      "/frames/{id}/log": {
        parameters: [idParam],
        get: { summary: "The lottery frame's public, hash-chained log", security: [{}], responses: { ...ok(200, { $ref: "#/components/schemas/FrameLog" }, "Every entry from seq 1"), ...errors(404) } },
      },
      "/frames/{id}/void": {
        parameters: [idParam],
        post: {
          summary: "Void a closed, undrawn lottery with a public reason; a new lottery (new commitment) replaces it",
          requestBody: {
            required: true,
            content: { "application/json": { schema: { type: "object", required: ["reason"], properties: { reason: { type: "string", maxLength: 500 }, capacity: { type: "integer" }, opensAt: { type: "string" }, closesAt: { type: "string" }, drawAt: { type: "string" }, beacon: { enum: ["none", "drand-quicknet"] } } } } },
          },
          responses: { ...ok(200, { $ref: "#/components/schemas/Draw" }, "The new lottery's draw record"), ...errors(400, 401, 403, 404, 409, 422) },
        },
      },
      "/events/{id}/registrations": {
        parameters: [idParam],
        post: {
          summary: "Apply to a frame",
          requestBody: { required: true, content: { "application/json": { schema: { type: "object", required: ["frameId"], properties: { frameId: { type: "string" }, answers: { type: "object", additionalProperties: { type: "string" } } } } } } },
          responses: { ...ok(201, { $ref: "#/components/schemas/Registration" }, "The registration with its state"), ...errors(400, 401, 404, 409, 422) },
        },
        get: {
          summary: "The event's registrations (organizers)",
          parameters: ["q", "status", "frame_id", "page", "per_page"].map((name) => ({ name, in: "query", schema: { type: "string" } })),
          responses: { ...ok(200, list("#/components/schemas/Registration"), "Registrations with the person"), ...errors(401, 403, 404) },
        },
      },
      "/registrations/{id}": {
        parameters: [idParam],
        get: { summary: "One's own registration", responses: { ...ok(200, { $ref: "#/components/schemas/Registration" }, "The registration"), ...errors(401, 404) } },
        delete: { summary: "Cancel one's own registration", responses: { ...ok(200, { $ref: "#/components/schemas/Registration" }, "Now cancelled"), ...errors(401, 404, 409, 422) } },
      },
      "/me/registrations": {
        get: { summary: "The caller's registrations", responses: { ...ok(200, list("#/components/schemas/Registration"), "Registrations"), ...errors(401) } },
      },
      "/events/{id}/schedule": {
        parameters: [idParam],
        get: { summary: "The timetable (public once published)", security: [{}], responses: { ...ok(200, { $ref: "#/components/schemas/Schedule" }, "Rooms and items"), ...errors(404) } },
      },
      "/events/{id}/schedule.ics": {
        parameters: [idParam, { name: "slot", in: "query", schema: { type: "string" }, description: "one slot only" }],
        get: { summary: "The timetable as iCalendar", security: [{}], responses: { "200": { description: "text/calendar" }, ...errors(404) } },
      },
      "/events/{id}/schedule.xml": {
        parameters: [idParam],
        get: { summary: "The timetable as frab XML (Giggity, ConfClerk)", security: [{}], responses: { "200": { description: "application/xml" }, ...errors(404) } },
      },
      "/events/{id}/talks": {
        parameters: [idParam],
        get: { summary: "Confirmed talks; organizers, reviewers and speakers see more", responses: { ...ok(200, list("#/components/schemas/Talk"), "Talks"), ...errors(404) } },
      },
      "/events/{id}/cfp": {
        parameters: [idParam],
        get: { summary: "The call for proposals", security: [{}], responses: { ...ok(200, { type: "object" }, "The call: dates, formats, tracks, guidelines"), ...errors(404) } },
        put: {
          summary: "Open or change the call (organizers)",
          requestBody: { required: true, content: { "application/json": { schema: { type: "object", required: ["opensAt", "closesAt", "formats"], properties: { opensAt: { type: "string" }, closesAt: { type: "string" }, formats: { type: "array", items: { type: "object", properties: { id: { type: "string" }, name: { type: "string" }, minutes: { type: "integer" } } } }, tracks: { type: "array", items: { type: "string" } }, guidelines: { type: "string" } } } } } },
          responses: { ...ok(200, { type: "object" }, "The call"), ...errors(400, 401, 403, 404) },
        },
      },
      "/events/{id}/proposals": {
        parameters: [idParam],
        post: { summary: "Submit a proposal while the call is open", requestBody: body("#/components/schemas/ProposalInput"), responses: { ...ok(201, { $ref: "#/components/schemas/Talk" }, "The proposal"), ...errors(400, 401, 404, 422) } },
      },
      "/proposals/{id}": {
        parameters: [idParam],
        get: { summary: "A proposal (public once confirmed; otherwise its speakers, reviewers and organizers)", responses: { ...ok(200, { $ref: "#/components/schemas/Talk" }, "The proposal"), ...errors(404) } },
        patch: {
          summary: "Speakers edit, withdraw, confirm or decline; organizers accept or reject",
          requestBody: { required: true, content: { "application/json": { schema: { allOf: [{ $ref: "#/components/schemas/ProposalInput" }, { type: "object", properties: { status: { enum: ["withdrawn", "confirmed", "declined", "accepted", "rejected"] }, decisionMessage: { type: "string" } } }] } } } },
          responses: { ...ok(200, { $ref: "#/components/schemas/Talk" }, "The proposal"), ...errors(400, 401, 403, 404, 409, 422) },
        },
      },
      "/talks/{id}/materials": {
        parameters: [idParam],
        post: {
          summary: "Attach slides or a video to a talk (its speakers and organizers): a JSON link, or multipart with a PDF `file`",
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: { type: "object", required: ["title", "url"], properties: { kind: { enum: ["slides", "video", "other"] }, title: { type: "string" }, url: { type: "string", format: "uri" } } } },
              "multipart/form-data": { schema: { type: "object", required: ["file"], properties: { file: { type: "string", format: "binary", description: "PDF, up to 50 MB" }, title: { type: "string" } } } },
            },
          },
          responses: { ...ok(201, { $ref: "#/components/schemas/Material" }, "The material"), ...errors(400, 401, 403, 404, 409), "413": { description: "File too large" }, "415": { description: "Not a PDF" } },
        },
      },
      "/events/{id}/materials": {
        parameters: [idParam],
        get: { summary: "The event's materials", security: [{}], responses: { ...ok(200, list("#/components/schemas/Material"), "Materials"), ...errors(404) } },
        post: {
          summary: "Post a report link (people registered for the event)",
          requestBody: { required: true, content: { "application/json": { schema: { type: "object", required: ["title", "url"], properties: { title: { type: "string" }, url: { type: "string", format: "uri" } } } } } },
          responses: { ...ok(201, { $ref: "#/components/schemas/Material" }, "The report"), ...errors(400, 401, 403, 404) },
        },
      },
      "/materials/{id}": {
        parameters: [idParam],
        patch: { summary: "Hide or show (organizers)", requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { hidden: { type: "boolean" } } } } } }, responses: { ...ok(200, { $ref: "#/components/schemas/Material" }, "The material"), ...errors(401, 403, 404) } },
        put: { summary: "Replace an uploaded PDF (multipart `file`)", responses: { ...ok(200, { $ref: "#/components/schemas/Material" }, "The material"), ...errors(400, 401, 403, 404) } },
        delete: { summary: "Remove (its author, the talk's speakers, organizers)", responses: { "204": { description: "Removed" }, ...errors(401, 403, 404) } },
      },
      "/me": {
        get: { summary: "The caller", responses: { ...ok(200, { type: "object" }, "The signed-in user and the groups they organize"), ...errors(401) } },
      },
    },
  };
}
