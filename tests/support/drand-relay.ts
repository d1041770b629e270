// A local stand-in for drand's HTTP API (`GET /{chain hash}/info`, `GET /{chain hash}/public/{round}`),
// serving real signed rounds: fixed test vectors, or rounds signed on the fly with a test chain's
// key once their time has come. Modes make it misbehave the ways a relay can: a tampered round,
// garbage, or no answer at all.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { bls12_381 } from "@noble/curves/bls12-381.js";
import { type BeaconRound, type ChainInfo, randomnessOf, roundMessage, roundTime } from "@/lib/lottery/beacon";
import { flipHex } from "./drand-vectors";

export type RelayMode = "ok" | "tamper" | "garbage" | "hang";

export type RelayOptions = {
  chain: ChainInfo;
  /** Rounds served as they are (real published rounds). */
  rounds?: BeaconRound[];
  /** A test chain's secret key: any round whose time has come is signed with it. */
  secretKey?: Uint8Array;
  port?: number;
  host?: string;
};

export function signRound(secretKey: Uint8Array, round: number): BeaconRound {
  const bls = bls12_381.shortSignatures;
  const signature = bls.sign(bls.hash(roundMessage(round)), secretKey).toHex();
  return { round, signature, randomness: randomnessOf(signature) };
}

export function publicKeyOf(secretKey: Uint8Array): string {
  return bls12_381.shortSignatures.getPublicKey(secretKey).toHex();
}

export async function startRelay(opts: RelayOptions) {
  const fixed = new Map((opts.rounds ?? []).map((r) => [r.round, r]));
  const state = { mode: "ok" as RelayMode, requests: 0 };
  const hanging = new Set<import("node:http").ServerResponse>();
  const server: Server = createServer((req, res) => {
    state.requests++;
    const m = req.url?.match(/^\/([0-9a-f]{64})\/(info|public\/(\d+))$/);
    if (!m || m[1] !== opts.chain.hash) return void res.writeHead(404).end();
    if (state.mode === "hang") return void hanging.add(res);
    if (state.mode === "garbage") return void res.writeHead(200, { "content-type": "text/html" }).end("<html>relay error</html>");
    if (m[2] === "info") {
      const info = { public_key: opts.chain.publicKey, period: opts.chain.period, genesis_time: opts.chain.genesis, hash: opts.chain.hash, schemeID: "bls-unchained-g1-rfc9380", metadata: { beaconID: "test" } };
      return void res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(info));
    }
    const round = Number(m[3]);
    let beacon = fixed.get(round);
    if (!beacon && opts.secretKey && roundTime(opts.chain, round) <= Date.now()) beacon = signRound(opts.secretKey, round);
    if (!beacon) return void res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: "round not found" }));
    const body = state.mode === "tamper" ? { ...beacon, signature: flipHex(beacon.signature, 20) } : beacon;
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    setMode: (mode: RelayMode) => void (state.mode = mode),
    close: async () => {
      for (const res of hanging) res.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A URL where nothing listens: a port bound, then let go. */
export async function deadRelayUrl(): Promise<string> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
