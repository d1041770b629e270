import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { TokenForm } from "@/components/settings/token-form";
import { getActor } from "@/lib/auth";
import { currentLocale } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/time";
import { revokeTokenAction } from "@/lib/tokens/actions";
import { listTokens } from "@/lib/tokens/service";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("tokensTitle") };
}

export default async function TokensPage() {
  const actor = await getActor();
  if (!actor) redirect("/signin?callbackUrl=/settings/tokens");
  const [tokens, t, tn, locale] = await Promise.all([listTokens(actor.userId), getTranslations("settings"), getTranslations("nav"), currentLocale()]);
  const fmt = (d: Date) => formatDateTime(d, "Asia/Tokyo", locale);
  return (
    <div>
      <nav className="mb-4 flex gap-4 text-sm" aria-label={tn("account")}>
        <Link href="/settings/profile" className="text-sky-800 hover:underline">
          {tn("profile")}
        </Link>
        <span className="font-semibold">{tn("tokens")}</span>
        <Link href="/settings/mail" className="text-sky-800 hover:underline">
          {(await getTranslations("community.settings"))("title")}
        </Link>
      </nav>
      <h1 className="mb-2 text-2xl font-bold">{t("tokensTitle")}</h1>
      <p className="mb-6 max-w-2xl text-sm text-slate-600 dark:text-slate-400">{t("tokensHelp")}</p>
      <TokenForm />
      <ul className="mt-8 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
        {tokens.length === 0 && <li className="px-4 py-3 text-sm">{t("noTokens")}</li>}
        {tokens.map((tok) => (
          <li key={tok.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm">
            <span>
              <span className="font-medium">{tok.name}</span> <code className="text-xs text-slate-500">{tok.tokenPrefix}…</code>
              <span className="block text-xs text-slate-500">
                {t("createdAt", { date: fmt(tok.createdAt) })} · {tok.lastUsedAt ? t("lastUsed", { date: fmt(tok.lastUsedAt) }) : t("neverUsed")}
              </span>
            </span>
            {tok.revokedAt ? (
              <span className="text-xs font-semibold text-slate-500">{t("revoked")}</span>
            ) : (
              <form action={revokeTokenAction}>
                <input type="hidden" name="id" value={tok.id} />
                <button type="submit" className="text-red-700 hover:underline">
                  {t("revoke")}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
