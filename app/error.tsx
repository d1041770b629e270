"use client";
import { useTranslations } from "next-intl";
import { RetryIcon } from "@/components/ui/icons";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="py-16 text-center" role="alert">
      <h1 className="text-2xl font-bold">{t("genericTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("genericBody")}</p>
      <button type="button" onClick={reset} className="mt-6 inline-flex min-h-11 items-center gap-2 rounded-md px-4 text-sky-800 underline">
        <RetryIcon />
        {t("retry")}
      </button>
    </div>
  );
}
