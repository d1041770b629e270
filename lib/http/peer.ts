// Stamps each request that reaches this process's HTTP server with the socket's address, under a
// header no client can set (a client's own copy is overwritten). Installed once per server
// process from instrumentation.ts; client-ip.ts reads it.
import http from "node:http";
import { PEER_HEADER } from "./client-ip";

const INSTALLED = Symbol.for("hako.peerHeader");

export function installPeerHeader() {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? "";
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}
