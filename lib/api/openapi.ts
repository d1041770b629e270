// The OpenAPI 3.1 document served at /api/v1/openapi.json, generated from the route registry:
// request bodies and query parameters are zod 4's JSON Schema of the very schemas the routes
// validate with (the input side: what a client may send), so the document cannot drift from what
// the code accepts. Response shapes come from lib/api/shapes.ts; names follow docs/api.md.
import { z } from "zod";
import { DEFAULT_BODY_LIMIT } from "./body";
import { type RouteEntry, routes } from "./registry";
import { components } from "./shapes";

type JsonSchema = Record<string, unknown>;

/** zod → JSON Schema (draft 2020-12, which OpenAPI 3.1 uses), as a client sends it. */
export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  return rest;
}

const ERROR_TEXT: Record<number, string> = {
  400: "Invalid input",
  401: "Not signed in",
  403: "Not allowed",
  404: "Unknown or not visible",
  409: "Conflicts with the current state",
  413: "Body too large (PAYLOAD_TOO_LARGE)",
  415: "Not a PDF",
  416: "Range not satisfiable",
  422: "Refused by a rule (closed, deadline passed, too early…)",
  429: "Rate limited (RATE_LIMITED, with Retry-After)",
  503: "Not ready",
};

const errorRef = { $ref: "#/components/schemas/Error" };

function queryParameters(r: RouteEntry) {
  if (!r.query) return [];
  const schema = inputJsonSchema(r.query) as { properties?: Record<string, JsonSchema>; required?: string[] };
  const apiName = Object.fromEntries(Object.entries(r.queryNames ?? {}).map(([api, field]) => [field, api]));
  return Object.entries(schema.properties ?? {}).map(([field, s]) => ({ name: apiName[field] ?? field, in: "query", required: schema.required?.includes(field) ?? false, schema: s }));
}

function requestBody(r: RouteEntry) {
  const content: Record<string, { schema: JsonSchema }> = {};
  if (r.body) content["application/json"] = { schema: inputJsonSchema(r.body) };
  if (r.multipart) {
    const fields = inputJsonSchema(r.multipart.fields) as { properties?: Record<string, JsonSchema> };
    content["multipart/form-data"] = {
      schema: { type: "object", required: ["file"], properties: { file: { type: "string", format: "binary", contentMediaType: "application/pdf", description: "PDF, up to UPLOAD_MAX_MB (50 MB by default)" }, ...(fields.properties ?? {}) } },
    };
  }
  return Object.keys(content).length ? { required: true, description: r.body ? `JSON up to ${(r.maxBodyBytes ?? DEFAULT_BODY_LIMIT) / 1024} KiB` : undefined, content } : undefined;
}

function operation(name: string, r: RouteEntry) {
  const params = [...(r.path.includes("{id}") ? [{ name: "id", in: "path", required: true, schema: { type: "string", maxLength: 64, pattern: "^[A-Za-z0-9_-]{1,64}$" } }] : []), ...queryParameters(r)];
  const body = requestBody(r);
  const ok = { description: r.response.description, ...(r.response.schema ? { content: { [r.response.contentType ?? "application/json"]: { schema: r.response.schema } } } : r.response.contentType ? { content: { [r.response.contentType]: {} } } : {}) };
  return {
    operationId: name,
    summary: r.summary,
    "x-hako-auth": r.auth,
    ...(r.auth === "public" ? { security: [{}] } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(body ? { requestBody: body } : {}),
    responses: {
      [String(r.response.status)]: ok,
      ...Object.fromEntries(r.errors.map((c) => [String(c), { description: ERROR_TEXT[c] ?? "Error", content: { "application/json": { schema: errorRef } } }])),
    },
  };
}

const API_PREFIX = "/api/v1";

export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, r] of Object.entries(routes) as [string, RouteEntry][]) {
    if (!r.path.startsWith(`${API_PREFIX}/`) || name === "openapi.json") continue;
    (paths[r.path.slice(API_PREFIX.length)] ??= {})[r.method.toLowerCase()] = operation(name, r);
  }
  return {
    openapi: "3.1.0",
    info: { title: "Hako API", version: "1", description: "Events, groups, registrations, lotteries, talks, timetables and materials. See docs/api.md." },
    servers: [{ url: `${serverUrl}${API_PREFIX}` }],
    security: [{ bearer: [] }, { session: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "A personal access token from Settings → Access tokens" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      schemas: components,
    },
    paths,
  };
}
