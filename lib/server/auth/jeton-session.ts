import "server-only";
import { hkdf } from "node:crypto";
import { promisify } from "node:util";
import { base64url, calculateJwkThumbprint, jwtDecrypt } from "jose";

// The session cookie read as Auth.js reads it (@auth/core/jwt `decode`: a JWE with the "dir"
// algorithm, A256CBC-HS512 — or A256GCM —, its key derived by HKDF-SHA256 from AUTH_SECRET with
// the cookie's name as salt, `kid` the key's JWK thumbprint, 15 s of clock tolerance on `exp`),
// with the derived key and its thumbprint kept per process. auth() derives both again, then
// refreshes and re-encrypts a cookie that a page cannot even set, on every request: 15 % of a
// Suivant's CPU in the deadline-night profile [issue 11 §2]. Sign-in and sign-out still go
// through Auth.js, which writes the cookie; only the reading is done here. The cookie carries
// nothing but the AuthSession's id and the account's session version: the row decides.

export type JetonSession = { sid: string; sv: number };

const ALGORITHMES = { "A256CBC-HS512": 64, A256GCM: 32 } as const;
type Enc = keyof typeof ALGORITHMES;

const deriver = promisify(hkdf);
const cles = new Map<string, Promise<{ cle: Uint8Array; kid: string }>>();

function cle(enc: Enc, secret: string, salt: string) {
  const cache = `${enc}\u0000${salt}\u0000${secret}`;
  let entree = cles.get(cache);
  if (!entree) {
    entree = (async () => {
      const cle = new Uint8Array(await deriver("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, ALGORITHMES[enc]));
      const kid = await calculateJwkThumbprint({ kty: "oct", k: base64url.encode(cle) }, `sha${cle.byteLength << 3}` as "sha256" | "sha512");
      return { cle, kid };
    })();
    cles.set(cache, entree);
  }
  return entree;
}

/** The session cookie's name, as Auth.js names it (`__Secure-` over https). */
export function nomCookieSession(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}authjs.session-token`;
}

/** The cookie's value: whole, or its chunks (`.0`, `.1`…) put back in order, as Auth.js writes a long one. */
function valeurCookie(cookies: readonly { name: string; value: string }[], nom: string): string | null {
  const entier = cookies.find((c) => c.name === nom);
  if (entier) return entier.value;
  const morceaux = cookies
    .map((c) => ({ c, i: c.name.startsWith(`${nom}.`) ? Number(c.name.slice(nom.length + 1)) : Number.NaN }))
    .filter(({ i }) => Number.isSafeInteger(i) && i >= 0)
    .sort((a, b) => a.i - b.i);
  return morceaux.length > 0 ? morceaux.map(({ c }) => c.value).join("") : null;
}

/**
 * The session named by the request's cookie, or null: no cookie, a cookie that does not decrypt
 * with this secret (forged, another deployment's), an expired one, or one without a session.
 */
export async function lireJetonSession(cookies: readonly { name: string; value: string }[], { secret, secure }: { secret: string; secure: boolean }): Promise<JetonSession | null> {
  const salt = nomCookieSession(secure);
  const jeton = valeurCookie(cookies, salt);
  if (!jeton) return null;
  try {
    const { payload } = await jwtDecrypt(
      jeton,
      async ({ kid, enc }) => {
        if (!Object.hasOwn(ALGORITHMES, enc)) throw new Error("chiffrement inattendu");
        const { cle: k, kid: attendu } = await cle(enc as Enc, secret, salt);
        if (kid !== undefined && kid !== attendu) throw new Error("clé inconnue");
        return k;
      },
      { clockTolerance: 15, keyManagementAlgorithms: ["dir"], contentEncryptionAlgorithms: ["A256CBC-HS512", "A256GCM"] },
    );
    const { sid, sv } = payload as { sid?: unknown; sv?: unknown };
    return typeof sid === "string" && typeof sv === "number" ? { sid, sv } : null;
  } catch {
    return null;
  }
}
