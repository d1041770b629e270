"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/errors";
import { nominateAction } from "@/lib/door/actions";

export type Candidate = { publicId: string; receiptNumber: number; name: string | null; handle: string | null };

/**
 * Nominations (指名): the ticked applicants come first in the draw, in the order listed here
 * (the already nominated first, in their order, then the others by receipt number).
 */
export function NominationsForm({ frameId, candidates, nominated, open }: { frameId: string; candidates: Candidate[]; nominated: string[]; open: boolean }) {
  const t = useTranslations("door");
  const [state, dispatch] = useActionState<ActionState, FormData>(nominateAction, null);
  const rank = new Map(nominated.map((id, i) => [id, i]));
  const ordered = [...candidates].sort((a, b) => (rank.get(a.publicId) ?? 1e9) - (rank.get(b.publicId) ?? 1e9) || a.receiptNumber - b.receiptNumber);
  if (!candidates.length) return <p className="text-sm text-slate-600 dark:text-slate-400">{t("noApplicants")}</p>;
  return (
    <form action={dispatch} data-testid="nominations-form">
      <FormMessage state={state} success={t("nominationsSaved")} />
      <input type="hidden" name="frameId" value={frameId} />
      <fieldset disabled={!open}>
        <legend className="mb-2 text-sm font-medium">{t("nominationsLegend")}</legend>
        <ul className="divide-y divide-slate-200 dark:divide-slate-800">
          {ordered.map((c) => (
            <li key={c.publicId}>
              <label className="flex min-h-11 items-center gap-3 py-2">
                <input type="checkbox" name="publicIds" value={c.publicId} defaultChecked={rank.has(c.publicId)} className="size-5" />
                <span className="min-w-0 flex-1 break-words">
                  {c.name ?? c.handle}
                  {c.handle && <span className="ml-2 text-sm text-slate-600 dark:text-slate-400">@{c.handle}</span>}
                </span>
                <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{c.publicId}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {open && (
        <div className="mt-3">
          <SubmitButton pendingText={t("working")}>{t("saveNominations")}</SubmitButton>
        </div>
      )}
    </form>
  );
}
