import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UnsubscribeForm } from "@/components/participants/unsubscribe-form";
import { describeUnsubscribeToken } from "@/lib/notifications/service";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("community.unsubscribe"))("title"), robots: { index: false, follow: false } };
}

/** Opened from a mail's footer: it asks first, since mail scanners open links by themselves. */
export default async function UnsubscribePage({ searchParams }: Props) {
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw.slice(0, 300) : "";
  const [what, t] = await Promise.all([token ? describeUnsubscribeToken(token) : null, getTranslations("community.unsubscribe")]);
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {what ? (
        <>
          <p>{what.scope === "all" ? t("confirmAll") : t("confirmGroup", { group: what.group!.name })}</p>
          <UnsubscribeForm token={token} scope={what.scope} />
        </>
      ) : (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-900 dark:bg-red-950 dark:text-red-100">
          {t("invalid")}
        </p>
      )}
    </div>
  );
}
