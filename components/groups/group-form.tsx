"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { inputClass } from "@/components/ui/styles";
import { addOrganizerAction, createGroupAction, updateGroupAction } from "@/lib/groups/actions";

export function GroupForm({ group }: { group?: { id: string; name: string; description: string } }) {
  const t = useTranslations("groups");
  const tc = useTranslations("common");
  const [state, action] = useActionState(group ? updateGroupAction : createGroupAction, null);
  return (
    <form action={action} noValidate className="max-w-2xl">
      <FormMessage state={state} success={tc("saved")} />
      {group ? <input type="hidden" name="groupId" value={group.id} /> : <Field name="slug" label={t("slug")} state={state} required help={t("slugHelp")} maxLength={50} autoComplete="off" />}
      <Field name="name" label={t("name")} state={state} required defaultValue={group?.name} maxLength={100} />
      <Field name="description" label={t("description")} state={state} help={t("descriptionHelp")}>
        {(p) => <textarea {...p} rows={8} defaultValue={group?.description} className={`${inputClass} font-mono text-sm`} />}
      </Field>
      <SubmitButton pendingText={tc("saving")}>{group ? tc("save") : tc("create")}</SubmitButton>
    </form>
  );
}

export function AddOrganizerForm({ groupId }: { groupId: string }) {
  const t = useTranslations("groups");
  const [state, action] = useActionState(addOrganizerAction, null);
  return (
    <form action={action} noValidate className="max-w-md">
      <FormMessage state={state} success={t("organizerAdded")} />
      <input type="hidden" name="groupId" value={groupId} />
      <Field name="query" label={t("addOrganizerLabel")} state={state} required placeholder="@handle / mail@example.com" />
      <SubmitButton>{t("addOrganizerButton")}</SubmitButton>
    </form>
  );
}
