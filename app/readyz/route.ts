import { databaseReady } from "@/lib/health/service";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await databaseReady();
  return Response.json({ status: ok ? "ok" : "unavailable", database: ok ? "ok" : "unreachable" }, { status: ok ? 200 : 503 });
}
