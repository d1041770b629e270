import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { cache } from "react";
import { EventCard } from "@/components/events/event-card";
import { GroupReports } from "@/components/materials/group-reports";
import { GroupCommunity } from "@/components/participants/group-community";
import { buttonClass } from "@/components/ui/styles";
import { Markdown } from "@/components/ui/markdown";
import { getActor } from "@/lib/auth";
import { followGroupAction } from "@/lib/groups/actions";
import { isOrganizer } from "@/lib/groups/policy";
import { getGroupPage } from "@/lib/groups/service";
import { seatSummaries } from "@/lib/participants/service";
import { or404 } from "@/lib/pages";

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => {
  const actor = await getActor();
  return { actor, ...(await or404(getGroupPage(slug, actor))) };
});

export async function generateMetadata({ params }: Props) {
  const { group } = await load((await params).slug);
  const tm = await getTranslations("materials.group");
  return {
    title: group.name,
    description: group.description.slice(0, 160),
    openGraph: { title: group.name, description: group.description.slice(0, 160) },
    alternates: { types: { "application/atom+xml": [{ url: `/groups/${group.slug}/materials.atom`, title: tm("feedTitle", { group: group.name }) }] } },
  };
}

export default async function GroupPage({ params }: Props) {
  const { actor, group, role, organizers, upcoming, past } = await load((await params).slug);
  const seats = await seatSummaries([...upcoming, ...past].map((e) => e.id));
  const t = await getTranslations("groups");
  const organizer = isOrganizer(role);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{group.name}</h1>
        <GroupCommunity groupId={group.id} viewer={actor} />
        <div className="flex flex-wrap gap-2">
          {actor && !organizer && (
            <form action={followGroupAction}>
              <input type="hidden" name="groupId" value={group.id} />
              <input type="hidden" name="follow" value={role === "FOLLOWER" ? "0" : "1"} />
              <button type="submit" className={buttonClass(role === "FOLLOWER" ? "secondary" : "primary")}>
                {role === "FOLLOWER" ? t("unfollow") : t("follow")}
              </button>
            </form>
          )}
          {!actor && (
            <Link href={`/signin?callbackUrl=/groups/${group.slug}`} className={buttonClass()}>
              {t("follow")}
            </Link>
          )}
          {organizer && (
            <>
              <Link href={`/events/new?group=${group.id}`} className={buttonClass()}>
                {t("newEventInGroup")}
              </Link>
              <Link href={`/groups/${group.slug}/settings`} className={buttonClass("secondary")}>
                {t("settings")}
              </Link>
            </>
          )}
        </div>
        {role === "FOLLOWER" && <p className="text-sm text-emerald-800 dark:text-emerald-300">{t("following")}</p>}
      </header>
      {group.description && (
        <section className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <Markdown>{group.description}</Markdown>
        </section>
      )}
      <section aria-labelledby="organizers">
        <h2 id="organizers" className="mb-2 text-lg font-semibold">
          {t("organizers")}
        </h2>
        <ul className="flex flex-wrap gap-3">
          {organizers.map(({ user, role: r }) => (
            <li key={user.id} className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm dark:border-slate-800 dark:bg-slate-900">
              <Link href={`/users/${user.handle}`} className="font-medium hover:underline">
                {user.name ?? user.handle}
              </Link>
              <span className="ml-2 text-xs text-slate-500">{r === "OWNER" ? t("owner") : t("organizer")}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming" className="mb-2 text-lg font-semibold">
          {t("upcomingEvents")}
        </h2>
        {upcoming.length ? (
          <ul className="grid gap-3">
            {upcoming.map((e) => (
              <EventCard key={e.id} event={{ ...e, group }} seats={seats.get(e.id)} showGroup={false} />
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t("noUpcoming")}</p>
        )}
      </section>
      <section aria-labelledby="past">
        <h2 id="past" className="mb-2 text-lg font-semibold">
          {t("pastEvents")}
        </h2>
        {past.length ? (
          <ul className="grid gap-3">
            {past.map((e) => (
              <EventCard key={e.id} event={{ ...e, group }} seats={seats.get(e.id)} showGroup={false} />
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t("noPast")}</p>
        )}
      </section>
      <GroupReports slug={group.slug} />
    </div>
  );
}
