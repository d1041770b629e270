import type { PublicParticipant } from "@/lib/participants/service";

/** A person's picture, or their initial; an anonymous person is a blank silhouette. */
export function Avatar({ person, size = 32 }: { person: Pick<PublicParticipant, "anonymous" | "name" | "image">; size?: number }) {
  const style = { width: size, height: size };
  if (person.image && !person.anonymous) {
    // eslint-disable-next-line @next/next/no-img-element -- avatars live on other hosts
    return <img src={person.image} alt="" width={size} height={size} style={style} className="shrink-0 rounded-full border border-slate-200 object-cover dark:border-slate-700" />;
  }
  const initial = person.anonymous ? "" : (person.name ?? "?").trim().charAt(0).toUpperCase();
  return (
    <span aria-hidden="true" style={style} className="flex shrink-0 items-center justify-center rounded-full bg-slate-200 text-sm font-semibold text-slate-700 dark:bg-slate-700 dark:text-slate-200">
      {person.anonymous ? (
        <svg viewBox="0 0 24 24" width={size * 0.6} height={size * 0.6} fill="currentColor" aria-hidden="true" focusable="false">
          <circle cx="12" cy="8" r="4" />
          <path d="M4 20c0-4 4-6 8-6s8 2 8 6z" />
        </svg>
      ) : (
        initial
      )}
    </span>
  );
}
