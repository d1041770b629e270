// Input shapes for reconfirmation answers. No server imports.
import { z } from "zod";

/** A link's answer: the form posts the token and "yes" / "no". */
export const tokenAnswerInput = z.object({
  token: z.string().max(64),
  answer: z.enum(["yes", "no"]),
});

/** The owner's answer through the API. */
export const reconfirmInput = z.object({ coming: z.boolean() });
