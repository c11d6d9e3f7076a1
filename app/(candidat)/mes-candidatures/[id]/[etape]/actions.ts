"use server";

import { redirect } from "next/navigation";
import type { StepFormState } from "@/components/candidature/step-form-state";
import { now } from "@/lib/clock";
import { requireCandidate } from "@/lib/server/auth/guards";
import { suivant } from "@/lib/server/candidatures/suivant";
import { formDataOf, previousOf } from "@/lib/server/action-input";

/**
 * Suivant from a page without JavaScript (the page's script posts to ./suivant, the route
 * handler, instead): the same service, then the next step, or the form again with the messages,
 * what was typed and the revision posted.
 */
export async function enregistrerEtape(candidatureId: string, etape: string, previous: StepFormState, formData: FormData): Promise<StepFormState> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const account = await requireCandidate();
  const issue = await suivant({ accountId: account.id, candidatureId: String(candidatureId), etape: String(etape), formData }, { now: await now() });
  if (!issue.ok) return { n: previous.n + 1, ...issue.state };
  redirect(issue.suivante);
}
