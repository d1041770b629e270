"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { buttonClass } from "@/components/ui/styles";
import { cancelEventAction, publishEventAction } from "@/lib/events/actions";

export function OrganizerActions({ eventId, can }: { eventId: string; can: { edit: boolean; publish: boolean; cancel: boolean } }) {
  const t = useTranslations("events");
  const tm = useTranslations("manage");
  const [published, publish] = useActionState(publishEventAction, null);
  const [cancelled, cancel] = useActionState(cancelEventAction, null);
  return (
    <section aria-labelledby="organizer-tools" className="rounded-lg border border-dashed border-slate-300 p-4 dark:border-slate-700">
      <h2 id="organizer-tools" className="mb-3 text-sm font-semibold text-slate-600 dark:text-slate-400">
        {t("organizerTools")}
      </h2>
      <FormMessage state={published} success={t("published")} />
      <FormMessage state={cancelled} success={t("cancelled")} />
      <div className="flex flex-wrap gap-2">
        {can.edit && (
          <Link href={`/events/${eventId}/edit`} className={buttonClass("secondary")}>
            {t("editTitle")}
          </Link>
        )}
        <Link href={`/events/${eventId}/manage`} className={buttonClass("secondary")}>
          {tm("link")}
        </Link>
        <Link href={`/events/${eventId}/checkin`} className={buttonClass("secondary")}>
          {tm("checkinLink")}
        </Link>
        {can.publish && (
          <form action={publish}>
            <input type="hidden" name="eventId" value={eventId} />
            <SubmitButton>{t("publish")}</SubmitButton>
          </form>
        )}
        {can.cancel && (
          <form
            action={cancel}
            onSubmit={(e) => {
              if (!window.confirm(t("cancelConfirm"))) e.preventDefault();
            }}
          >
            <input type="hidden" name="eventId" value={eventId} />
            <SubmitButton variant="danger">{t("cancelEvent")}</SubmitButton>
          </form>
        )}
      </div>
    </section>
  );
}
