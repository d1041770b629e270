// npm run lottery:verify -- <draw page URL | API URL | JSON file>
// Recomputes a published Hako draw from its public record only and says whether it matches:
// SHA-256(seed) = the commitment published before the draw, the applicants digest, and the order.
import { readFileSync } from "node:fs";
import { verifyDraw, type PublishedDraw } from "../lib/lottery/algorithm";

function apiUrlFor(input: string): string {
  const u = new URL(input);
  // A draw page /frames/{id}/draw maps to its JSON at /api/v1/frames/{id}/draw.
  const m = u.pathname.match(/^\/(?:api\/v1\/)?frames\/([^/]+)\/draw\/?$/);
  if (!m) throw new Error(`not a draw URL: ${input}`);
  return `${u.origin}/api/v1/frames/${m[1]}/draw`;
}

async function load(input: string): Promise<PublishedDraw> {
  if (/^https?:\/\//.test(input)) {
    const url = apiUrlFor(input);
    const res = await fetch(url, { headers: { accept: "application/json" } });
    if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`);
    return (await res.json()) as PublishedDraw;
  }
  return JSON.parse(readFileSync(input, "utf8")) as PublishedDraw;
}

async function main() {
  const input = process.argv[2];
  if (!input) {
    console.error("Usage: npm run lottery:verify -- <draw page URL, API URL or JSON file>");
    process.exit(2);
  }
  const draw = await load(input);
  if (!draw.seed) {
    console.log(`Not drawn yet. Commitment: ${draw.commitment}`);
    console.log("Keep it: after the draw, SHA-256 of the revealed seed must equal it.");
    process.exit(1);
  }
  const result = await verifyDraw(draw);
  console.log(`algorithm        ${draw.algorithm}`);
  console.log(`commitment       ${draw.commitment}`);
  console.log(`seed             ${draw.seed}`);
  console.log(`applicants       ${draw.order.length} (capacity ${draw.capacity}, nominated ${draw.nominated.length})`);
  for (const c of result.checks) console.log(`${c.ok ? "✓" : "✗"} ${c.name}${c.detail ? ` (${c.detail})` : ""}`);
  console.log(result.ok ? "MATCH: the published order is the one the committed seed gives." : "MISMATCH: this draw does not verify.");
  process.exit(result.ok ? 0 : 1);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
