import { ClientMessages } from "@/components/layout/client-messages";

// The event's other pages (its call, timetable, review, management, materials…) and their client
// components: every client namespace. The event page itself gets the small set of app/events.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages route="events/[id]/(tools)">{children}</ClientMessages>;
}
