"use server";

import { revalidatePath } from "next/cache";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { RetablissementSchema } from "@/lib/domain/gestion/operations";
import { fr } from "@/lib/domain/typographie";
import { fieldErrorsOf, invalid, type FormState } from "@/lib/form-state";
import { formDataOf, previousOf } from "@/lib/server/action-input";
import { requireRole } from "@/lib/server/auth/guards";
import { retablirCandidature, type RetablissementRefus } from "@/lib/server/gestion/retablir-candidature";
import { acteurOf, scopeOf } from "@/lib/server/gestion/scope";

export type RetablissementField = "raison";
const FIELDS: readonly RetablissementField[] = ["raison"];

const REFUS: Record<RetablissementRefus, string> = {
  HORS_ACADEMIE: fr`Ce dossier n'existe pas dans votre académie : rien n'a changé.`,
  NON_ANNULEE: fr`Cette candidature n'est pas annulée : rien n'a changé.`,
  ROLE: fr`Seul un administrateur de l'académie peut retirer une annulation.`,
};

/** An admin d'académie withdraws an annulation (ANNULEE → ENREGISTREE), with the reason, audited. */
export async function retablirCandidatureAction(previous: FormState<RetablissementField>, formData: FormData): Promise<FormState<RetablissementField>> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const account = await requireRole("ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const parsed = RetablissementSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const errors = fieldErrorsOf<RetablissementField | "candidatureId">(parsed.error);
    if (errors.candidatureId) return invalid(previous, formData, FIELDS, { formError: REFUS.HORS_ACADEMIE });
    return invalid(previous, formData, FIELDS, { fieldErrors: { raison: errors.raison } });
  }
  const fait = await retablirCandidature({ scope, actor: acteurOf(account) }, parsed.data, { now: await now(), db: await getDb() });
  if (!fait.ok) return invalid(previous, formData, FIELDS, { formError: REFUS[fait.code] });
  revalidatePath(`/gestion/candidatures/${parsed.data.candidatureId}`);
  return { n: previous.n + 1, ok: true, message: fr`L'annulation est retirée : la candidature est de nouveau enregistrée et le candidat en est informé par courriel.` };
}
