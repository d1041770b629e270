import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages, routeNamespaces } from "@/lib/i18n/client-messages";

/** The messages a route's client components read, and only those (lib/i18n/client-messages.ts). */
export async function ClientMessages({ route, children }: { route: string; children: React.ReactNode }) {
  return <NextIntlClientProvider messages={pickMessages(await getMessages(), routeNamespaces(route))}>{children}</NextIntlClientProvider>;
}
