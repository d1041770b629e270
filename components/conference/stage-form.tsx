"use client";
import { useTranslations } from "next-intl";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { stageDecisionAction } from "@/lib/review/actions";
import { ActionForm } from "./action-form";

/** Prepares a decision on one proposal without telling anyone. */
export function StageForm({ proposalId, title, staged }: { proposalId: string; title: string; staged: string | null }) {
  const t = useTranslations("conference");
  return (
    <ActionForm action={stageDecisionAction} label={t("stageLabel", { title })} success="stageSaved" className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="proposalId" value={proposalId} />
      <label className="text-sm">
        {t("stage")}
        <select name="decision" defaultValue={staged ?? "none"} className={inputClass}>
          {(["accept", "reject", "waitlist", "none"] as const).map((d) => (
            <option key={d} value={d}>
              {t(`decisions.${d}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonClass("secondary")}>
        {t("stage")}
      </button>
    </ActionForm>
  );
}
