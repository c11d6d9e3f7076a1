"use server";

import { redirect } from "next/navigation";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { AnnulationSchema } from "@/lib/domain/gestion/operations";
import { fr } from "@/lib/domain/typographie";
import { fieldErrorsOf, invalid, type FormState } from "@/lib/form-state";
import { formDataOf, previousOf } from "@/lib/server/action-input";
import { requireRole } from "@/lib/server/auth/guards";
import { lancerAnnulation, type AnnulationRefus } from "@/lib/server/gestion/lancer-annulation";
import { acteurOf, scopeOf } from "@/lib/server/gestion/scope";

export type AnnulationField = "motif" | "confirmation";
const FIELDS: readonly AnnulationField[] = ["motif", "confirmation"];

const REFUS: Record<AnnulationRefus, string> = {
  HORS_ACADEMIE: fr`Cette session n'existe pas dans votre académie : rien n'a été annulé.`,
  DELAI_NON_ECHU: fr`La date limite de dépôt des pièces de cette session n'est pas passée : rien n'a été annulé.`,
  AUCUNE_CIBLE: fr`Plus aucun dossier incomplet dans cette session : rien n'a été annulé.`,
  TROP_DE_CIBLES: fr`Trop de dossiers pour une seule opération : rien n'a été annulé.`,
};

/** Cancels every incomplete dossier of one session of the manager's académie, after its deadline, through the job queue. */
export async function annulerDossiersIncomplets(previous: FormState<AnnulationField>, formData: FormData): Promise<FormState<AnnulationField>> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const account = await requireRole("GESTIONNAIRE", "ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const parsed = AnnulationSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(previous, formData, FIELDS, { fieldErrors: fieldErrorsOf<AnnulationField>(parsed.error), ...formErrorOf(parsed.error) });
  const lance = await lancerAnnulation({ scope, actor: acteurOf(account) }, { sessionId: parsed.data.session, motif: parsed.data.motif }, { now: await now(), db: await getDb() });
  // The same operation still running (the form posted twice, another manager): nothing new, its page says so.
  if (!lance.ok && lance.code === "DEJA_EN_COURS") redirect(`/gestion/operations/${lance.operationId}?deja=1`);
  if (!lance.ok) return invalid(previous, formData, FIELDS, { formError: REFUS[lance.code] });
  redirect(`/gestion/operations/${lance.operationId}`);
}

/** A session id that does not read is the form's own fault, not a field's: said above the form. */
function formErrorOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): { formError?: string } {
  const session = error.issues.find((i) => i.path[0] === "session");
  return session ? { formError: session.message } : {};
}
