import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AddOrganizerForm, GroupForm } from "@/components/groups/group-form";
import { getActor } from "@/lib/auth";
import { removeOrganizerAction } from "@/lib/groups/actions";
import { canEditGroup, canManageOrganizers } from "@/lib/groups/policy";
import { getGroupPage } from "@/lib/groups/service";
import { or404 } from "@/lib/pages";

export default async function GroupSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=/groups/${slug}/settings`);
  const { group, role, organizers } = await or404(getGroupPage(slug, actor));
  if (!canEditGroup(role)) notFound();
  const t = await getTranslations("groups");
  return (
    <div className="space-y-8">
      <p className="text-sm">
        <Link href={`/groups/${group.slug}`} className="text-sky-800 hover:underline">
          ← {group.name}
        </Link>
      </p>
      <section>
        <h1 className="mb-4 text-2xl font-bold">{t("edit")}</h1>
        <GroupForm group={group} />
      </section>
      <section aria-labelledby="organizers">
        <h2 id="organizers" className="mb-3 text-lg font-semibold">
          {t("organizers")}
        </h2>
        <ul className="mb-4 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
          {organizers.map(({ user, role: r }) => (
            <li key={user.id} className="flex items-center justify-between px-4 py-2 text-sm">
              <span>
                {user.name} <span className="text-slate-500">@{user.handle}</span> · {r === "OWNER" ? t("owner") : t("organizer")}
              </span>
              {canManageOrganizers(role) && r === "ORGANIZER" && (
                <form action={removeOrganizerAction}>
                  <input type="hidden" name="groupId" value={group.id} />
                  <input type="hidden" name="userId" value={user.id} />
                  <button type="submit" className="text-red-700 hover:underline">
                    {t("removeOrganizer")}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
        {canManageOrganizers(role) && (
          <>
            <h3 className="mb-2 font-semibold">{t("addOrganizer")}</h3>
            <AddOrganizerForm groupId={group.id} />
          </>
        )}
      </section>
    </div>
  );
}
