import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EventForm } from "@/components/events/event-form";
import { getActor } from "@/lib/auth";
import { organizedGroups } from "@/lib/groups/service";

export async function generateMetadata() {
  return { title: (await getTranslations("events"))("new") };
}

export default async function NewEventPage({ searchParams }: { searchParams: Promise<{ group?: string }> }) {
  const actor = await getActor();
  if (!actor) redirect("/signin?callbackUrl=/events/new");
  const t = await getTranslations("events");
  const tg = await getTranslations("groups");
  const groups = await organizedGroups(actor.userId);
  const { group } = await searchParams;
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t("new")}</h1>
      <p className="mb-6 text-sm text-slate-600 dark:text-slate-400">{t("newHelp")}</p>
      {groups.length === 0 ? (
        <p>
          {t("noOrganizedGroups")}{" "}
          <Link href="/groups/new" className="text-sky-800 underline">
            {tg("new")}
          </Link>
        </p>
      ) : (
        <EventForm groups={groups.map((g) => ({ id: g.id, name: g.name }))} values={{ groupId: groups.find((g) => g.id === group || g.slug === group)?.id ?? groups[0]!.id, timezone: "Asia/Tokyo" }} />
      )}
    </div>
  );
}
