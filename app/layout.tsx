import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Header } from "@/components/layout/header";
import { HydratedMarker } from "@/components/layout/hydrated-marker";
import { devLoginEnabled, publicBaseUrl } from "@/lib/env";
import { BASE_NAMESPACES, pickMessages } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    metadataBase: new URL(publicBaseUrl()),
    title: { default: `Hako — ${t("tagline")}`, template: "%s | Hako" },
    description: t("tagline"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  const demo = devLoginEnabled();
  // Only what the layout's client components read; each route's layout adds its own set
  // (lib/i18n/client-messages.ts, components/layout/client-messages.tsx).
  const messages = pickMessages(await getMessages(), BASE_NAMESPACES);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={messages}>
          {demo && (
            // A landmark of its own, so nothing on the page sits outside one.
            <aside aria-label={t("demoLabel")} className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-900" data-testid="demo-banner">
              {t("demoBanner")}{" "}
              <Link href="/dev/mailbox" className="font-semibold underline">
                {t("devMailbox")}
              </Link>
            </aside>
          )}
          <Header />
          <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
            {children}
          </main>
          <footer className="border-t border-slate-200 py-6 text-center text-xs text-slate-500 dark:border-slate-800">{t("footer")}</footer>
        </NextIntlClientProvider>
        <HydratedMarker />
      </body>
    </html>
  );
}
