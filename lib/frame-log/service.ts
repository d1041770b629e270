// Appending to and reading a lottery frame's public log (lib/lottery/frame-log.ts has the rules).
//
// Every entry is written in the transaction of the change it records, so a change and its entry
// commit or roll back together. Appends to one frame are serialized by the frame's lock (the
// lockVersion bump every seat change already takes, taken again here so no caller can forget),
// and (frameId, seq) is the primary key, so two appends can never fork the chain.
import { db, type Tx } from "../db";
import { notFound } from "../errors";
import { canonicalJson, chainEntry, type LogActor, type LogData, type LogEntry, type LogKind } from "../lottery/frame-log";

/** Appends one entry to a lottery frame's log, inside the caller's transaction. */
export async function appendFrameLog(tx: Tx, frameId: string, kind: LogKind, actor: LogActor, data: LogData, at: Date = new Date()): Promise<LogEntry> {
  const locked = await tx.frame.updateMany({ where: { id: frameId }, data: { lockVersion: { increment: 1 } } });
  if (locked.count !== 1) throw notFound();
  const last = await tx.frameLogEntry.findFirst({ where: { frameId }, orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  const entry = chainEntry(last, { at: at.toISOString(), kind, actor, data: JSON.parse(canonicalJson(data)) as LogData });
  await tx.frameLogEntry.create({
    data: { frameId, seq: entry.seq, at: entry.at, kind, actor, data: canonicalJson(entry.data), prevHash: entry.prevHash, hash: entry.hash },
  });
  return entry;
}

/** A lottery frame's whole log, as stored (the verifier recomputes every hash from it). */
export async function frameLog(frameId: string): Promise<LogEntry[]> {
  const rows = await db().frameLogEntry.findMany({ where: { frameId }, orderBy: { seq: "asc" } });
  return rows.map((r) => ({ seq: r.seq, at: r.at, kind: r.kind as LogKind, actor: r.actor as LogActor, data: JSON.parse(r.data) as LogData, prevHash: r.prevHash, hash: r.hash }));
}

/** The public log of a lottery frame of a published (or cancelled) event. */
export async function publicFrameLog(frameId: string) {
  const frame = await db().frame.findUnique({ where: { id: frameId }, select: { id: true, method: true, event: { select: { status: true } } } });
  if (!frame || frame.method !== "LOTTERY" || frame.event.status === "DRAFT") throw notFound();
  return { frameId: frame.id, entries: await frameLog(frameId) };
}
