import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClass } from "@/components/ui/styles";
import type { Role } from "@/lib/groups/policy";
import { sharedRead } from "@/lib/server/shared-read";
import { canDecide, canReview, cfpState } from "@/lib/talks/policy";
import { getCfp, talkRoleFor } from "@/lib/talks/service";

type LinksEvent = { id: string; groupId: string; status: string; schedulePublished: boolean };

// The call's settings are the same for every visitor: shared across requests for a moment.
const sharedCfp = sharedRead("cfp", getCfp);

/**
 * The event page's way into its talks: the open call, the timetable, and the organizers' tools.
 * The page has checked that the viewer may see the event and passes their role in its group.
 */
export async function EventTalksLinks({ event, groupRole, userId }: { event: LinksEvent; groupRole: Role; userId: string | undefined }) {
  const eventId = event.id;
  const [cfp, role] = await Promise.all([sharedCfp(eventId), talkRoleFor(eventId, groupRole, userId)]);
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
