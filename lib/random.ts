// Random bytes for ids and codes, drawn from a pool. Each call of crypto.randomBytes asks the
// system's generator (OpenSSL) on its own, which costs more than the small ids it makes: three or
// four per application were a few percent of the server's CPU in a signup rush. The pool is
// refilled from crypto.randomBytes and no byte is handed out twice (Node's randomUUID works the
// same way).
import { randomBytes } from "node:crypto";

const POOL_SIZE = 4096;
/** Larger requests go straight to crypto.randomBytes. */
const POOLED_UP_TO = 64;
let pool = Buffer.alloc(0);
let used = 0;

/** `n` fresh random bytes (a copy: the caller may keep or change it). */
export function freshRandomBytes(n: number): Buffer {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`freshRandomBytes: ${n} is not a byte count`);
  if (n > POOLED_UP_TO) return randomBytes(n);
  if (used + n > pool.length) {
    pool = randomBytes(POOL_SIZE);
    used = 0;
  }
  const out = Buffer.from(pool.subarray(used, used + n));
  // Handed out: wipe it from the pool.
  pool.fill(0, used, used + n);
  used += n;
  return out;
}
