"use client";
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { buttonClass, inputClass } from "@/components/ui/styles";
import type { ActionState } from "@/lib/errors";
import { addRoomAction, deleteRoomAction, moveRoomAction, updateRoomAction } from "@/lib/schedule/actions";

type Room = { id: string; name: string; capacity: number | null };

function Errors({ state, name, id }: { state: ActionState; name: string; id: string }) {
  const t = useTranslations("errors");
  const keys = state && !state.ok ? (state.fields?.[name] ?? []) : [];
  if (!keys.length) return null;
  return (
    <ul id={id} role="alert" className="mt-1 text-sm text-red-700 dark:text-red-400">
      {keys.map((k) => (
        <li key={k}>{t.has(k) ? t(k) : t("invalid")}</li>
      ))}
    </ul>
  );
}

/** Name and capacity inputs shared by the add and rename forms (ids unique per form). */
function RoomFields({ state, room }: { state: ActionState; room?: Room }) {
  const t = useTranslations("schedule.rooms");
  const uid = useId();
  return (
    <div className="flex flex-wrap items-start gap-2">
      <div className="min-w-40 flex-1">
        <label htmlFor={`${uid}-name`} className="block text-xs font-medium">
          {t("name")}
        </label>
        <input id={`${uid}-name`} name="name" defaultValue={room?.name} required maxLength={100} className={inputClass} aria-invalid={Boolean(state && !state.ok && state.fields?.name)} />
        <Errors state={state} name="name" id={`${uid}-name-error`} />
      </div>
      <div className="w-28">
        <label htmlFor={`${uid}-capacity`} className="block text-xs font-medium">
          {t("capacity")}
        </label>
        <input id={`${uid}-capacity`} name="capacity" type="number" min={1} inputMode="numeric" defaultValue={room?.capacity ?? ""} className={inputClass} />
        <Errors state={state} name="capacity" id={`${uid}-capacity-error`} />
      </div>
    </div>
  );
}

export function AddRoomForm({ eventId }: { eventId: string }) {
  const t = useTranslations("schedule.rooms");
  const [state, action] = useActionState(addRoomAction, null);
  return (
    <form action={action} noValidate aria-label={t("add")} className="mt-3 rounded-md border border-dashed border-slate-300 p-3 dark:border-slate-700">
      <FormMessage state={state} success={t("added")} />
      <input type="hidden" name="eventId" value={eventId} />
      <RoomFields state={state} />
      <div className="mt-2">
        <SubmitButton variant="secondary">{t("add")}</SubmitButton>
      </div>
    </form>
  );
}

/** One room: rename, capacity, move up/down, delete. */
export function RoomRow({ eventId, room, first, last }: { eventId: string; room: Room; first: boolean; last: boolean }) {
  const t = useTranslations("schedule.rooms");
  const tc = useTranslations("common");
  const [saved, save] = useActionState(updateRoomAction, null);
  const [moved, move] = useActionState(moveRoomAction, null);
  const [deleted, remove] = useActionState(deleteRoomAction, null);
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900" data-testid="room-row" aria-label={room.name}>
      <FormMessage state={moved} />
      <FormMessage state={deleted} />
      <form action={save} noValidate aria-label={t("editLabel", { name: room.name })}>
        <FormMessage state={saved} success={tc("saved")} />
        <input type="hidden" name="roomId" value={room.id} />
        <RoomFields state={saved} room={room} />
        <div className="mt-2 flex flex-wrap gap-2">
          <SubmitButton variant="secondary">{tc("save")}</SubmitButton>
        </div>
      </form>
      <div className="mt-2 flex flex-wrap gap-2">
        <form action={move}>
          <input type="hidden" name="eventId" value={eventId} />
          <input type="hidden" name="roomId" value={room.id} />
          <button type="submit" name="direction" value="up" disabled={first} className={buttonClass("secondary")} aria-label={t("moveUp", { name: room.name })}>
            ←
          </button>
          <button type="submit" name="direction" value="down" disabled={last} className={`${buttonClass("secondary")} ml-2`} aria-label={t("moveDown", { name: room.name })}>
            →
          </button>
        </form>
        <form
          action={remove}
          onSubmit={(e) => {
            if (!window.confirm(t("deleteConfirm", { name: room.name }))) e.preventDefault();
          }}
        >
          <input type="hidden" name="eventId" value={eventId} />
          <input type="hidden" name="roomId" value={room.id} />
          <SubmitButton variant="danger">{tc("delete")}</SubmitButton>
        </form>
      </div>
    </li>
  );
}
