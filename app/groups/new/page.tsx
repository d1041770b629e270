import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { GroupForm } from "@/components/groups/group-form";
import { getActor } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("groups"))("createTitle") };
}

export default async function NewGroupPage() {
  if (!(await getActor())) redirect("/signin?callbackUrl=/groups/new");
  const t = await getTranslations("groups");
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t("createTitle")}</h1>
      <p className="mb-6 text-sm text-slate-600 dark:text-slate-400">{t("createHelp")}</p>
      <GroupForm />
    </div>
  );
}
