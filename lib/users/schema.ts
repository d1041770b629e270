import { z } from "zod";
import { httpUrl, optionalHttpUrl } from "../validation";

export const HANDLE_RE = /^[a-z0-9](?:[a-z0-9-]{0,37}[a-z0-9])?$/;

export const profileInput = z.object({
  name: z.string().trim().min(1, "required").max(80, "tooLong"),
  handle: z.string().max(60, "handleFormat").trim().toLowerCase().regex(HANDLE_RE, "handleFormat"),
  image: optionalHttpUrl,
  bio: z.string().trim().max(1000, "tooLong").default(""),
  githubUrl: optionalHttpUrl,
  xUrl: optionalHttpUrl,
});
export type ProfileInput = z.infer<typeof profileInput>;
export { httpUrl };
