// Input shapes for materials (資料). No server imports.
import { z } from "zod";
import { httpUrl } from "../validation";

export const MATERIAL_KINDS = ["SLIDES", "VIDEO", "REPORT", "OTHER"] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

const kind = z
  .string()
  .max(20, "invalid")
  .transform((v) => v.toUpperCase())
  .pipe(z.enum(MATERIAL_KINDS, "invalid"));

export const linkInput = z.object({
  kind: kind.default("SLIDES"),
  title: z.string().trim().min(1, "required").max(200, "tooLong"),
  url: httpUrl,
});
export type LinkInput = z.infer<typeof linkInput>;

export const reportInput = z.object({
  title: z.string().trim().min(1, "required").max(200, "tooLong"),
  url: httpUrl,
});

export const uploadFields = z.object({
  title: z.string().trim().max(200, "tooLong").optional(),
});

/** The host a link points to, shown next to it so people see where they are going. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "";
  }
}

/** Organizers hide or show a material. */
export const hiddenInput = z.object({ hidden: z.boolean() });
