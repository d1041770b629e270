"use client";
import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";

// The field errors the upload route can name; anything else in the query string is ignored.
const REASONS = new Set(["fileRequired", "tooLong"]);

/**
 * The outcome of the plain upload form, which answers with a redirect back to the talk:
 * `?uploaded=1|replaced` or `?error=<code>&reason=<field error key>`.
 */
export function UploadNotice() {
  const params = useSearchParams();
  const t = useTranslations("materials.notice");
  const te = useTranslations("errors");
  const uploaded = params.get("uploaded");
  const error = params.get("error");
  if (error) {
    const reason = params.get("reason");
    const key = `codes.${error}`;
    const message = reason && REASONS.has(reason) ? te(reason) : te.has(key) ? te(key) : te("codes.INTERNAL");
    return (
      <p role="alert" className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200" data-testid="upload-notice">
        {t("failed", { reason: message })}
      </p>
    );
  }
  if (!uploaded) return null;
  return (
    <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200" data-testid="upload-notice">
      {uploaded === "replaced" ? t("replaced") : t("uploaded")}
    </p>
  );
}
