import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { devLoginEnabled } from "@/lib/env";
import { currentLocale } from "@/lib/i18n/server";
import { listMailbox } from "@/lib/mail/service";
import { formatDateTime } from "@/lib/time";

export const dynamic = "force-dynamic";

const toParam = z.object({ to: z.string().trim().max(320).optional() });

/**
 * Development only: shows the outbox (including sign-in links), so it exists only in demo mode.
 * `?to=address` shows that address's mail only (a busy outbox pushes it out of the newest 100).
 */
export default async function MailboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!devLoginEnabled()) notFound();
  const parsed = toParam.safeParse(await searchParams);
  const to = parsed.success && parsed.data.to ? parsed.data.to : undefined;
  const [mails, t, locale] = await Promise.all([listMailbox(100, to), getTranslations("mailbox"), currentLocale()]);
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-sm text-slate-600">{t("help")}</p>
      {mails.length === 0 && <p>{t("empty")}</p>}
      <ul className="space-y-4">
        {mails.map((m) => (
          <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid="mail">
            <p className="text-xs text-slate-500">
              {formatDateTime(m.createdAt, "Asia/Tokyo", locale)} · {t("to")}: {m.to} · {t("status")}: {m.status}
            </p>
            <h2 className="font-semibold">{m.subject}</h2>
            <pre className="mt-2 whitespace-pre-wrap break-all font-sans text-sm">{linkify(m.text)}</pre>
          </li>
        ))}
      </ul>
    </div>
  );
}

function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part} className="text-sky-800 underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
