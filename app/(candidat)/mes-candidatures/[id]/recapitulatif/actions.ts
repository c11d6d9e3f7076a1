"use server";

import { redirect } from "next/navigation";
import { now } from "@/lib/clock";
import { requireCandidate } from "@/lib/server/auth/guards";
import { enregistrerDepuisFormulaire, type EnregistrerState } from "@/lib/server/candidatures/enregistrer-formulaire";
import { formDataOf, previousOf } from "@/lib/server/action-input";

export type { EnregistrerState } from "@/lib/server/candidatures/enregistrer-formulaire";

/**
 * ENREGISTRER from a page without JavaScript (the page's script posts to ./enregistrer, the route
 * handler, instead): the same service, then the récapitulatif, or the form with the refusal.
 */
export async function enregistrer(candidatureId: string, previous: EnregistrerState, formData: FormData): Promise<EnregistrerState> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const account = await requireCandidate();
  const issue = await enregistrerDepuisFormulaire({ accountId: account.id, candidatureId: String(candidatureId), formData }, { now: await now() });
  if (!issue.ok) return { n: previous.n + 1, ...issue.state };
  redirect(issue.redirect);
}
