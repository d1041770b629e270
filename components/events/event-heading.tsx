import Link from "next/link";

/** The heading of a page under an event (manage, call for proposals, timetable, …): a link back to the event, then the page's title. */
export function EventHeading({ event, title }: { event: { id: string; title: string }; title: string }) {
  return (
    <>
      <p className="text-sm">
        <Link href={`/events/${event.id}`} className="text-sky-800 hover:underline dark:text-sky-300">
          {event.title}
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-bold">{title}</h1>
    </>
  );
}
