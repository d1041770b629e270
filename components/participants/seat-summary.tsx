import { getTranslations } from "next-intl/server";
import { seatSummary } from "@/lib/participants/service";

/** 参加者/定員 on an event card (and the waitlist, when there is one). */
export async function SeatSummary({ eventId }: { eventId: string }) {
  const [s, t] = await Promise.all([seatSummary(eventId), getTranslations("community.participants")]);
  if (s.capacity === 0) return null;
  return (
    <span className="tabular-nums" data-testid="card-seats">
      {t("cardSeats", { confirmed: s.confirmed, capacity: s.capacity })}
      {s.waitlisted > 0 && ` · ${t("waitlisted", { count: s.waitlisted })}`}
    </span>
  );
}
