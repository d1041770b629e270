import { getTranslations } from "next-intl/server";
import type { SeatCounts } from "@/lib/participants/service";

/** 参加者/定員 on an event card (and the waitlist, when there is one); the list reads the counts of all its cards at once. */
export async function SeatSummary({ seats }: { seats: SeatCounts | undefined }) {
  if (!seats || seats.capacity === 0) return null;
  const t = await getTranslations("community.participants");
  return (
    <span className="tabular-nums" data-testid="card-seats">
      {t("cardSeats", { confirmed: seats.confirmed, capacity: seats.capacity })}
      {seats.waitlisted > 0 && ` · ${t("waitlisted", { count: seats.waitlisted })}`}
    </span>
  );
}
