import { useTranslations } from "next-intl";
import Link from "next/link";

type Speaker = { name: string | null; handle: string | null; image: string | null; bio: string | null; githubUrl: string | null; xUrl: string | null };

const linkClass = "text-sky-800 underline dark:text-sky-300";

/** A speaker on a talk page: avatar, name, handle, bio and their links. */
export function SpeakerCard({ user }: { user: Speaker }) {
  const t = useTranslations("talks.talk");
  const avatar = user.image && /^https?:\/\//.test(user.image) ? user.image : null;
  return (
    <li className="flex gap-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid="talk-speaker">
      {avatar ? (
        // eslint-disable-next-line @next/next/no-img-element -- avatars live on other hosts
        <img src={avatar} alt="" width={56} height={56} className="h-14 w-14 shrink-0 rounded-full border border-slate-200 object-cover" />
      ) : (
        <span aria-hidden className="flex h-14 w-14 shrink-0 items-center justify-center rounded-full bg-sky-100 text-lg font-bold text-sky-800 dark:bg-sky-950 dark:text-sky-200">
          {(user.name ?? user.handle ?? "?").slice(0, 1).toUpperCase()}
        </span>
      )}
      <div className="min-w-0">
        <p className="font-semibold">{user.name ?? user.handle}</p>
        {user.handle && (
          <Link href={`/users/${user.handle}`} className="text-sm text-slate-600 hover:underline dark:text-slate-400">
            @{user.handle}
          </Link>
        )}
        {user.bio && <p className="mt-1 whitespace-pre-line break-words text-sm">{user.bio}</p>}
        {(user.githubUrl || user.xUrl) && (
          <p className="mt-1 flex gap-3 text-sm">
            {user.githubUrl && (
              <a href={user.githubUrl} rel="noopener noreferrer nofollow" className={linkClass}>
                {t("github")}
              </a>
            )}
            {user.xUrl && (
              <a href={user.xUrl} rel="noopener noreferrer nofollow" className={linkClass}>
                {t("x")}
              </a>
            )}
          </p>
        )}
      </div>
    </li>
  );
}
