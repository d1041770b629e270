"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { deleteSlotAction, publishScheduleAction } from "@/lib/schedule/actions";

export function PublishSchedule({ eventId, published }: { eventId: string; published: boolean }) {
  const t = useTranslations("schedule.editor");
  const [state, action] = useActionState(publishScheduleAction, null);
  const done = state?.ok ? t(state.data?.published === "true" ? "publishedNow" : "unpublishedNow") : undefined;
  return (
    <form action={action}>
      <FormMessage state={state} success={done} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="publish" value={published ? "false" : "true"} />
      <SubmitButton variant={published ? "secondary" : "primary"}>{published ? t("unpublish") : t("publish")}</SubmitButton>
    </form>
  );
}

export function DeleteSlot({ eventId, slotId, title }: { eventId: string; slotId: string; title: string }) {
  const t = useTranslations("schedule.editor");
  const tc = useTranslations("common");
  const [state, action] = useActionState(deleteSlotAction, null);
  return (
    <form
      action={action}
      aria-label={t("deleteLabel", { title })}
      onSubmit={(e) => {
        if (!window.confirm(t("deleteConfirm", { title }))) e.preventDefault();
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="slotId" value={slotId} />
      <SubmitButton variant="danger">{tc("delete")}</SubmitButton>
    </form>
  );
}
