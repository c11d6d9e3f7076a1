"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { now } from "@/lib/clock";
import { desinscriptionSchema } from "@/lib/domain/candidature/demarches";
import { requireCandidate } from "@/lib/server/auth/guards";
import { desinscrireCandidature } from "@/lib/server/candidatures/desinscrire-candidature";

export type DesinscriptionState = { n: number; formError?: string; fieldErrors?: { confirmation?: string } };

export async function seDesinscrire(candidatureId: string, previous: DesinscriptionState, formData: FormData): Promise<DesinscriptionState> {
  const parsed = desinscriptionSchema.safeParse({ confirmation: formData.get("confirmation") ?? undefined });
  const account = await requireCandidate();
  if (!parsed.success) return { n: previous.n + 1, fieldErrors: { confirmation: parsed.error.issues[0]?.message ?? "" } };
  const result = await desinscrireCandidature({ accountId: account.id, candidatureId: String(candidatureId) }, { now: await now(), envoyer: after });
  if (!result.ok) return { n: previous.n + 1, formError: result.formError };
  redirect(`/mes-candidatures/${encodeURIComponent(candidatureId)}/recapitulatif?desinscrite=1`);
}
