import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, resolveLocale } from "./locale";

export default getRequestConfig(async () => {
  const [c, h] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale(c.get(LOCALE_COOKIE)?.value, h.get("accept-language"));
  const messages = locale === "ja" ? (await import("./messages/ja.json")).default : (await import("./messages/en.json")).default;
  return { locale, messages, timeZone: "Asia/Tokyo" };
});
