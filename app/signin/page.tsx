import { getTranslations } from "next-intl/server";
import { SignInForms } from "@/components/layout/sign-in-forms";
import { devLoginEnabled, githubEnabled } from "@/lib/env";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string; retryAfter?: string }> }) {
  const { callbackUrl, error, retryAfter } = await searchParams;
  const [t, tl] = await Promise.all([getTranslations("auth"), getTranslations("rateLimit")]);
  const minutes = Math.min(60, Math.max(1, Math.ceil(Number(retryAfter) / 60) || 1));
  // Same-site paths only, so the sign-in page cannot be used as an open redirect.
  const safeCallback = callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-2xl font-bold">{t("title")}</h1>
      {error && (
        <p role="alert" className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error === "RateLimited" ? tl("signIn", { minutes }) : t("error")}
        </p>
      )}
      <SignInForms github={githubEnabled()} dev={devLoginEnabled()} callbackUrl={safeCallback} />
    </div>
  );
}
