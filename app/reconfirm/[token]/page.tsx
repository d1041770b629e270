import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ReconfirmAnswerForm } from "@/components/reconfirmation/answer-form";
import { isAppError } from "@/lib/errors";
import { currentLocale } from "@/lib/i18n/server";
import { reconfirmationByToken, type ReconfirmView } from "@/lib/reconfirmation/service";
import { formatDateTime, formatRange } from "@/lib/time";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ answer?: string }> };

export const dynamic = "force-dynamic";

// A personal link: never indexed, never previewed.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reconfirm"))("title"), robots: { index: false, follow: false } };
}

/**
 * The page a reconfirmation mail's link opens. Opening it changes nothing (mail scanners follow
 * links); the answer is the button's POST.
 */
export default async function ReconfirmPage({ params, searchParams }: Props) {
  const [{ token }, { answer }] = await Promise.all([params, searchParams]);
  const [t, locale] = await Promise.all([getTranslations("reconfirm"), currentLocale()]);
  let v: ReconfirmView;
  try {
    v = await reconfirmationByToken(token);
  } catch (e) {
    if (!isAppError(e) || e.code !== "NOT_FOUND") throw e;
    return (
      <article className="mx-auto max-w-md space-y-3" data-testid="reconfirm-invalid">
        <h1 className="text-xl font-bold">{t("notFoundTitle")}</h1>
        <p className="text-sm">{t("notFoundBody")}</p>
      </article>
    );
  }
  const chosen = answer === "yes" || answer === "no" ? answer : undefined;
  return (
    <article className="mx-auto max-w-md space-y-4">
      <header>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("title")}</p>
        <h1 className="mt-1 text-xl font-bold sm:text-2xl">{t("question", { event: v.event.title })}</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {t("details", { frame: v.frameName, receipt: v.receiptNumber, when: formatRange(v.event.startsAt, v.event.endsAt, v.event.timezone, locale) })}
        </p>
      </header>
      <section className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid="reconfirm-panel">
        {v.answerable === "open" ? (
          <>
            <p className="mb-3 text-sm">{t("deadline", { until: formatDateTime(v.until, v.event.timezone, locale) })}</p>
            <ReconfirmAnswerForm token={token} chosen={chosen} />
          </>
        ) : (
          <p role="status" className="text-sm" data-testid="reconfirm-state">
            {v.answerable === "answered" ? t(`answered.${v.state}`) : t("closed")}
          </p>
        )}
      </section>
      <p>
        <Link href={`/events/${v.event.id}`} className="text-sm text-sky-800 underline dark:text-sky-300">
          {t("eventLink")}
        </Link>
      </p>
    </article>
  );
}
