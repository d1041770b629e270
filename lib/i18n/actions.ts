"use server";
import { serverAction } from "../api/action";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "./locale";

const input = z.object({ locale: z.enum(LOCALES), returnTo: z.string().max(2000).optional() });

/** Remembers the chosen language for a year; works as a plain form without JavaScript. */
export const setLocale = serverAction("i18n.setLocale", async function setLocale(form: FormData) {
  const parsed = input.safeParse({ locale: form.get("locale"), returnTo: form.get("returnTo") ?? undefined });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  const back = parsed.data.returnTo;
  // Only same-site paths: never an open redirect.
  redirect(back && back.startsWith("/") && !back.startsWith("//") ? back : "/");
});
