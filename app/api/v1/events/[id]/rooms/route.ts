import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { roomInput } from "@/lib/schedule/schema";
import { addRoom } from "@/lib/schedule/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Adds a room (track): a column of the timetable. */
export const POST = apiRoute<Ctx>("schedule.rooms.create", async (req, ctx) => {
  const id = await idParam(ctx);
  const input = parseInput(roomInput, await readJsonObject(req));
  const room = await addRoom(await getActor(), id, input);
  return json({ id: room.id, name: room.name, order: room.sortOrder, capacity: room.capacity }, 201);
});
