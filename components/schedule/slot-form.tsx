"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState, useRef, useState, useSyncExternalStore } from "react";
import { submitKeepingValues } from "@/components/talks/keep-values";
import { Field, FormMessage } from "@/components/ui/form";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { saveSlotAction } from "@/lib/schedule/actions";
import { addMinutes } from "./clock";

export type SlotFormValues = { slotId?: string; kind: string; roomId: string; startsAt: string; endsAt: string; title: string; proposalId: string };
export type PlaceableTalk = { id: string; title: string; minutes: number; speakers: string };

const noSubscribe = () => () => {};

/**
 * Adds a slot or edits one: a confirmed talk in a room, or a fixed item (opening, break…) in a
 * room or across all rooms. Times are local to the event's zone.
 */
export function SlotForm({ eventId, zone, kinds, rooms, talks, values }: { eventId: string; zone: string; kinds: readonly string[]; rooms: { id: string; name: string }[]; talks: PlaceableTalk[]; values: SlotFormValues }) {
  const t = useTranslations("schedule.slotForm");
  const tk = useTranslations("schedule.kinds");
  const tc = useTranslations("common");
  const [state, action, pending] = useActionState(saveSlotAction, null);
  const [kind, setKind] = useState(values.kind);
  // Without JavaScript every field shows; with it, only the ones the chosen kind uses.
  const hydrated = useSyncExternalStore(noSubscribe, () => true, () => false);
  const startRef = useRef<HTMLInputElement>(null);
  const endRef = useRef<HTMLInputElement>(null);
  const talkRef = useRef<HTMLSelectElement>(null);
  const editing = Boolean(values.slotId);
  const isTalk = kind === "talk";

  function fillEnd() {
    const talk = talks.find((x) => x.id === talkRef.current?.value);
    if (!talk || !startRef.current || !endRef.current) return;
    const end = addMinutes(startRef.current.value, talk.minutes);
    if (end) endRef.current.value = end;
  }

  return (
    <form action={action} onSubmit={submitKeepingValues(action)} noValidate aria-label={editing ? t("editTitle") : t("addTitle")}>
      <FormMessage state={state} success={state?.ok ? t(state.data?.saved === "updated" ? "updated" : "added") : undefined} />
      <input type="hidden" name="eventId" value={eventId} />
      {values.slotId && <input type="hidden" name="slotId" value={values.slotId} />}
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field name="kind" label={t("kind")} state={state} required>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value)} className={inputClass}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {tk(k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="roomId" label={t("room")} state={state} required={isTalk} help={isTalk ? undefined : t("roomHelp")}>
          {(p) => (
            <select {...p} defaultValue={values.roomId} className={inputClass}>
              <option value="">{t("allRooms")}</option>
              {rooms.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div hidden={hydrated && !isTalk}>
        <Field name="proposalId" label={t("talk")} state={state} required help={talks.length ? t("talkHelp") : t("noTalks")}>
          {(p) => (
            <select {...p} ref={talkRef} defaultValue={values.proposalId} onChange={fillEnd} className={inputClass}>
              <option value="">{t("chooseTalk")}</option>
              {talks.map((x) => (
                <option key={x.id} value={x.id}>
                  {t("talkOption", { title: x.title, minutes: x.minutes, speakers: x.speakers })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field name="startsAt" label={t("startsAt")} state={state} required help={t("zone", { zone })}>
          {(p) => <input {...p} ref={startRef} type="datetime-local" defaultValue={values.startsAt} onChange={isTalk ? fillEnd : undefined} className={inputClass} />}
        </Field>
        <Field name="endsAt" label={t("endsAt")} state={state} required help={t("zone", { zone })}>
          {(p) => <input {...p} ref={endRef} type="datetime-local" defaultValue={values.endsAt} className={inputClass} />}
        </Field>
      </div>
      <div hidden={hydrated && isTalk}>
        <Field name="title" label={t("title")} state={state} defaultValue={values.title} maxLength={200} help={t("titleHelp")} />
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={buttonClass()}>
          {pending ? tc("saving") : editing ? tc("save") : t("add")}
        </button>
        {editing && (
          <Link href={`/events/${eventId}/timetable/edit`} className={buttonClass("secondary")}>
            {tc("cancel")}
          </Link>
        )}
      </div>
    </form>
  );
}
