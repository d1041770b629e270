import { getTranslations } from "next-intl/server";

/** What a page shows instead of itself when its reader is over a rate limit. */
export async function RateLimitedNotice({ retryAfter }: { retryAfter: number }) {
  const t = await getTranslations("rateLimit");
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-md bg-amber-50 p-4 text-amber-900 dark:bg-amber-950 dark:text-amber-100" data-testid="rate-limited">
      <h1 className="text-lg font-semibold">{t("title")}</h1>
      <p className="mt-2 text-sm">{t("page", { seconds: retryAfter })}</p>
    </div>
  );
}
