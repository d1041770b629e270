"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass, inputClass } from "@/components/ui/styles";

export function SignInForms({ github, dev, callbackUrl }: { github: boolean; dev: boolean; callbackUrl: string }) {
  const t = useTranslations("auth");
  const [pending, setPending] = useState<string | null>(null);
  const submit = (provider: "email" | "dev") => async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const email = String(new FormData(e.currentTarget).get("email") ?? "");
    setPending(provider);
    await signIn(provider, { email, callbackUrl });
    setPending(null);
  };
  return (
    <div className="space-y-6">
      {github && (
        <button type="button" onClick={() => signIn("github", { callbackUrl })} className={`${buttonClass("secondary")} w-full`}>
          {t("github")}
        </button>
      )}
      <form onSubmit={submit("email")} className="space-y-2" aria-labelledby="email-signin">
        <label id="email-signin" htmlFor="email" className="block text-sm font-medium">
          {t("emailLabel")}
        </label>
        <input id="email" name="email" type="email" required autoComplete="email" className={inputClass} aria-describedby="email-help" />
        <p id="email-help" className="text-xs text-slate-600 dark:text-slate-400">
          {t("emailHelp")}
        </p>
        <button type="submit" disabled={pending !== null} className={`${buttonClass()} w-full`}>
          {t("emailButton")}
        </button>
      </form>
      {dev && (
        <section className="rounded-lg border-2 border-dashed border-amber-500 bg-amber-50 p-4 dark:bg-amber-950" aria-labelledby="dev-signin" data-testid="dev-signin">
          <h2 id="dev-signin" className="font-semibold text-amber-900 dark:text-amber-100">
            {t("devTitle")}
          </h2>
          <p className="mb-3 text-xs text-amber-900 dark:text-amber-200">{t("devHelp")}</p>
          <form onSubmit={submit("dev")} className="space-y-2">
            <label htmlFor="dev-email" className="block text-sm font-medium">
              {t("emailLabel")}
            </label>
            <input id="dev-email" name="email" type="email" required defaultValue="organizer@example.com" className={inputClass} />
            <button type="submit" disabled={pending !== null} className={`${buttonClass()} w-full`}>
              {t("devButton")}
            </button>
          </form>
        </section>
      )}
    </div>
  );
}
