"use server";

import { redirect } from "next/navigation";
import { now } from "@/lib/clock";
import { modalitesSchema } from "@/lib/domain/candidature/demarches";
import { requireCandidate } from "@/lib/server/auth/guards";
import { startCandidature } from "@/lib/server/candidatures/start-candidature";
import { formDataOf, previousOf } from "@/lib/server/action-input";

export type CommencerState = { n: number; formError?: string; fieldErrors?: { modalitesAcceptees?: string } };

/** "Commencer mon inscription": the Modalités accepted, a draft for the session, then step 1. */
export async function commencer(previous: CommencerState, formData: FormData): Promise<CommencerState> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const parsed = modalitesSchema.safeParse({ sessionId: formData.get("sessionId") ?? undefined, modalitesAcceptees: formData.get("modalitesAcceptees") ?? undefined });
  const account = await requireCandidate();
  if (!parsed.success) {
    const modalites = parsed.error.issues.find((i) => i.path[0] === "modalitesAcceptees")?.message;
    return { n: previous.n + 1, ...(modalites ? { fieldErrors: { modalitesAcceptees: modalites } } : { formError: parsed.error.issues[0]?.message ?? "" }) };
  }
  const result = await startCandidature({ accountId: account.id, sessionId: parsed.data.sessionId }, { now: await now() });
  if (!result.ok) return { n: previous.n + 1, formError: result.formError };
  redirect(`/mes-candidatures/${result.candidatureId}`);
}
