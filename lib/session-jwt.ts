// next-auth's session token (a JWE, "dir" with A256GCM) decrypted and checked as next-auth's own
// `decode` does, with the encryption key derived from the secret once per process instead of on
// every call (the HKDF was most of the cost of reading a new session in a signup rush).
import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";

const keys = new Map<string, Uint8Array>();

/** next-auth v4's key: HKDF-SHA256 of the secret, no salt, its fixed info string, 32 bytes. */
function encryptionKey(secret: string): Uint8Array {
  let key = keys.get(secret);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32));
    keys.clear();
    keys.set(secret, key);
  }
  return key;
}

/** The token's person (`sub`), or null for a token that does not decrypt, has expired or names no one. */
export async function sessionSubject(token: string, secret: string): Promise<string | null> {
  if (!secret) return null;
  try {
    const { payload } = await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: 15 });
    return typeof payload.sub === "string" && payload.sub ? payload.sub : null;
  } catch {
    return null;
  }
}
