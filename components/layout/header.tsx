import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { getActor } from "@/lib/auth";
import { getProfile } from "@/lib/users/service";
import { LocaleSwitcher } from "./locale-switcher";
import { SignOutButton } from "./sign-out-button";

export async function Header() {
  const t = await getTranslations("nav");
  const tm = await getTranslations("myEvents");
  const tt = await getTranslations("talks");
  const tc = await getTranslations("conference");
  const actor = await getActor();
  const me = actor ? await getProfile(actor.userId) : null;
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold text-slate-900 dark:text-white">
          <span aria-hidden className="inline-block h-6 w-6 rounded bg-sky-700 text-center text-sm leading-6 text-white">箱</span>
          Hako
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <Link href="/events" className="hover:underline">{t("events")}</Link>
          <Link href="/groups" className="hover:underline">{t("groups")}</Link>
          {me && <Link href="/me/events" className="hover:underline">{tm("nav")}</Link>}
          {me && <Link href="/me/talks" className="hover:underline">{tt("nav")}</Link>}
          {me && <Link href="/me/schedule" className="hover:underline">{tc("mySchedule.title")}</Link>}
          {me && <Link href="/events/new" className="hover:underline">{t("newEvent")}</Link>}
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-3">
          <LocaleSwitcher />
          {me ? (
            <>
              <Link href="/settings/profile" className="text-sm font-medium hover:underline" data-testid="current-user">
                {me.name ?? me.handle}
              </Link>
              <SignOutButton label={t("signOut")} />
            </>
          ) : (
            <Link href="/signin" className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-sky-800">
              {t("signIn")}
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
