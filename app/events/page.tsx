import { getTranslations } from "next-intl/server";
import { EventCard } from "@/components/events/event-card";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { Pagination } from "@/components/ui/pagination";
import { eventSearchInput } from "@/lib/events/schema";
import { popularTags, searchEvents } from "@/lib/events/service";
import { listGroups } from "@/lib/groups/service";

type Search = { keyword?: string; tag?: string; group?: string; when?: string; page?: string };

export async function generateMetadata() {
  return { title: (await getTranslations("events"))("title") };
}

export default async function EventsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const when = sp.when === "past" || sp.when === "all" ? sp.when : "upcoming";
  const parsed = eventSearchInput.safeParse({ keyword: sp.keyword, tag: sp.tag, group: sp.group, when, page: sp.page ?? 1, perPage: 20 });
  const q = parsed.success ? parsed.data : eventSearchInput.parse({ when });
  const [result, groups, tags] = await Promise.all([searchEvents(q), listGroups(), popularTags(30)]);
  const t = await getTranslations("events");
  const tc = await getTranslations("common");
  const pages = Math.max(1, Math.ceil(result.total / result.perPage));
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t("searchTitle")}</h1>
      {/* Keyed by the query: after a client-side navigation (a tag link) the uncontrolled fields show the new search. */}
      <form key={JSON.stringify([sp.keyword, q.tag, q.group, when])} role="search" method="get" action="/events" className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 dark:border-slate-800 dark:bg-slate-900">
        <label className="text-sm font-medium lg:col-span-2">
          {t("keyword")}
          <input type="search" name="keyword" defaultValue={sp.keyword} placeholder={t("keywordPlaceholder")} className={inputClass} maxLength={100} />
        </label>
        <label className="text-sm font-medium">
          {t("tag")}
          <select name="tag" defaultValue={q.tag ?? ""} className={inputClass}>
            <option value="">{t("anyTag")}</option>
            {[...new Set([...(q.tag ? [q.tag] : []), ...tags.map((x) => x.tag)])].map((tag) => (
              <option key={tag} value={tag}>
                #{tag}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {t("group")}
          <select name="group" defaultValue={q.group ?? ""} className={inputClass}>
            <option value="">{t("anyGroup")}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.slug}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {t("when")}
          <select name="when" defaultValue={when} className={inputClass}>
            <option value="upcoming">{t("upcoming")}</option>
            <option value="past">{t("past")}</option>
            <option value="all">{t("all")}</option>
          </select>
        </label>
        <div className="sm:col-span-2 lg:col-span-5">
          <button type="submit" className={buttonClass()}>
            {tc("search")}
          </button>
        </div>
      </form>
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400" role="status" data-testid="results-count">
        {tc("resultsCount", { total: result.total })}
      </p>
      {result.items.length === 0 ? (
        <p>{t("noResults")}</p>
      ) : (
        <ul className="grid gap-3">
          {result.items.map((e) => (
            <EventCard key={e.id} event={e} />
          ))}
        </ul>
      )}
      <Pagination
        page={result.page}
        perPage={result.perPage}
        total={result.total}
        basePath="/events"
        query={{ keyword: sp.keyword, tag: q.tag, group: q.group, when }}
        labels={{ previous: tc("previous"), next: tc("next"), pageOf: tc("pageOf", { page: result.page, pages }) }}
      />
    </div>
  );
}
