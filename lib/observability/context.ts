// The request id of the request being served, carried through async calls so that every log
// line written while serving it names it. One store per process on globalThis: the custom server
// and Next's bundles load this module separately and must still share it.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export type RequestContext = { requestId: string };

const g = globalThis as unknown as { hakoRequestContext?: AsyncLocalStorage<RequestContext> };
const store = (g.hakoRequestContext ??= new AsyncLocalStorage<RequestContext>());

export const REQUEST_ID_HEADER = "x-request-id";

/** A caller's id is kept when it is a plain token (a proxy's or a client's); otherwise a new one. */
export function requestIdFrom(header: string | string[] | null | undefined): string {
  const v = Array.isArray(header) ? header[0] : header;
  return v && /^[A-Za-z0-9._:-]{1,128}$/.test(v) ? v : randomUUID();
}

export function withRequestContext<T>(ctx: RequestContext, run: () => T): T {
  return store.run(ctx, run);
}

export function currentRequestId(): string | undefined {
  return store.getStore()?.requestId;
}
