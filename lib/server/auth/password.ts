import "server-only";
import { hash, verify, type Algorithm } from "@node-rs/argon2";

// Argon2id with OWASP's minimum profile (19 MiB, 2 passes, 1 lane).
// `Algorithm` is an ambient const enum, which isolatedModules forbids reading: 2 is Argon2id in its d.ts.
const ARGON2ID: Algorithm = 2;

export const PASSWORD_HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** PHC string ("$argon2id$v=19$m=19456,t=2,p=1$…") to store in Account.passwordHash. */
export function hashPassword(plain: string): Promise<string> {
  return hash(plain, PASSWORD_HASH_OPTIONS);
}

/** False for a wrong password and for a malformed stored hash alike: never throws on bad input. */
export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(passwordHash, plain);
  } catch {
    return false;
  }
}
