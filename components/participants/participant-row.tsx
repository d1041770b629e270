import Link from "next/link";
import type { PublicParticipant } from "@/lib/participants/service";
import { Avatar } from "./avatar";

export function ParticipantRow({ person, anonymousLabel }: { person: PublicParticipant; anonymousLabel: string }) {
  return (
    <li className="flex min-w-0 items-center gap-2" data-testid="participant">
      <Avatar person={person} />
      {person.anonymous ? (
        <span className="text-sm text-slate-600 dark:text-slate-400">{anonymousLabel}</span>
      ) : (
        <span className="min-w-0 text-sm">
          {person.handle ? (
            <Link href={`/users/${person.handle}`} className="font-medium hover:underline">
              {person.name}
            </Link>
          ) : (
            <span className="font-medium">{person.name}</span>
          )}
          {person.handle && <span className="ml-1 text-xs text-slate-500">@{person.handle}</span>}
        </span>
      )}
    </li>
  );
}
