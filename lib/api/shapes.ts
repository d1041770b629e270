// The JSON shapes Hako answers with, as JSON Schema for the OpenAPI document. What the API
// accepts is not described here: request bodies and queries are generated from the zod schemas
// that validate them (lib/api/registry.ts), so the two cannot drift.
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
    prefecture: { type: ["integer", "null"], minimum: 1, maximum: 47, description: "JIS X 0401 code of the venue's prefecture (13 Tokyo), or null" },
    hashtag: { type: ["string", "null"] },
    onlineUrlPrivate: { type: "boolean", description: "The online URL is for participants: null here unless the caller organizes the event or holds a seat" },
    participantInfo: { type: ["string", "null"], description: "参加者への情報 (markdown): null unless the caller organizes the event or holds a seat", maxLength: 20000 },
    tags: { type: "array", items: { type: "string" } },
    seriesNumber: { type: "integer" },
    status: { enum: ["draft", "published", "cancelled"] },
    url: { type: "string", format: "uri" },
    frames: { type: "array", items: { type: "object" } },
    createdAt: { type: "string", format: "date-time" },
    updatedAt: { type: "string", format: "date-time" },
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
    reconfirmFrom: { type: ["string", "null"], format: "date-time", description: "confirmed people are asked to reconfirm from this time (null: not asked)" },
    reconfirmUntil: { type: ["string", "null"], format: "date-time", description: "the reconfirmation deadline" },
    reconfirmPolicy: { enum: ["release", "remind"], description: "at the deadline the unanswered are released to the waitlist, or only reminded" },
    requiresReport: { type: "boolean", description: "ブログ枠: participants promise a report after the event" },
    questions: { type: "array", items: { type: "object", properties: { id: { type: "string" }, label: { type: "string" }, type: { enum: ["text", "longText", "single", "multiple", "url"] }, choices: { type: "array", items: { type: "string" } }, required: { type: "boolean" } } } },
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
    answers: { type: "object", additionalProperties: { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] }, description: "question id → answer (multiple choice: the choices)" },
    reconfirmation: { enum: ["pending", "confirmed", "declined", "released", null], description: "the answer to the frame's reconfirmation (null: not asked)" },
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

const participant = {
  type: "object",
  required: ["frameId", "anonymous", "name", "handle", "image"],
  description: "A seat holder as the public sees them; an anonymous one has null name, handle and image",
  properties: {
    frameId: { type: "string" },
    anonymous: { type: "boolean" },
    name: { type: ["string", "null"] },
    handle: { type: ["string", "null"] },
    image: { type: ["string", "null"], format: "uri" },
  },
};

export const components = { Participant: participant, Error: error, Event: event, Group: group, Frame: frame, Registration: registration, Draw: draw, FrameLog: frameLog, Talk: talk, Schedule: schedule, Material: material };
export type ComponentName = keyof typeof components;

export const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
export const listOf = (name: ComponentName) => ({ type: "object", required: ["total", "page", "perPage", "items"], properties: { total: { type: "integer" }, page: { type: "integer" }, perPage: { type: "integer" }, items: { type: "array", items: ref(name) } } });
