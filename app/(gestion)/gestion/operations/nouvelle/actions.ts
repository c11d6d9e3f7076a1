"use server";

import { redirect } from "next/navigation";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { FILTRE_CLES, parseFiltres } from "@/lib/domain/gestion/filtres";
import { CourrierSchema } from "@/lib/domain/gestion/operations";
import { fr } from "@/lib/domain/typographie";
import { fieldErrorsOf, invalid, type FormState } from "@/lib/form-state";
import { formDataOf, previousOf } from "@/lib/server/action-input";
import { requireRole } from "@/lib/server/auth/guards";
import { lancerCourrier, type LancementRefus } from "@/lib/server/gestion/lancer-courrier";
import { acteurOf, scopeOf } from "@/lib/server/gestion/scope";

export type CourrierField = "type" | "message";
const FIELDS: readonly CourrierField[] = ["type", "message"];

const REFUS: Record<LancementRefus, string> = {
  HORS_ACADEMIE: fr`Ce dossier n'existe pas dans votre académie : aucun courrier n'a été envoyé.`,
  AUCUNE_CIBLE: fr`La liste est vide : aucun courrier n'a été envoyé. Modifiez les filtres de la liste.`,
  TROP_DE_CIBLES: fr`La liste compte trop de dossiers pour un seul envoi : affinez les filtres (par session ou par spécialité).`,
};

/**
 * Launches a demande de pièces or a relance for one dossier (`candidature`) or for the filtered
 * list the form carries, in the manager's académie only; then shows its progress.
 */
export async function lancerCourrierAction(previous: FormState<CourrierField>, formData: FormData): Promise<FormState<CourrierField>> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const account = await requireRole("GESTIONNAIRE", "ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const parsed = CourrierSchema.safeParse({ type: formData.get("type") ?? undefined, message: formData.get("message") ?? "" });
  if (!parsed.success) return invalid(previous, formData, FIELDS, { fieldErrors: fieldErrorsOf<CourrierField>(parsed.error) });
  const candidature = formData.get("candidature");
  const filtres = parseFiltres(Object.fromEntries(FILTRE_CLES.map((cle) => [cle, formData.get(cle)?.toString()])));
  const cible = typeof candidature === "string" && candidature !== "" ? { candidatureId: candidature } : { filtres };
  const lance = await lancerCourrier({ scope, actor: acteurOf(account) }, { ...parsed.data, cible }, { now: await now(), db: await getDb() });
  // The same operation still running (the form posted twice, another manager): nothing new, its page says so.
  if (!lance.ok && lance.code === "DEJA_EN_COURS") redirect(`/gestion/operations/${lance.operationId}?deja=1`);
  if (!lance.ok) return invalid(previous, formData, FIELDS, { formError: REFUS[lance.code] });
  redirect(`/gestion/operations/${lance.operationId}`);
}
