import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// A generated document's seal for the portal itself: HMAC-SHA256 of its exact bytes under a key
// derived from AUTH_SECRET with its own label (so the session cookies' key is never used as is).
// Only this portal can compute it, so a copy whose HMAC matches is the one it produced; a changed
// byte, or a copy made elsewhere, does not match. A new AUTH_SECRET makes the stored HMACs
// unverifiable (the verification page then only shows what the code names), see README.
const LABEL = "portail-candidats/documents/hmac/v1";

let cle: { secret: string; key: Buffer } | undefined;

function documentKey(): Buffer {
  const secret = env().AUTH_SECRET;
  if (!secret)
    throw new Error(
      "AUTH_SECRET n'est pas défini : il sert aussi à authentifier les documents produits. Lancez le portail avec « npm start » (qui le génère pour la base embarquée) ou définissez-le (openssl rand -base64 32).",
    );
  if (cle?.secret !== secret) cle = { secret, key: createHmac("sha256", secret).update(LABEL).digest() };
  return cle.key;
}

export function documentHmac(bytes: Uint8Array): string {
  return createHmac("sha256", documentKey()).update(bytes).digest("hex");
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Whether these bytes are the document whose HMAC is stored (constant-time comparison). */
export function estAuthentique(bytes: Uint8Array, hmacStocke: string): boolean {
  const calcule = Buffer.from(documentHmac(bytes), "hex");
  const stocke = Buffer.from(hmacStocke, "hex");
  return stocke.length === calcule.length && timingSafeEqual(calcule, stocke);
}
