import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClass } from "@/components/ui/styles";
import { listGroups } from "@/lib/groups/service";

export async function generateMetadata() {
  return { title: (await getTranslations("groups"))("title") };
}

export default async function GroupsPage() {
  const t = await getTranslations("groups");
  const groups = await listGroups();
  return (
    <div>
      <div className="mb-4 flex items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Link href="/groups/new" className={buttonClass()}>
          {t("new")}
        </Link>
      </div>
      {groups.length === 0 ? (
        <p>{t("noGroups")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {groups.map((g) => (
            <li key={g.id} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
              <h2 className="text-lg font-semibold">
                <Link href={`/groups/${g.slug}`} className="hover:underline">
                  {g.name}
                </Link>
              </h2>
              <p className="text-sm text-slate-600 dark:text-slate-400">{t("eventsCount", { count: g._count.events })}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
