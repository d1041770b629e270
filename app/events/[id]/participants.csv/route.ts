import { apiRoute, idParam, requestLocale } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import en from "@/lib/i18n/messages/en.json";
import ja from "@/lib/i18n/messages/ja.json";
import { participantsCsv } from "@/lib/registrations/data";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

const LABELS = { ja: ja.manage.csvLabels, en: en.manage.csvLabels };
const STATUSES = { ja: ja.manage.status, en: en.manage.status };

/** Organizers: the participant list as a spreadsheet, with column names in the caller's language. */
export const GET = apiRoute<Ctx>("participants.csv", async (req, ctx) => {
  const id = await idParam(ctx);
  const locale = requestLocale(req);
  const { event, csv } = await participantsCsv(await getActor(), id, LABELS[locale], STATUSES[locale]);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="participants-${event.id}.csv"`,
      // Names and email addresses: never kept by a shared cache.
      "cache-control": "private, no-store",
    },
  });
});
