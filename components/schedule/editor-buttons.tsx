"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { deleteSlotAction, publishScheduleAction } from "@/lib/schedule/actions";

/**
 * Publishing makes a new numbered version when something changed since the last one; a
 * published timetable with pending changes offers the next version and unpublishing.
 */
export function PublishSchedule({ eventId, published, nextVersion, pending }: { eventId: string; published: boolean; nextVersion: number; pending: number }) {
  const t = useTranslations("schedule.editor");
  const tv = useTranslations("schedule.versions");
  const [state, action] = useActionState(publishScheduleAction, null);
  const done = state?.ok ? (state.data?.published === "true" ? tv("publishedVersion", { version: state.data?.version ?? "" }) : t("unpublishedNow")) : undefined;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <FormMessage state={state} success={done} />
      {published && pending > 0 && (
        <p className="text-sm text-amber-800 dark:text-amber-300" data-testid="pending-changes">
          {tv("pending", { count: pending })}
        </p>
      )}
      {(!published || pending > 0) && (
        <form action={action}>
          <input type="hidden" name="eventId" value={eventId} />
          <input type="hidden" name="publish" value="true" />
          <SubmitButton variant="primary">{published || nextVersion > 1 ? tv("publishNew", { version: nextVersion }) : t("publish")}</SubmitButton>
        </form>
      )}
      {published && (
        <form action={action}>
          <input type="hidden" name="eventId" value={eventId} />
          <input type="hidden" name="publish" value="false" />
          <SubmitButton variant="secondary">{t("unpublish")}</SubmitButton>
        </form>
      )}
    </div>
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
