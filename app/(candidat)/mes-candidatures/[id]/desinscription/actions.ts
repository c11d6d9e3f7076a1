"use server";

import { redirect } from "next/navigation";
import { now } from "@/lib/clock";
import { desinscriptionSchema } from "@/lib/domain/candidature/demarches";
import { CHAMP_REVISION, type CandidatureModifiee } from "@/lib/domain/candidature/revision";
import { requireCandidate } from "@/lib/server/auth/guards";
import { desinscrireCandidature } from "@/lib/server/candidatures/desinscrire-candidature";
import { formDataOf, previousOf } from "@/lib/server/action-input";

export type DesinscriptionState = { n: number; formError?: string; fieldErrors?: { confirmation?: string }; code?: CandidatureModifiee };

/** "Me désinscrire": the confirmation box, then the service, which checks the revision the page was drawn from. */
export async function seDesinscrire(candidatureId: string, previous: DesinscriptionState, formData: FormData): Promise<DesinscriptionState> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const parsed = desinscriptionSchema.safeParse({ confirmation: formData.get("confirmation") ?? undefined });
  const account = await requireCandidate();
  if (!parsed.success) return { n: previous.n + 1, fieldErrors: { confirmation: parsed.error.issues[0]?.message ?? "" } };
  const revision = formData.get(CHAMP_REVISION);
  const result = await desinscrireCandidature({ accountId: account.id, candidatureId: String(candidatureId), revision }, { now: await now() });
  if (!result.ok) return { n: previous.n + 1, formError: result.formError, ...(result.code ? { code: result.code } : {}) };
  redirect(`/mes-candidatures/${encodeURIComponent(candidatureId)}/recapitulatif?desinscrite=1`);
}
