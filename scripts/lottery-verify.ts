// npm run lottery:verify -- <draw page URL | API URL | JSON file> [--log <JSON file>]
//                           [--chain-public-key HEX --chain-genesis SECONDS --chain-period SECONDS]
//
// Checks a published Hako draw from its public record and its frame log alone: SHA-256(seed) =
// the commitment published before the draw, a v2 draw's drand round (BLS signature against the
// chain's public key), the frozen list's digest, the order, the log's hash chain, that the draw
// follows from what the log recorded, and that every later promotion followed the waitlist.
// v2 rounds are checked against drand's quicknet unless another chain is named (by the flags or
// by HAKO_BEACON_PUBLIC_KEY / HAKO_BEACON_GENESIS / HAKO_BEACON_PERIOD): the server's own word
// about which chain it used is never taken.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { type ChainInfo, DRAND_QUICKNET } from "../lib/lottery/beacon";
import type { LogEntry } from "../lib/lottery/frame-log";
import { type VerifiableDraw, verifyLottery } from "../lib/lottery/verify";

type Loaded = { draw: VerifiableDraw & { status?: string; closedAt?: string | null }; log: LogEntry[] | null };

function apiBase(input: string): string {
  const u = new URL(input);
  // A draw page /frames/{id}/draw maps to its JSON at /api/v1/frames/{id}/draw.
  const m = u.pathname.match(/^\/(?:api\/v1\/)?frames\/([^/]+)\/draw\/?$/);
  if (!m) throw new Error(`not a draw URL: ${input}`);
  return `${u.origin}/api/v1/frames/${m[1]}`;
}

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`);
  return res.json();
}

async function load(input: string, logFile: string | undefined): Promise<Loaded> {
  if (/^https?:\/\//.test(input)) {
    const base = apiBase(input);
    const draw = (await getJson(`${base}/draw`)) as Loaded["draw"];
    const log = (await getJson(`${base}/log`)) as { entries: LogEntry[] };
    return { draw, log: log.entries };
  }
  const file = JSON.parse(readFileSync(input, "utf8")) as Loaded["draw"] & { log?: LogEntry[] | { entries: LogEntry[] } };
  const raw = logFile ? (JSON.parse(readFileSync(logFile, "utf8")) as LogEntry[] | { entries: LogEntry[] }) : file.log;
  return { draw: file, log: raw ? (Array.isArray(raw) ? raw : raw.entries) : null };
}

function chainFrom(flags: Record<string, string | undefined>): ChainInfo {
  const key = flags["chain-public-key"] ?? process.env.HAKO_BEACON_PUBLIC_KEY;
  const genesis = flags["chain-genesis"] ?? process.env.HAKO_BEACON_GENESIS;
  const period = flags["chain-period"] ?? process.env.HAKO_BEACON_PERIOD;
  return {
    hash: process.env.HAKO_BEACON_CHAIN_HASH ?? DRAND_QUICKNET.hash,
    publicKey: key ?? DRAND_QUICKNET.publicKey,
    genesis: genesis ? Number(genesis) : DRAND_QUICKNET.genesis,
    period: period ? Number(period) : DRAND_QUICKNET.period,
  };
}

/** Runs the verification and returns what to print and the exit code (0 match, 1 mismatch, 2 usage). */
export async function lotteryVerify(argv: string[]): Promise<{ code: number; lines: string[] }> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { log: { type: "string" }, "chain-public-key": { type: "string" }, "chain-genesis": { type: "string" }, "chain-period": { type: "string" } },
  });
  const input = positionals[0];
  if (!input) return { code: 2, lines: ["Usage: npm run lottery:verify -- <draw page URL, API URL or JSON file> [--log <file>]"] };
  const { draw, log } = await load(input, values.log);
  const chain = chainFrom(values);
  const lines: string[] = [];
  lines.push(`algorithm        ${draw.algorithm}`);
  lines.push(`commitment       ${draw.commitment}`);
  if (draw.beacon) lines.push(`beacon           drand round ${draw.beacon.round}${chain.publicKey === DRAND_QUICKNET.publicKey ? " (quicknet)" : ` (chain key ${chain.publicKey.slice(0, 16)}…)`}`);
  const result = await verifyLottery(draw, log, { chain });
  if (!result.drawn) {
    lines.push(`Not drawn yet (${draw.status ?? "open"}). Keep the commitment: after the draw, SHA-256 of the revealed seed must equal it.`);
    for (const c of result.checks) lines.push(`${c.ok ? "✓" : "✗"} ${c.name}${c.detail ? ` (${c.detail})` : ""}`);
    return { code: 1, lines };
  }
  lines.push(`seed             ${draw.seed}`);
  lines.push(`applicants       ${draw.order.length} (capacity ${draw.capacity}, nominated ${draw.nominated.length})`);
  if (log === null) lines.push("log              not given: only the draw record is checked");
  for (const c of result.checks) lines.push(`${c.ok ? "✓" : "✗"} ${c.name}${c.detail ? ` (${c.detail})` : ""}`);
  lines.push(result.ok ? "MATCH: the published order is the one the committed seed (and the beacon) give, and the log agrees." : "MISMATCH: this draw does not verify.");
  return { code: result.ok ? 0 : 1, lines };
}

// Run as a command (not when a test imports it).
if (/lottery-verify\.ts$/.test(process.argv[1] ?? "")) {
  lotteryVerify(process.argv.slice(2)).then(
    ({ code, lines }) => {
      for (const l of lines) (code === 2 ? console.error : console.log)(l);
      process.exit(code);
    },
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(2);
    },
  );
}
