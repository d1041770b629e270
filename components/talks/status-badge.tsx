import { useTranslations } from "next-intl";

const TONES: Record<string, string> = {
  SUBMITTED: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  ACCEPTED: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  CONFIRMED: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  REJECTED: "bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200",
  WITHDRAWN: "bg-slate-100 text-slate-500 dark:bg-slate-800 dark:text-slate-400",
  DECLINED: "bg-slate-100 text-slate-500 dark:bg-slate-800 dark:text-slate-400",
  WAITLISTED: "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-200",
};

/** A proposal's status in words. */
export function ProposalStatusBadge({ status }: { status: string }) {
  const t = useTranslations("talks.status");
  return (
    <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-semibold ${TONES[status] ?? TONES.SUBMITTED}`} data-testid="proposal-status">
      {t.has(status) ? t(status) : status}
    </span>
  );
}
