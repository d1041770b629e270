// Input of an organizer's targeted message. No server imports.
import { z } from "zod";

export const AUDIENCES = ["CONFIRMED", "WAITLISTED", "APPLIED", "FRAME", "SPEAKERS", "UNRECONFIRMED"] as const;
export type Audience = (typeof AUDIENCES)[number];

export const messageInput = z
  .object({
    audience: z.enum(AUDIENCES, "invalid"),
    frameId: z.string().max(64).optional().or(z.literal("")),
    subject: z.string().trim().min(1, "required").max(200, "tooLong"),
    body: z.string().trim().min(1, "required").max(5000, "tooLong"),
    /** Empty: now. Local in the event's zone, or ISO 8601 with an offset. */
    sendAt: z.string().trim().max(40, "invalidDate").optional(),
  })
  .refine((v) => v.audience !== "FRAME" || Boolean(v.frameId), { message: "required", path: ["frameId"] });
export type MessageInput = z.infer<typeof messageInput>;
