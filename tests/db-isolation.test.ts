// Work outside a transaction must not become part of another request's open transaction: on
// SQLite the app has one connection, so without care a rollback elsewhere would undo it.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

describe("transactions and concurrent work", () => {
  it("keeps a write made while another transaction is open, even when that one rolls back", async () => {
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    let finish!: () => void;
    const hold = new Promise<void>((resolve) => (finish = resolve));
    const failing = db()
      .$transaction(async (tx) => {
        await tx.outboxMail.create({ data: { to: "rolled-back@example.com", kind: "test", subject: "s", text: "t" } });
        entered();
        await hold;
        throw new Error("changed my mind");
      })
      .catch((e: unknown) => e);
    await inside;
    const write = db().outboxMail.create({ data: { to: "kept@example.com", kind: "test", subject: "s", text: "t" } });
    // The outside write either waits for the transaction or runs beside it; either way it stays.
    await Promise.race([write, new Promise((resolve) => setTimeout(resolve, 50))]);
    finish();
    expect(await failing).toBeInstanceOf(Error);
    await write;
    expect(await db().outboxMail.count({ where: { to: "kept@example.com" } })).toBe(1);
    expect(await db().outboxMail.count({ where: { to: "rolled-back@example.com" } })).toBe(0);
  });

  it("does not let a read outside a transaction see that transaction's uncommitted writes", async () => {
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    let finish!: () => void;
    const hold = new Promise<void>((resolve) => (finish = resolve));
    const failing = db()
      .$transaction(async (tx) => {
        await tx.outboxMail.create({ data: { to: "dirty@example.com", kind: "test", subject: "s", text: "t" } });
        entered();
        await hold;
        throw new Error("changed my mind");
      })
      .catch((e: unknown) => e);
    await inside;
    const read = db().outboxMail.count({ where: { to: "dirty@example.com" } });
    await Promise.race([read, new Promise((resolve) => setTimeout(resolve, 50))]);
    finish();
    await failing;
    expect(await read).toBe(0);
  });
});
