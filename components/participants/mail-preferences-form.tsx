"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { savePreferencesAction } from "@/lib/notifications/actions";

type Props = { bulkMailOptOut: boolean; groups: { id: string; name: string; announcements: boolean }[] };

export function MailPreferencesForm({ bulkMailOptOut, groups }: Props) {
  const t = useTranslations("community.settings");
  const [state, action] = useActionState(savePreferencesAction, null);
  return (
    <form action={action} className="max-w-2xl space-y-4" data-testid="mail-preferences">
      <FormMessage state={state} success={t("saved")} />
      <div className="flex items-start gap-2">
        <input id="p-bulk" type="checkbox" name="bulkMailOptOut" value="1" defaultChecked={bulkMailOptOut} className="mt-1 h-4 w-4" aria-describedby="p-bulk-help" />
        <input type="hidden" name="bulkMailOptOut" value="0" />
        <label htmlFor="p-bulk" className="text-sm">
          {t("bulkOptOut")}
          <span id="p-bulk-help" className="block text-xs text-slate-600 dark:text-slate-400">
            {t("bulkOptOutHelp")}
          </span>
        </label>
      </div>
      <fieldset>
        <legend className="text-sm font-semibold">{t("groups")}</legend>
        {groups.length ? (
          <ul className="mt-2 space-y-2">
            {groups.map((g) => (
              <li key={g.id} className="flex items-center gap-2">
                <input id={`p-g-${g.id}`} type="checkbox" name="groups" value={g.id} defaultChecked={g.announcements} className="h-4 w-4" />
                <label htmlFor={`p-g-${g.id}`} className="text-sm">
                  {g.name} — {t("groupAnnouncements")}
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("noGroups")}</p>
        )}
      </fieldset>
      <SubmitButton>{t("title")}</SubmitButton>
    </form>
  );
}
