import "server-only";
import type { StepKey } from "@/lib/domain/candidature/libelles";
import { CHAMP_REVISION, type CandidatureModifiee } from "@/lib/domain/candidature/revision";
import { enregistrerCandidature } from "./enregistrer-candidature";

/** What the récapitulatif's form shows after a refused ENREGISTRER. */
export type EnregistrerState = { n: number; formError?: string; etapes?: Partial<Record<StepKey, string[]>>; code?: CandidatureModifiee };
export type IssueEnregistrer = { ok: true; redirect: string } | { ok: false; state: Omit<EnregistrerState, "n"> };

/**
 * ENREGISTRER for a signed-in candidate, from the server action (no JavaScript) or the route the
 * page's script posts to: nothing to parse but the revision the récapitulatif was drawn from; the
 * service checks it and validates the whole candidature in its transaction. Success leads back to
 * the récapitulatif, which says so.
 */
export async function enregistrerDepuisFormulaire(
  { accountId, candidatureId, formData }: { accountId: string; candidatureId: string; formData: FormData },
  { now }: { now: Date },
): Promise<IssueEnregistrer> {
  const result = await enregistrerCandidature({ accountId, candidatureId, revision: formData.get(CHAMP_REVISION) }, { now });
  if (!result.ok) {
    const etapes = "etapes" in result && result.etapes ? Object.fromEntries(Object.entries(result.etapes).map(([step, errors]) => [step, errors.map((e) => e.message)])) : undefined;
    return { ok: false, state: { formError: result.formError, ...(etapes ? { etapes } : {}), ...(result.code ? { code: result.code } : {}) } };
  }
  return { ok: true, redirect: `/mes-candidatures/${encodeURIComponent(candidatureId)}/recapitulatif?${result.inchangee ? "inchangee" : "enregistree"}=1` };
}
