// Shared set-up for the security specs: a confirmed talk over the JSON API, with each person's
// browser session (the same steps the materials spec takes).
import { expect, type APIResponse, type Page } from "@playwright/test";
import { uniqueSuffix } from "../fixtures";

export async function ok<T>(res: APIResponse, status: number): Promise<T> {
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as T;
}

export async function confirmedTalk(organizer: Page, speaker: Page, eventId: string, proposal: { title: string; abstract?: string; notes?: string }) {
  await ok(
    await organizer.request.post(`/api/v1/events/${eventId}/frames`, { data: { name: `一般枠 ${uniqueSuffix()}`, capacity: 50, method: "first_come", opensAt: "2020-01-01T00:00", closesAt: "2031-06-01T23:59" } }),
    201,
  );
  await ok(await organizer.request.put(`/api/v1/events/${eventId}/cfp`, { data: { opensAt: "2020-01-01T00:00", closesAt: "2031-06-01T23:59", formats: "Talk 20" } }), 200);
  const created = await ok<{ id: string }>(
    await speaker.request.post(`/api/v1/events/${eventId}/proposals`, { data: { abstract: "コンテナの運用について。", formatId: "talk", level: "intermediate", language: "ja", ...proposal } }),
    201,
  );
  await ok(await organizer.request.patch(`/api/v1/proposals/${created.id}`, { data: { status: "accepted" } }), 200);
  await ok(await speaker.request.patch(`/api/v1/proposals/${created.id}`, { data: { status: "confirmed" } }), 200);
  return created.id;
}

/** A small but well-formed one-page PDF. */
export function onePagePdf(name: string) {
  const body = ["%PDF-1.4", "1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj", "2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj", "3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 320 180]>> endobj", "trailer <</Root 1 0 R>>", "%%EOF", ""].join("\n");
  return { name, mimeType: "application/pdf", buffer: Buffer.from(body) };
}
