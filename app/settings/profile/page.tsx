import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ProfileForm } from "@/components/settings/profile-form";
import { getActor } from "@/lib/auth";
import { getProfile } from "@/lib/users/service";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("profileTitle") };
}

export default async function ProfilePage() {
  const actor = await getActor();
  if (!actor) redirect("/signin?callbackUrl=/settings/profile");
  const me = await getProfile(actor.userId);
  const t = await getTranslations("settings");
  const tn = await getTranslations("nav");
  return (
    <div>
      <nav className="mb-4 flex gap-4 text-sm" aria-label={tn("account")}>
        <span className="font-semibold">{tn("profile")}</span>
        <Link href="/settings/tokens" className="text-sky-800 hover:underline">
          {tn("tokens")}
        </Link>
        <Link href={`/users/${me.handle}`} className="text-sky-800 hover:underline">
          /users/{me.handle}
        </Link>
        <Link href="/settings/mail" className="text-sky-800 hover:underline">
          {(await getTranslations("community.settings"))("title")}
        </Link>
      </nav>
      <h1 className="mb-1 text-2xl font-bold">{t("profileTitle")}</h1>
      <p className="mb-6 text-sm text-slate-600">
        {t("email")}: {me.email}
      </p>
      <ProfileForm profile={{ name: me.name ?? "", handle: me.handle ?? "", image: me.image ?? "", bio: me.bio ?? "", githubUrl: me.githubUrl ?? "", xUrl: me.xUrl ?? "" }} />
    </div>
  );
}
