"use client";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { buttonClass } from "@/components/ui/styles";
import type { Verification } from "@/lib/lottery/algorithm";
import type { ChainInfo } from "@/lib/lottery/beacon";
import type { LogEntry } from "@/lib/lottery/frame-log";
import { type VerifiableDraw, verifyLottery } from "@/lib/lottery/verify";

type Outcome = { phase: "running" } | { phase: "done"; result: Verification } | { phase: "unavailable" };
/** Where the public record (with the whole order) and the frame log are: the same JSON the CLI reads. */
type Props = { drawUrl: string; logUrl: string; algorithm: string; chain: ChainInfo | null };

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  return (await res.json()) as T;
}

async function verify({ drawUrl, logUrl, chain }: Props): Promise<Outcome> {
  // crypto.subtle exists only in secure contexts (HTTPS or localhost).
  if (!globalThis.crypto?.subtle) return { phase: "unavailable" };
  try {
    // The order of a big frame is not in the page (it would be megabytes): fetched when verifying.
    const [draw, log] = await Promise.all([getJson<VerifiableDraw>(drawUrl), getJson<{ entries: LogEntry[] }>(logUrl)]);
    return { phase: "done", result: await verifyLottery(draw, log.entries, chain ? { chain } : {}) };
  } catch {
    return { phase: "unavailable" };
  }
}

/**
 * Recomputes the published draw in the browser, from the public record and frame log only
 * (fetched from the public JSON API): the commitment, a v2 draw's beacon round (its BLS
 * signature), the order, the log's chain, the draw against the log, and every promotion.
 */
export function DrawVerifier(props: Props) {
  const t = useTranslations("draw");
  const tv = useTranslations("lotteryV2");
  const [outcome, setOutcome] = useState<Outcome>({ phase: "running" });
  const run = useCallback(() => {
    setOutcome({ phase: "running" });
    void verify(props).then(setOutcome);
  }, [props]);
  useEffect(() => {
    void verify(props).then(setOutcome);
  }, [props]);
  return (
    <section aria-labelledby="verify-heading" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="verify-heading" className="text-lg font-semibold">
        {t("verifyTitle")}
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{tv("verifyHelp")}</p>
      <div role="status" aria-live="polite" className="mt-3" data-testid="verify-result">
        {outcome.phase === "running" && <p className="text-sm">{t("verifying")}</p>}
        {outcome.phase === "unavailable" && <p className="rounded-md bg-amber-100 px-3 py-2 text-sm text-amber-900">{t("verifyUnavailable")}</p>}
        {outcome.phase === "done" && (
          <p className={`rounded-md px-3 py-2 text-sm font-semibold ${outcome.result.ok ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200" : "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200"}`}>
            {outcome.result.ok ? t("verifyOk") : t("verifyFailed")}
          </p>
        )}
      </div>
      {outcome.phase === "done" && (
        <ul className="mt-3 space-y-1 text-sm" data-testid="verify-checks">
          {outcome.result.checks.map((c) => (
            <li key={c.name} className="flex flex-wrap gap-x-2" data-check={c.name} data-ok={c.ok}>
              <span className={c.ok ? "font-semibold text-emerald-800 dark:text-emerald-300" : "font-semibold text-red-800 dark:text-red-300"}>{c.ok ? t("checkOk") : t("checkFailed")}</span>
              <span>{tv(`checks.${c.name}`, { algorithm: props.algorithm })}</span>
              {!c.ok && c.detail && <span className="text-slate-600 dark:text-slate-400">({c.detail})</span>}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={run} disabled={outcome.phase === "running"} className={`mt-3 ${buttonClass("secondary")}`}>
        {outcome.phase === "running" ? t("verifying") : t("verify")}
      </button>
    </section>
  );
}
