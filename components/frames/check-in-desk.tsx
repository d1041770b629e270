"use client";
import { useLocale, useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef } from "react";
import { SubmitButton } from "@/components/ui/form";
import { inputClass } from "@/components/ui/styles";
import { type CheckInState, type CheckInView, checkInAction } from "@/lib/frames/actions";
import { isLocale } from "@/lib/i18n/locale";
import { formatTime } from "@/lib/time";
import { QrScanner } from "./qr-scanner";

// A ticket stays in front of the camera for a while: it counts again only after it has been out
// of view this long, so one showing is one check-in attempt.
const SAME_CODE_PAUSE_MS = 3000;

/** The door: scan a ticket or type its receipt number, and see at a glance who it is. */
export function CheckInDesk({ eventId, timezone, code }: { eventId: string; timezone: string; code?: string }) {
  const t = useTranslations("checkin");
  const [state, dispatch, pending] = useActionState(checkInAction, null);
  const lastScan = useRef<{ text: string; at: number } | null>(null);

  const onScan = (text: string) => {
    const now = Date.now();
    const seen = lastScan.current;
    lastScan.current = { text, at: now };
    if (seen && seen.text === text && now - seen.at < SAME_CODE_PAUSE_MS) return;
    const form = new FormData();
    form.set("eventId", eventId);
    form.set("code", text);
    startTransition(() => dispatch(form));
  };

  useEffect(() => {
    if (state?.ok) navigator.vibrate?.(120);
  }, [state]);

  const receiptErrors = state && !state.ok && state.code === "INVALID_INPUT" ? (state.fields?.receiptNumber ?? ["invalid"]) : [];
  return (
    <div className="space-y-4">
      <ResultPanel state={state} timezone={timezone} />

      {code && !state && (
        <section aria-labelledby="scanned-code" className="rounded-lg border-2 border-sky-300 bg-white p-4 dark:border-sky-800 dark:bg-slate-900">
          <h2 id="scanned-code" className="font-semibold">
            {t("codeTitle")}
          </h2>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("codeHelp")}</p>
          <form action={dispatch} className="mt-3">
            <input type="hidden" name="eventId" value={eventId} />
            <input type="hidden" name="code" value={code} />
            <SubmitButton pendingText={t("checkingIn")}>{t("codeConfirm")}</SubmitButton>
          </form>
        </section>
      )}

      <section aria-labelledby="scan-heading" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <h2 id="scan-heading" className="mb-2 font-semibold">
          {t("scanTitle")}
        </h2>
        <QrScanner onCode={onScan} paused={pending} />
      </section>

      <section aria-labelledby="receipt-heading" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <h2 id="receipt-heading" className="mb-2 font-semibold">
          {t("receiptTitle")}
        </h2>
        <form action={dispatch} noValidate className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="eventId" value={eventId} />
          <label className="min-w-0 flex-1">
            <span className="block text-sm font-medium">{t("receiptNumber")}</span>
            <input
              name="receiptNumber"
              inputMode="numeric"
              pattern="[0-9]*"
              autoComplete="off"
              required
              aria-invalid={receiptErrors.length > 0}
              aria-describedby={receiptErrors.length ? "receipt-error" : undefined}
              className={`${inputClass} text-2xl tabular-nums`}
            />
          </label>
          <SubmitButton pendingText={t("checkingIn")}>{t("checkIn")}</SubmitButton>
          {receiptErrors.length > 0 && <ReceiptErrors keys={receiptErrors} />}
        </form>
      </section>
    </div>
  );
}

function ReceiptErrors({ keys }: { keys: string[] }) {
  const t = useTranslations("errors");
  return (
    <ul id="receipt-error" role="alert" className="w-full text-sm text-red-700 dark:text-red-400">
      {keys.map((k) => (
        <li key={k}>{t.has(k) ? t(k) : t("invalid")}</li>
      ))}
    </ul>
  );
}

const TONES = {
  ok: "bg-emerald-600 text-white",
  already: "bg-amber-300 text-amber-950",
  refused: "bg-red-700 text-white",
} as const;

/** Green: in. Amber: already in (with when). Red: not a ticket for today, or not found. */
function ResultPanel({ state, timezone }: { state: CheckInState; timezone: string }) {
  const t = useTranslations("checkin");
  const tm = useTranslations("manage");
  const te = useTranslations("errors.codes");
  const raw = useLocale();
  const locale = isLocale(raw) ? raw : "ja";
  let outcome: { tone: keyof typeof TONES; kind: string; title: string; person?: CheckInView; note?: string } | null = null;
  if (state?.ok) outcome = { tone: "ok", kind: "ok", title: t("ok"), person: state.result };
  else if (state && state.code === "ALREADY_CHECKED_IN") {
    const at = state.detail?.checkedInAt;
    outcome = { tone: "already", kind: "already", title: at ? t("already", { time: formatTime(new Date(at), timezone, locale) }) : t("alreadyNoTime"), person: state.detail };
  } else if (state && state.code === "TICKET_NOT_VALID") {
    const status = state.detail?.status;
    const label = status && tm.has(`status.${status}`) ? tm(`status.${status}` as "status.APPLIED") : "";
    outcome = { tone: "refused", kind: "not-valid", title: t("notValid", { status: label }), person: state.detail };
  } else if (state && state.code === "NOT_FOUND") outcome = { tone: "refused", kind: "not-found", title: t("notFound"), note: t("notFoundHelp") };
  else if (state && state.code !== "INVALID_INPUT") outcome = { tone: "refused", kind: "error", title: te.has(state.code) ? te(state.code) : te("INTERNAL") };
  return (
    <div aria-live="polite" aria-atomic="true">
      {outcome && state && (
        <section key={state.at} className={`rounded-lg p-4 shadow ${TONES[outcome.tone]}`} data-testid="checkin-result" data-outcome={outcome.kind} data-at={state.at}>
          <p className="text-2xl font-bold" data-testid="checkin-title">
            {outcome.title}
          </p>
          {outcome.person && (
            <div className="mt-2">
              <p className="text-3xl font-bold break-words" data-testid="checkin-name">
                {outcome.person.name ?? outcome.person.handle}
              </p>
              {outcome.person.handle && <p className="text-sm opacity-90">@{outcome.person.handle}</p>}
              <p className="mt-2 text-lg font-semibold tabular-nums" data-testid="checkin-receipt">
                {t("receipt", { receipt: outcome.person.receiptNumber })}
              </p>
              <p className="text-sm">{t("frame", { frame: outcome.person.frameName })}</p>
            </div>
          )}
          {outcome.note && <p className="mt-1 text-sm">{outcome.note}</p>}
        </section>
      )}
    </div>
  );
}
