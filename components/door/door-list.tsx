"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/form";
import { type DoorState, checkInRowAction, undoCheckInAction } from "@/lib/door/actions";

export type DoorListRow = { id: string; receiptNumber: number; status: string; checkedInAt: string | null; checkedInText: string | null; frameName: string; name: string | null; handle: string | null; walkIn: boolean };

/** The people found by name at the door, each with a check-in (or undo) button. */
export function DoorList({ eventId, rows }: { eventId: string; rows: DoorListRow[] }) {
  const t = useTranslations("door");
  if (!rows.length) return <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="door-empty">{t("noMatch")}</p>;
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="door-list">
      {rows.map((r) => (
        <DoorRow key={r.id} eventId={eventId} row={r} />
      ))}
    </ul>
  );
}

function DoorRow({ eventId, row }: { eventId: string; row: DoorListRow }) {
  const t = useTranslations("door");
  const te = useTranslations("errors.codes");
  const [checkState, checkInDispatch] = useActionState<DoorState, FormData>(checkInRowAction, null);
  const [undoState, undoDispatch] = useActionState<DoorState, FormData>(undoCheckInAction, null);
  const attended = row.status === "ATTENDED";
  const failed = [checkState, undoState].find((s) => s && !s.ok);
  const label = row.name ?? row.handle ?? "";
  return (
    <li className="flex flex-wrap items-center gap-3 py-3" data-testid="door-row" data-status={row.status}>
      <div className="min-w-0 flex-1">
        <p className="font-semibold break-words">
          {label}
          {row.walkIn && <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800">{t("walkInMark")}</span>}
        </p>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {row.handle && <span className="mr-2">@{row.handle}</span>}
          <span className="mr-2 tabular-nums">{t("receipt", { receipt: row.receiptNumber })}</span>
          <span>{row.frameName}</span>
        </p>
        {attended && row.checkedInText && <p className="text-sm font-medium text-emerald-800 dark:text-emerald-300">{t("checkedInAt", { time: row.checkedInText })}</p>}
        {failed && !failed.ok && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {te.has(failed.code) ? te(failed.code) : te("INTERNAL")}
          </p>
        )}
      </div>
      {attended ? (
        <form action={undoDispatch}>
          <input type="hidden" name="eventId" value={eventId} />
          <input type="hidden" name="registrationId" value={row.id} />
          <SubmitButton variant="secondary" pendingText={t("working")}>
            <span className="sr-only">{t("undoFor", { name: label })}</span>
            <span aria-hidden="true">{t("undo")}</span>
          </SubmitButton>
        </form>
      ) : (
        <form action={checkInDispatch}>
          <input type="hidden" name="eventId" value={eventId} />
          <input type="hidden" name="registrationId" value={row.id} />
          <SubmitButton pendingText={t("working")}>
            <span className="sr-only">{t("checkInFor", { name: label })}</span>
            <span aria-hidden="true">{t("checkIn")}</span>
          </SubmitButton>
        </form>
      )}
    </li>
  );
}
