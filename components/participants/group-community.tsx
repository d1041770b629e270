import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth-types";
import { setGroupAnnouncementsAction } from "@/lib/notifications/actions";
import { groupCounts, myMembership } from "@/lib/notifications/service";

/** The group page's member and follower counts, and a follower's new-event mail switch. */
export async function GroupCommunity({ groupId, viewer }: { groupId: string; viewer: Actor | null }) {
  const [counts, mine, t] = await Promise.all([groupCounts(groupId), myMembership(groupId, viewer?.userId), getTranslations("community.groupPage")]);
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600 dark:text-slate-400" data-testid="group-counts">
      <span>{t("members", { count: counts.members })}</span>
      <span>{t("followers", { count: counts.followers })}</span>
      {mine?.role === "FOLLOWER" && (
        <form action={setGroupAnnouncementsAction} className="flex items-center gap-2">
          <input type="hidden" name="groupId" value={groupId} />
          <input type="hidden" name="on" value={mine.announcementsOptOut ? "1" : "0"} />
          <span>{mine.announcementsOptOut ? t("announcementsOff") : t("announcementsOn")}</span>
          <button type="submit" className="min-h-11 rounded-md border border-slate-300 px-3 py-1 text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800">
            {mine.announcementsOptOut ? t("turnOn") : t("turnOff")}
          </button>
        </form>
      )}
    </div>
  );
}
