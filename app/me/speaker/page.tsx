import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/conference/action-form";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { getActor } from "@/lib/auth";
import { saveAvailabilityAction, saveSpeakerProfileAction } from "@/lib/speakers/actions";
import { getAvailability, getSpeakerProfile } from "@/lib/speakers/service";
import { myTalks } from "@/lib/talks/service";
import { toDateTimeLocal } from "@/lib/time";

export async function generateMetadata() {
  return { title: (await getTranslations("conference.speaker"))("title"), robots: { index: false } };
}

const labelClass = "mb-3 block text-sm font-medium";

/** A speaker's profile (bio, photo, pronouns, company) and, per event they proposed to, when they can speak. */
export default async function SpeakerProfilePage({ searchParams }: { searchParams: Promise<{ uploaded?: string; error?: string }> }) {
  const actor = await getActor();
  if (!actor) redirect("/signin?callbackUrl=/me/speaker");
  const [profile, { talks }, t, te, q] = await Promise.all([getSpeakerProfile(actor), myTalks(actor), getTranslations("conference.speaker"), getTranslations("errors.codes"), searchParams]);
  const events = [...new Map(talks.filter((p) => p.status !== "WITHDRAWN").map((p) => [p.eventId, p.event])).values()].slice(0, 20);
  const availability = await Promise.all(events.map((e) => getAvailability(actor, e.id)));
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("help")}</p>
      </header>
      {q.uploaded && (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {t("uploaded")}
        </p>
      )}
      {q.error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {t("uploadError", { message: te.has(q.error) ? te(q.error) : te("INTERNAL") })}
        </p>
      )}
      <ActionForm action={saveSpeakerProfileAction} label={t("title")} success="speaker.saved" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <label className={labelClass}>
          {t("bio")}
          <textarea name="bio" rows={4} maxLength={5000} defaultValue={profile.bio} className={inputClass} />
        </label>
        <label className={labelClass}>
          {t("photoUrl")}
          <input name="photoUrl" type="url" maxLength={2000} defaultValue={profile.link ?? ""} className={inputClass} />
          <span className="text-xs font-normal text-slate-500">{t("photoUrlHelp")}</span>
        </label>
        <label className={labelClass}>
          {t("pronouns")}
          <input name="pronouns" maxLength={40} defaultValue={profile.pronouns} className={inputClass} />
        </label>
        <label className={labelClass}>
          {t("company")}
          <input name="company" maxLength={100} defaultValue={profile.company} className={inputClass} />
        </label>
        <button type="submit" className={buttonClass()}>
          {t("save")}
        </button>
      </ActionForm>
      <form method="post" action="/me/speaker/photo" encType="multipart/form-data" aria-label={t("photo")} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        {profile.photoUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- the speaker's own photo, an upload or any link
          <img src={profile.photoUrl} alt={t("currentPhoto")} width={96} height={96} className="mb-3 h-24 w-24 rounded-full object-cover" referrerPolicy="no-referrer" />
        )}
        <label className={labelClass}>
          {t("photo")}
          <input type="file" name="file" accept="image/png,image/jpeg,image/webp" required className="mt-1 block text-sm" />
          <span className="text-xs font-normal text-slate-500">{t("photoHelp")}</span>
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          {t("upload")}
        </button>
      </form>
      <section aria-labelledby="availability" className="space-y-4">
        <h2 id="availability" className="text-lg font-semibold">
          {t("availability")}
        </h2>
        {availability.length === 0 && <p className="text-sm">{t("noEvents")}</p>}
        {availability.map((a) => (
          <ActionForm key={a.event.id} action={saveAvailabilityAction} label={`${t("availability")}: ${a.event.title}`} success="speaker.availabilitySaved" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
            <input type="hidden" name="eventId" value={a.event.id} />
            <label className={labelClass}>
              {a.event.title}
              <textarea
                name="ranges"
                rows={3}
                maxLength={2000}
                defaultValue={a.ranges.map((r) => `${toDateTimeLocal(r.startsAt, a.event.timezone).replace("T", " ")}-${toDateTimeLocal(r.endsAt, a.event.timezone).slice(11)}`).join("\n")}
                className={`${inputClass} font-mono`}
              />
              <span className="text-xs font-normal text-slate-500">{t("availabilityHelp", { timezone: a.event.timezone, days: a.days.join(", ") })}</span>
            </label>
            <button type="submit" className={buttonClass("secondary")}>
              {t("saveAvailability")}
            </button>
          </ActionForm>
        ))}
      </section>
    </div>
  );
}
