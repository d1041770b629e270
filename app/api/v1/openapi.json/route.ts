import { json } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { publicBaseUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

export function GET() {
  return json(openApiDocument(publicBaseUrl()), 200, { "cache-control": "public, max-age=300" });
}
