import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { MailPreferencesForm } from "@/components/participants/mail-preferences-form";
import { getActor } from "@/lib/auth";
import { mailPreferences } from "@/lib/notifications/service";

export async function generateMetadata() {
  return { title: (await getTranslations("community.settings"))("title") };
}

export default async function MailSettingsPage() {
  const actor = await getActor();
  if (!actor) redirect("/signin?callbackUrl=/settings/mail");
  const [prefs, t, tn] = await Promise.all([mailPreferences(actor), getTranslations("community.settings"), getTranslations("nav")]);
  return (
    <div>
      <nav className="mb-4 flex gap-4 text-sm" aria-label={tn("account")}>
        <Link href="/settings/profile" className="text-sky-800 hover:underline">
          {tn("profile")}
        </Link>
        <Link href="/settings/tokens" className="text-sky-800 hover:underline">
          {tn("tokens")}
        </Link>
        <span className="font-semibold">{t("title")}</span>
      </nav>
      <h1 className="mb-6 text-2xl font-bold">{t("title")}</h1>
      <MailPreferencesForm bulkMailOptOut={prefs.bulkMailOptOut} groups={prefs.groups} />
    </div>
  );
}
