// What every bulk mail carries: a one-click unsubscribe link for its recipient, as a footer
// line and as the List-Unsubscribe / List-Unsubscribe-Post headers (RFC 8058).
import { createTranslator } from "next-intl";
import en from "../i18n/messages/en.json";
import ja from "../i18n/messages/ja.json";
import type { Locale } from "../i18n/locale";
import { type UnsubscribeScope, unsubscribeHeaders, unsubscribeUrl } from "./unsubscribe";

const translators = new Map<Locale, ReturnType<typeof make>>();
const make = (locale: Locale) => createTranslator({ locale, messages: locale === "ja" ? ja : en, namespace: "community.unsubscribe" });

export function unsubscribeFooter(userId: string, scope: UnsubscribeScope, locale: Locale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = make(locale)));
  const text = `\n\n--\n${t(scope === "all" ? "footerAll" : "footerGroup")}\n${unsubscribeUrl(userId, scope)}`;
  return { text, headers: unsubscribeHeaders(userId, scope) };
}
