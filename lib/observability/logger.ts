// The process's logger: JSON lines (pino) for log collectors, readable lines when stdout is a
// terminal. Every line written while a request is served carries its request id.
// HAKO_LOG_LEVEL (default info) and HAKO_LOG_FORMAT (json | pretty; default by terminal).
import pino, { type Logger } from "pino";
import { currentRequestId } from "./context";

function createLogger(): Logger {
  const level = process.env.HAKO_LOG_LEVEL || (process.env.NODE_ENV === "test" ? "warn" : "info");
  const format = process.env.HAKO_LOG_FORMAT || (process.stdout.isTTY ? "pretty" : "json");
  const options: pino.LoggerOptions = {
    level,
    base: { service: "hako" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  };
  if (format === "pretty") {
    // A synchronous stream, not a transport: no worker thread, so it works inside Next's bundles.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pretty = require("pino-pretty") as typeof import("pino-pretty");
    return pino(options, pretty({ colorize: true, sync: true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname,service" }));
  }
  return pino(options);
}

const g = globalThis as unknown as { hakoLogger?: Logger };

export function logger(): Logger {
  g.hakoLogger ??= createLogger();
  return g.hakoLogger;
}

/** A logger for one part of the app (`component` in every line). */
export function log(component: string): Logger {
  return logger().child({ component });
}

/** Errors as fields pino serializes with their stack. */
export function errorFields(e: unknown): { err: unknown } {
  return { err: e instanceof Error ? e : new Error(String(e)) };
}
