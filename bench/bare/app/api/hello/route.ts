// A dynamic JSON route handler: the framework's ceiling for an API request.
export const dynamic = "force-dynamic";

export async function GET() {
  return Response.json({ ok: true, at: new Date().toISOString() });
}

export async function POST(req: Request) {
  const body = (await req.json().catch(() => null)) as unknown;
  return Response.json({ ok: true, received: body !== null }, { status: 201 });
}
