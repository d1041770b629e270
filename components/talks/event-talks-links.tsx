import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClass } from "@/components/ui/styles";
import { getActor } from "@/lib/auth";
import { getEventForViewer } from "@/lib/events/service";
import { canDecide, canReview, cfpState } from "@/lib/talks/policy";
import { getCfp, talkRole } from "@/lib/talks/service";

/** The event page's way into its talks: the open call, the timetable, and the organizers' tools. */
export async function EventTalksLinks({ eventId }: { eventId: string }) {
  const actor = await getActor();
  const [{ event }, cfp] = await Promise.all([getEventForViewer(eventId, actor), getCfp(eventId)]);
  const role = await talkRole(event.id, event.groupId, actor?.userId);
  const [t, tc] = await Promise.all([getTranslations("talks.eventLinks"), getTranslations("conference")]);
  // The event page renders per request; the call's state is read at that moment.
  const open = cfp !== null && event.status === "PUBLISHED" && cfpState(cfp, new Date()) === "OPEN";
  const published = event.schedulePublished && event.status !== "DRAFT";
  const links = [
    open && { href: `/events/${eventId}/cfp`, label: t("cfpOpen"), primary: true },
    published && { href: `/events/${eventId}/schedule`, label: t("timetable"), primary: !open },
    canReview(role) && { href: `/events/${eventId}/proposals`, label: t("proposals") },
    canDecide(role) && { href: `/events/${eventId}/cfp/edit`, label: t("cfpSettings") },
    canDecide(role) && { href: `/events/${eventId}/timetable/edit`, label: t("timetableEditor") },
    canDecide(role) && cfp !== null && { href: `/events/${eventId}/review`, label: tc("reviewDashboard") },
    published && { href: `/events/${eventId}/speakers`, label: tc("speakersLink") },
  ].filter((l): l is { href: string; label: string; primary?: boolean } => Boolean(l));
  if (!links.length) return null;
  return (
    <nav aria-label={t("label")} className="flex flex-wrap gap-2" data-testid="event-talks-links">
      {links.map((l) => (
        <Link key={l.href} href={l.href} className={buttonClass(l.primary ? "primary" : "secondary")}>
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
