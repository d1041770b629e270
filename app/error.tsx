"use client";
import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="py-16 text-center" role="alert">
      <h1 className="text-2xl font-bold">{t("genericTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("genericBody")}</p>
      <button type="button" onClick={reset} className="mt-6 text-sky-800 underline">
        ↻
      </button>
    </div>
  );
}
