import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { messageInput } from "@/lib/messages/schema";
import { createMessage, eventForOrganizer, messageHistory, toMessageJson } from "@/lib/messages/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** The event's targeted messages, newest first (organizers). */
export const GET = apiRoute<Ctx>("messages.list", async (_req, ctx) => {
  const id = await idParam(ctx);
  return json({ items: (await messageHistory(await getActor(), id)).map(toMessageJson) });
});

/** Sends a targeted message now, or schedules it (`sendAt`). */
export const POST = apiRoute<Ctx>("messages.create", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await getActor();
  // Authorized before the body is read.
  await eventForOrganizer(actor, id);
  const input = parseInput(messageInput, await readJsonObject(req));
  return json(toMessageJson(await createMessage(actor, id, input)), 201);
});
