import { z } from "zod";

export const feedbackInput = z.object({
  rating: z.coerce.number().int("invalid").min(1, "invalid").max(5, "invalid"),
  comment: z.string().trim().max(2_000, "tooLong").default(""),
});
export type FeedbackInput = z.infer<typeof feedbackInput>;
