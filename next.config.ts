import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Server actions take form fields only (uploads go to route handlers); lib/api/action.ts caps
  // each call further (128 KB of fields, 20,000 characters a field).
  experimental: { serverActions: { bodySizeLimit: "256kb" } },
  // A self-contained server folder (.next/standalone) for the container image (Dockerfile).
  output: "standalone",
  // Native and server-only packages stay outside the bundle; the logger and the metrics registry
  // too, so that the custom server (server.ts) and the app share them.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "nodemailer", "pino", "pino-pretty", "prom-client"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
          // The camera is for the door check-in's QR scanner; nothing else is used.
          { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
