"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { EventFormExtras } from "@/components/participants/event-form-extras";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { inputClass } from "@/components/ui/styles";
import { createEventAction, updateEventAction } from "@/lib/events/actions";
import { PREFECTURES } from "@/lib/events/prefectures";

export type EventFormValues = {
  eventId?: string;
  groupId?: string;
  title?: string;
  catchphrase?: string;
  description?: string;
  startsAt?: string; // datetime-local in the event's zone
  endsAt?: string;
  timezone?: string;
  venueName?: string;
  venueAddress?: string;
  prefecture?: string;
  venueMapUrl?: string;
  onlineUrl?: string;
  hashtag?: string;
  tags?: string;
  seriesNumber?: string;
  participantInfo?: string;
  onlineUrlPrivate?: boolean;
  /** PUBLISHED: the form asks whether to mail a change of date or venue. */
  status?: string;
};

const ZONES = ["Asia/Tokyo", "Asia/Seoul", "Asia/Shanghai", "Asia/Singapore", "Asia/Kolkata", "Australia/Sydney", "Europe/London", "Europe/Berlin", "America/New_York", "America/Chicago", "America/Los_Angeles", "UTC"];

export function EventForm({ values, groups }: { values: EventFormValues; groups?: { id: string; name: string }[] }) {
  const t = useTranslations("events");
  const tc = useTranslations("common");
  const editing = Boolean(values.eventId);
  const [state, action] = useActionState(editing ? updateEventAction : createEventAction, null);
  const zones = ZONES.includes(values.timezone ?? "Asia/Tokyo") ? ZONES : [values.timezone!, ...ZONES];
  const f = (k: string) => t(`fields.${k}`);
  const ja = useLocale() === "ja";
  return (
    <form action={action} noValidate className="max-w-2xl">
      <FormMessage state={state} />
      {editing ? (
        <input type="hidden" name="eventId" value={values.eventId} />
      ) : (
        <Field name="groupId" label={f("group")} state={state} required>
          {(p) => (
            <select {...p} defaultValue={values.groupId} className={inputClass}>
              {groups?.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field name="title" label={f("title")} state={state} required defaultValue={values.title} maxLength={120} />
      <Field name="catchphrase" label={f("catchphrase")} state={state} defaultValue={values.catchphrase} maxLength={200} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field name="startsAt" label={f("startsAt")} state={state} required type="datetime-local" defaultValue={values.startsAt} />
        <Field name="endsAt" label={f("endsAt")} state={state} required type="datetime-local" defaultValue={values.endsAt} />
      </div>
      <Field name="timezone" label={f("timezone")} state={state} required>
        {(p) => (
          <select {...p} defaultValue={values.timezone ?? "Asia/Tokyo"} className={inputClass}>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="description" label={f("description")} state={state} help={f("descriptionHelp")}>
        {(p) => <textarea {...p} rows={10} defaultValue={values.description} className={`${inputClass} font-mono text-sm`} />}
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field name="venueName" label={f("venueName")} state={state} defaultValue={values.venueName} maxLength={200} />
        <Field name="venueAddress" label={f("venueAddress")} state={state} defaultValue={values.venueAddress} maxLength={300} />
        <Field name="prefecture" label={f("prefecture")} state={state} help={f("prefectureHelp")}>
          {(p) => (
            <select {...p} defaultValue={values.prefecture ?? ""} className={inputClass}>
              <option value="">{f("prefectureAuto")}</option>
              {PREFECTURES.map(([code, jaName, enName]) => (
                <option key={code} value={code}>
                  {ja ? jaName : enName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="venueMapUrl" label={f("venueMapUrl")} state={state} type="url" defaultValue={values.venueMapUrl} placeholder="https://" />
        <Field name="onlineUrl" label={f("onlineUrl")} state={state} type="url" defaultValue={values.onlineUrl} placeholder="https://" />
        <Field name="hashtag" label={f("hashtag")} state={state} defaultValue={values.hashtag} placeholder="#" />
        <Field name="seriesNumber" label={f("seriesNumber")} state={state} type="number" min={1} defaultValue={values.seriesNumber} help={editing ? undefined : f("seriesNumberHelp")} />
      </div>
      <Field name="tags" label={f("tags")} state={state} defaultValue={values.tags} help={f("tagsHelp")} />
      <EventFormExtras state={state} participantInfo={values.participantInfo} onlineUrlPrivate={values.onlineUrlPrivate} published={values.status === "PUBLISHED"} />
      <div className="flex gap-3">
        <SubmitButton pendingText={tc("saving")}>{editing ? tc("save") : tc("create")}</SubmitButton>
      </div>
    </form>
  );
}
