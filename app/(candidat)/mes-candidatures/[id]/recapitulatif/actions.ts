"use server";

import { redirect } from "next/navigation";
import { now } from "@/lib/clock";
import type { StepKey } from "@/lib/domain/candidature/libelles";
import { CHAMP_REVISION, type CandidatureModifiee } from "@/lib/domain/candidature/revision";
import { requireCandidate } from "@/lib/server/auth/guards";
import { enregistrerCandidature } from "@/lib/server/candidatures/enregistrer-candidature";
import { formDataOf, previousOf } from "@/lib/server/action-input";

export type EnregistrerState = { n: number; formError?: string; etapes?: Partial<Record<StepKey, string[]>>; code?: CandidatureModifiee };

/**
 * ENREGISTRER: nothing to parse but the candidature's id and the revision the récapitulatif was
 * drawn from; the service checks that revision and re-validates the whole candidature in its
 * transaction. Success leads back to the récapitulatif, which says so.
 */
export async function enregistrer(candidatureId: string, previous: EnregistrerState, formData: FormData): Promise<EnregistrerState> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const account = await requireCandidate();
  const revision = formData.get(CHAMP_REVISION);
  const result = await enregistrerCandidature({ accountId: account.id, candidatureId: String(candidatureId), revision }, { now: await now() });
  if (!result.ok) {
    const etapes = "etapes" in result && result.etapes ? Object.fromEntries(Object.entries(result.etapes).map(([step, errors]) => [step, errors.map((e) => e.message)])) : undefined;
    return { n: previous.n + 1, formError: result.formError, ...(etapes ? { etapes } : {}), ...(result.code ? { code: result.code } : {}) };
  }
  redirect(`/mes-candidatures/${encodeURIComponent(candidatureId)}/recapitulatif?${result.inchangee ? "inchangee" : "enregistree"}=1`);
}
