import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { setLocale } from "@/lib/i18n/actions";

/** Plain forms: switching language works without JavaScript and is remembered in a cookie. */
export async function LocaleSwitcher() {
  const locale = await getLocale();
  const t = await getTranslations("common");
  const h = await headers();
  const returnTo = h.get("x-hako-path") ?? "/";
  return (
    <div role="group" aria-label={t("language")} className="flex items-center gap-1 text-sm">
      {(["ja", "en"] as const).map((l) => (
        <form key={l} action={setLocale}>
          <input type="hidden" name="locale" value={l} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <button
            type="submit"
            lang={l}
            aria-pressed={locale === l}
            className={`rounded px-2 py-1 ${locale === l ? "bg-slate-900 text-white dark:bg-white dark:text-slate-900" : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"}`}
          >
            {l === "ja" ? "日本語" : "English"}
          </button>
        </form>
      ))}
    </div>
  );
}
