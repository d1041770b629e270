import { apiRoute, json } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { publicBaseUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 document, generated from the zod schemas the routes validate with. */
export const GET = apiRoute("openapi.json", async () => json(openApiDocument(publicBaseUrl()), 200, { "cache-control": "public, max-age=300" }));
