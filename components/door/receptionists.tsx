"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/errors";
import { addReceptionistAction, removeReceptionistAction } from "@/lib/door/actions";

export type ReceptionistView = { userId: string; name: string | null; handle: string | null; scope: "event" | "group" };

/** The event's receptionists (受付): people who may check others in, and do nothing else. */
export function Receptionists({ eventId, people }: { eventId: string; people: ReceptionistView[] }) {
  const t = useTranslations("door");
  const [state, dispatch] = useActionState<ActionState, FormData>(addReceptionistAction, null);
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("receptionistsHelp")}</p>
      {people.length === 0 ? (
        <p className="text-sm">{t("noReceptionists")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="receptionists">
          {people.map((p) => (
            <li key={`${p.scope}:${p.userId}`} className="flex flex-wrap items-center gap-2 py-2">
              <span className="min-w-0 flex-1 break-words">
                {p.name ?? p.handle}
                {p.handle && <span className="ml-2 text-sm text-slate-600 dark:text-slate-400">@{p.handle}</span>}
                {p.scope === "group" && <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">{t("groupWide")}</span>}
              </span>
              {p.scope === "event" && <RemoveButton eventId={eventId} person={p} />}
            </li>
          ))}
        </ul>
      )}
      <form action={dispatch} noValidate>
        <FormMessage state={state} success={t("receptionistAdded")} />
        <input type="hidden" name="eventId" value={eventId} />
        <Field name="query" label={t("receptionistQuery")} help={t("receptionistQueryHelp")} state={state} required maxLength={200} autoComplete="off" />
        <SubmitButton variant="secondary" pendingText={t("working")}>
          {t("addReceptionist")}
        </SubmitButton>
      </form>
    </div>
  );
}

function RemoveButton({ eventId, person }: { eventId: string; person: ReceptionistView }) {
  const t = useTranslations("door");
  const te = useTranslations("errors.codes");
  const [state, dispatch] = useActionState<ActionState, FormData>(removeReceptionistAction, null);
  return (
    <form action={dispatch}>
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="userId" value={person.userId} />
      <SubmitButton variant="secondary" pendingText={t("working")}>
        <span className="sr-only">{t("removeFor", { name: person.name ?? person.handle ?? "" })}</span>
        <span aria-hidden="true">{t("remove")}</span>
      </SubmitButton>
      {state && !state.ok && <span role="alert" className="ml-2 text-sm text-red-700">{te.has(state.code) ? te(state.code) : te("INTERNAL")}</span>}
    </form>
  );
}
