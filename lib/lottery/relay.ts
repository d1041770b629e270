// Fetching a beacon round from drand's HTTP API (`GET {relay}/{chain hash}/public/{round}`).
// Relays are tried in order, each with a timeout; the first round that verifies against the
// chain's public key wins. A relay is never trusted: what it says is checked (beacon.ts), and a
// relay that answers garbage, a bad signature or nothing in time is passed over and reported.
import { type BeaconRound, type ChainInfo, parseRound, verifyBeacon } from "./beacon";

export type RelayFailure = { relay: string; problem: "timeout" | "unreachable" | "notYet" | "http" | "garbage" | "invalid"; detail?: string };
export type RelayResult = { ok: true; round: BeaconRound; relay: string } | { ok: false; failures: RelayFailure[] };

/** A round is a few hundred bytes; anything much larger is not one. */
const MAX_BODY = 8 * 1024;

async function fromRelay(relay: string, chain: ChainInfo, round: number, timeoutMs: number): Promise<RelayResult> {
  const host = safeHost(relay);
  let res: Response;
  try {
    res = await fetch(`${relay}/${chain.hash}/public/${round}`, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(timeoutMs), redirect: "error" });
  } catch (e) {
    const timeout = e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError");
    return { ok: false, failures: [{ relay: host, problem: timeout ? "timeout" : "unreachable" }] };
  }
  // drand answers 404 (or 425) for a round it has not produced yet.
  if (res.status === 404 || res.status === 425) return { ok: false, failures: [{ relay: host, problem: "notYet" }] };
  if (!res.ok) return { ok: false, failures: [{ relay: host, problem: "http", detail: String(res.status) }] };
  let body: unknown;
  try {
    const text = await readCapped(res);
    body = JSON.parse(text);
  } catch {
    return { ok: false, failures: [{ relay: host, problem: "garbage" }] };
  }
  const parsed = parseRound(body);
  if (!parsed) return { ok: false, failures: [{ relay: host, problem: "garbage" }] };
  const check = verifyBeacon(chain, parsed, round);
  if (!check.ok) return { ok: false, failures: [{ relay: host, problem: "invalid", detail: check.reason }] };
  return { ok: true, round: parsed, relay: host };
}

async function readCapped(res: Response): Promise<string> {
  const declared = Number(res.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY) throw new Error("too large");
  const text = await res.text();
  if (text.length > MAX_BODY) throw new Error("too large");
  return text;
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "relay";
  }
}

/** Round `round` of `chain`, from the first relay that gives one that verifies. */
export async function fetchRound(chain: ChainInfo, relays: readonly string[], round: number, timeoutMs: number): Promise<RelayResult> {
  const failures: RelayFailure[] = [];
  for (const relay of relays) {
    const r = await fromRelay(relay, chain, round, timeoutMs);
    if (r.ok) return r;
    failures.push(...r.failures);
  }
  return { ok: false, failures };
}

/** Why nothing usable came back, as one code the draw page explains. */
export function waitReason(failures: readonly RelayFailure[]): "BEACON_INVALID" | "BEACON_NOT_YET" | "BEACON_UNREACHABLE" {
  if (failures.some((f) => f.problem === "invalid" || f.problem === "garbage")) return "BEACON_INVALID";
  if (failures.length > 0 && failures.every((f) => f.problem === "notYet")) return "BEACON_NOT_YET";
  return "BEACON_UNREACHABLE";
}

export function describeFailures(failures: readonly RelayFailure[]): string {
  return failures.map((f) => `${f.relay}: ${f.problem}${f.detail ? ` (${f.detail})` : ""}`).join("; ");
}
