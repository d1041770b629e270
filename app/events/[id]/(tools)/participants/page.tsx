import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ParticipantRow } from "@/components/participants/participant-row";
import { Pagination } from "@/components/ui/pagination";
import { getActor } from "@/lib/auth";
import { getEventForViewer } from "@/lib/events/service";
import { or404 } from "@/lib/pages";
import { participantQuery } from "@/lib/participants/schema";
import { publicParticipants } from "@/lib/participants/service";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { event } = await or404(getEventForViewer((await params).id, await getActor()));
  const t = await getTranslations("community.participants");
  return { title: `${t("title")} · ${event.title}` };
}

export default async function ParticipantsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const sp = await searchParams;
  const actor = await getActor();
  const { event } = await or404(getEventForViewer(id, actor));
  const q = participantQuery.safeParse({ frameId: typeof sp.frame === "string" ? sp.frame : undefined, page: typeof sp.page === "string" ? sp.page : undefined, perPage: 100 });
  const query = q.success ? q.data : { page: 1, perPage: 100 };
  const [result, t, tc] = await Promise.all([publicParticipants(event.id, actor, query), getTranslations("community.participants"), getTranslations("common")]);
  const frame = result.frames.find((f) => f.id === query.frameId);
  const pages = Math.max(1, Math.ceil(result.total / result.perPage));
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/events/${event.id}`} className="text-sky-800 underline dark:text-sky-300">
          {event.title}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {t("title")}
        {frame && <span className="ml-2 text-lg font-normal">{frame.name}</span>}
      </h1>
      <ul className="flex flex-wrap gap-3 text-sm" aria-label={t("frames")}>
        {result.frames.map((f) => (
          <li key={f.id}>
            <Link href={`/events/${event.id}/participants?frame=${f.id}`} className="text-sky-800 underline dark:text-sky-300" aria-current={f.id === query.frameId ? "page" : undefined}>
              {f.name}
            </Link>{" "}
            <span className="tabular-nums text-slate-600 dark:text-slate-400">
              {t("seats", { confirmed: f.confirmed, capacity: f.capacity })}
              {f.waitlisted > 0 && ` · ${t("waitlisted", { count: f.waitlisted })}`}
            </span>
          </li>
        ))}
      </ul>
      {result.items.length ? (
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {result.items.map((p, i) => (
            <ParticipantRow key={i} person={p} anonymousLabel={t("anonymous")} />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>
      )}
      <Pagination
        page={result.page}
        perPage={result.perPage}
        total={result.total}
        basePath={`/events/${event.id}/participants`}
        query={{ frame: query.frameId }}
        labels={{ previous: tc("previous"), next: tc("next"), pageOf: tc("pageOf", { page: result.page, pages }) }}
      />
    </div>
  );
}
