"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { inputClass } from "@/components/ui/styles";
import { updateProfileAction } from "@/lib/users/actions";

type Profile = { name: string; handle: string; image: string; bio: string; githubUrl: string; xUrl: string };

export function ProfileForm({ profile }: { profile: Profile }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const [state, action] = useActionState(updateProfileAction, null);
  return (
    <form action={action} noValidate className="max-w-xl">
      <FormMessage state={state} success={tc("saved")} />
      <Field name="name" label={t("name")} state={state} required defaultValue={profile.name} maxLength={80} autoComplete="name" />
      <Field name="handle" label={t("handle")} state={state} required defaultValue={profile.handle} help={t("handleHelp")} maxLength={39} autoComplete="username" />
      <Field name="image" label={t("image")} state={state} type="url" defaultValue={profile.image} placeholder="https://" />
      <Field name="bio" label={t("bio")} state={state}>
        {(p) => <textarea {...p} rows={4} defaultValue={profile.bio} className={inputClass} maxLength={1000} />}
      </Field>
      <Field name="githubUrl" label={t("githubUrl")} state={state} type="url" defaultValue={profile.githubUrl} placeholder="https://github.com/" />
      <Field name="xUrl" label={t("xUrl")} state={state} type="url" defaultValue={profile.xUrl} placeholder="https://x.com/" />
      <SubmitButton pendingText={tc("saving")}>{tc("save")}</SubmitButton>
    </form>
  );
}
