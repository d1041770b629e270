import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { inputJsonSchema, openApiDocument } from "./openapi";
import { actions, routes } from "./registry";

const doc = openApiDocument("http://localhost:3000");

/** Paths below any string or array a client may send that has no upper bound. */
function unbounded(schema: unknown, path = "$"): string[] {
  if (!schema || typeof schema !== "object") return [];
  if (Array.isArray(schema)) return schema.flatMap((s, i) => unbounded(s, `${path}[${i}]`));
  const s = schema as Record<string, unknown>;
  const types = Array.isArray(s.type) ? s.type : [s.type];
  const out: string[] = [];
  if (types.includes("string") && s.maxLength === undefined && s.enum === undefined && s.const === undefined && s.format !== "binary") out.push(`${path}: string without maxLength`);
  if (types.includes("array") && s.maxItems === undefined) out.push(`${path}: array without maxItems`);
  for (const [k, v] of Object.entries(s)) out.push(...unbounded(v, `${path}.${k}`));
  return out;
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const res = await new Validator().validate(structuredClone(doc));
    expect(res.errors ?? []).toEqual([]);
    expect(res.valid).toBe(true);
  });

  it("keeps the agreed paths and methods of docs/api.md", () => {
    const fixed = {
      "/events": ["get", "post"],
      "/events/{id}": ["get", "patch"],
      "/groups": ["post"],
      "/events/{id}/frames": ["post"],
      "/frames/{id}": ["patch"],
      "/events/{id}/registrations": ["post", "get"],
      "/registrations/{id}": ["delete"],
      "/me/registrations": ["get"],
      "/frames/{id}/draw": ["get", "post"],
      "/frames/{id}/log": ["get"],
      "/events/{id}/talks": ["get"],
      "/events/{id}/proposals": ["post"],
      "/proposals/{id}": ["patch"],
      "/events/{id}/schedule": ["get"],
      "/events/{id}/schedule.ics": ["get"],
      "/events/{id}/schedule.xml": ["get"],
      "/events/{id}/materials": ["get", "post"],
      "/talks/{id}/materials": ["post"],
    };
    for (const [path, methods] of Object.entries(fixed)) expect(Object.keys(doc.paths[path] ?? {}), path).toEqual(expect.arrayContaining(methods));
    const listQuery = doc.paths["/events"]!.get as { parameters: { name: string }[] };
    expect(listQuery.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(["keyword", "tag", "group", "from", "to", "page", "per_page"]));
  });

  it("describes request bodies with the zod schemas the routes validate with", () => {
    const post = doc.paths["/events/{id}/frames"]!.post as { requestBody: { content: Record<string, { schema: unknown }> } };
    expect(post.requestBody.content["application/json"]!.schema).toEqual(inputJsonSchema(routes["frames.create"].body!));
    const cfp = doc.paths["/events/{id}/cfp"]!.put as { requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> } };
    expect(cfp.requestBody.content["application/json"]!.schema.properties.formats).toMatchObject({ anyOf: [{ type: "array", maxItems: 50 }, { type: "string", maxLength: 2000 }] });
  });

  it("bounds every string and list a client can send, in the API and in the server actions", () => {
    const problems: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops as Record<string, { requestBody?: unknown; parameters?: unknown }>)) {
        problems.push(...unbounded(op.requestBody, `${method} ${path} body`), ...unbounded(op.parameters, `${method} ${path} parameters`));
      }
    }
    for (const [name, a] of Object.entries(actions) as [string, { input?: z.ZodType }][]) if (a.input) problems.push(...unbounded(inputJsonSchema(a.input), name));
    expect(problems).toEqual([]);
  });

  it("finds an unbounded string or list when there is one", () => {
    expect(unbounded(inputJsonSchema(z.object({ a: z.string(), b: z.array(z.string().max(3)) })))).toEqual(["$.properties.a: string without maxLength", "$.properties.b: array without maxItems"]);
  });
});
