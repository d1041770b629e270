// Reading a request body with a byte cap: the declared Content-Length is checked first, then
// the bytes are counted as they stream in, so an oversized body is refused (413) before any of
// it is parsed and without holding more than the cap in memory.
import { AppError } from "../errors";

/** The default cap for a JSON or form body (an event description is at most 20,000 characters). */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

export const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", "Request body too large");

/** The request's body, at most `limit` bytes, or a PAYLOAD_TOO_LARGE error. */
export async function readBoundedBody(req: Request, limit: number): Promise<Uint8Array> {
  const declared = req.headers.get("content-length");
  if (declared !== null && declared.trim() !== "" && !(Number(declared) <= limit)) throw tooLarge();
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The same request with its body already read (within the cap), so handlers read it as usual. */
export async function withBoundedBody(req: Request, limit: number): Promise<Request> {
  const body = await readBoundedBody(req, limit);
  const headers = new Headers(req.headers);
  headers.set("content-length", String(body.byteLength));
  return new Request(req.url, { method: req.method, headers, body: body.byteLength ? (body as BodyInit) : undefined, signal: req.signal });
}
