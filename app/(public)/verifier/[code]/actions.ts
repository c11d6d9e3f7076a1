"use server";

import { rateLimitMessage } from "@/lib/domain/rate-limits";
import { fr } from "@/lib/domain/typographie";
import type { FormState } from "@/lib/form-state";
import { requestInfo } from "@/lib/server/auth/request-info";
import { verifierCopie } from "@/lib/server/confirmations/verifier-confirmation";
import { consumeRateLimits } from "@/lib/server/rate-limit";

/** A confirmation is about 50 KB; server actions take 1 MB at most. */
const TAILLE_MAX = 900 * 1024;

/**
 * Public. Is this PDF, byte for byte, the document the code names? The file is hashed in memory
 * and never stored; the answer is given to this form only (no URL can claim it).
 */
export async function verifierFichier(code: string, previous: FormState<"fichier">, formData: FormData): Promise<FormState<"fichier">> {
  const n = previous.n + 1;
  const fichier = formData.get("fichier");
  if (!(fichier instanceof File) || fichier.size === 0) return { n, fieldErrors: { fichier: "Choisissez le fichier PDF de la confirmation à contrôler." } };
  if (fichier.size > TAILLE_MAX) return { n, fieldErrors: { fichier: fr`Ce fichier est trop lourd (plus de 900 Ko) pour être une confirmation produite par le portail : il n'est pas reconnu.` } };
  const { ip } = await requestInfo();
  const limite = await consumeRateLimits([{ rule: "verification-copie:ip", key: ip }]);
  if (!limite.ok) return { n, formError: rateLimitMessage(limite.retryAt, new Date()) };
  const verdict = await verifierCopie(code, new Uint8Array(await fichier.arrayBuffer()));
  return verdict === "authentique"
    ? { n, ok: true, code: verdict, message: fr`Le fichier « ${fichier.name} » est identique, octet par octet, à la confirmation produite par le portail sous ce code : il est authentique.` }
    : { n, code: verdict, formError: fr`Le fichier « ${fichier.name} » n'est pas reconnu : il diffère du document produit sous ce code (modifié, ré-enregistré ou d'une autre origine). Seuls le document téléchargé tel quel et ce qui est affiché sur cette page font foi.` };
}
