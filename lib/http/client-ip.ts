// Who is asking, as far as the network can tell: the key of the per-address rate limits, and
// whether an X-Forwarded-Proto can be believed.
//
// Next.js does not hand the socket's address to route handlers. It fills X-Forwarded-For with it
// only when the request has none, so a client that sends its own header would choose its own
// address. peer.ts therefore stamps every incoming request with the real socket address
// (PEER_HEADER, overwriting whatever the client sent). X-Forwarded-For is read only when that
// peer is one of HAKO_TRUSTED_PROXIES, right to left, skipping the trusted proxies, as proxies
// append the address they saw.
import { BlockList, isIP } from "node:net";
import { securityEnv } from "./config";

export const PEER_HEADER = "x-hako-peer-address";

/** When no socket address is known (e.g. a handler called outside the server). */
export const UNKNOWN_CLIENT = "unknown";

let trusted: { list: string[]; blocks: BlockList } | undefined;

function trustedBlocks(): BlockList {
  const list = securityEnv().HAKO_TRUSTED_PROXIES;
  if (trusted && trusted.list === list) return trusted.blocks;
  const blocks = new BlockList();
  for (const entry of list) {
    const [address, bits] = entry.split("/") as [string, string | undefined];
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) blocks.addAddress(address, type);
    else blocks.addSubnet(address, Number(bits), type);
  }
  trusted = { list, blocks };
  return blocks;
}

/** `::ffff:1.2.3.4` (an IPv4 client on a dual-stack socket) as `1.2.3.4`. */
function normalize(address: string): string {
  const a = address.trim().replace(/^\[|\]$/g, "");
  return a.toLowerCase().startsWith("::ffff:") && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
}

export function isTrustedProxy(address: string | null | undefined): boolean {
  if (!address) return false;
  const a = normalize(address);
  const version = isIP(a);
  if (!version) return false;
  return trustedBlocks().check(a, version === 6 ? "ipv6" : "ipv4");
}

/** The client's address: the socket's, or the first untrusted hop its trusted proxies name. */
export function clientIp(headers: Pick<Headers, "get">): string {
  const peer = headers.get(PEER_HEADER);
  if (!peer) return UNKNOWN_CLIENT;
  if (!isTrustedProxy(peer)) return normalize(peer);
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => normalize(h))
    .filter((h) => isIP(h));
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!isTrustedProxy(hops[i])) return hops[i]!;
  }
  return hops[0] ?? normalize(peer);
}

/** Whether the request reached the proxy in front of us over https (only a trusted proxy says so). */
export function forwardedHttps(headers: Pick<Headers, "get">): boolean {
  if (!isTrustedProxy(headers.get(PEER_HEADER))) return false;
  return (headers.get("x-forwarded-proto") ?? "").split(",")[0]?.trim().toLowerCase() === "https";
}
