import type { MetadataRoute } from "next";
import { publicBaseUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

/** Public pages may be crawled; the API, personal pages and the development tools may not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/me", "/settings", "/signin", "/dev/"] },
    host: publicBaseUrl(),
  };
}
