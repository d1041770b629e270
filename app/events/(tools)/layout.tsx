import { ClientMessages } from "@/components/layout/client-messages";

// The new-event form and its client components: every client namespace.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages route="events/(tools)">{children}</ClientMessages>;
}
