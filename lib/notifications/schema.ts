// Input shapes for mail preferences and unsubscribe links. No server imports.
import { z } from "zod";
import { checkbox } from "../participants/schema";

export const unsubscribeInput = z.object({ token: z.string().trim().min(1, "invalid").max(300, "invalid") });

export const preferencesInput = z.object({
  bulkMailOptOut: checkbox,
  /** Group ids whose announcements are wanted (the followed groups not listed are turned off). */
  groups: z.array(z.string().min(1).max(64)).max(500, "tooMany").default([]),
});
export type PreferencesInput = z.infer<typeof preferencesInput>;

export const groupAnnouncementsInput = z.object({ groupId: z.string().min(1).max(64), on: z.enum(["0", "1"]) });
