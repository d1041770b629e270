"use client";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/styles";
import { starAction } from "@/lib/personal-schedule/actions";
import { ActionForm } from "./action-form";

/** ☆ / ★ for a talk: adds it to (or removes it from) the caller's schedule. */
export function StarButton({ talkId, title, starred }: { talkId: string; title: string; starred: boolean }) {
  const t = useTranslations("conference.star");
  return (
    <ActionForm action={starAction} label={starred ? t("removeLabel", { title }) : t("addLabel", { title })}>
      <input type="hidden" name="proposalId" value={talkId} />
      <input type="hidden" name="starred" value={starred ? "0" : "1"} />
      <button type="submit" aria-pressed={starred} className={buttonClass(starred ? "primary" : "secondary")} data-testid="star-button">
        {starred ? t("remove") : t("add")}
      </button>
    </ActionForm>
  );
}
