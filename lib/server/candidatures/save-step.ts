import "server-only";
import { getDb, type Db } from "@/lib/db";
import { messageRefus } from "@/lib/domain/candidature/fenetre";
import { ETAPES, type StepKey } from "@/lib/domain/candidature/libelles";
import { estRevisionPerimee } from "@/lib/domain/candidature/revision";
import { canTransition } from "@/lib/domain/candidature/statut";
import { validateStep } from "@/lib/domain/candidature/validate";
import { getCandidature } from "./get-candidature";
import { CANDIDATURE_MODIFIEE, INTROUVABLE, invalide, type Refus } from "./refus";

export type SaveStepResult = { ok: true } | Refus;

/**
 * Suivant: validates one step against the steps already filled and keeps it in the draft
 * (`brouillon`), so a lost connection loses nothing. The saved version (`donnees`) only changes
 * at ENREGISTRER. Refused for someone else's candidature, from the closing instant on, and when
 * `revision` (the one the step's page was drawn from, as posted) is no longer the current one.
 */
export async function saveStep(
  { accountId, candidatureId, step, input, revision }: { accountId: string; candidatureId: string; step: StepKey; input: unknown; revision: unknown },
  { now, db }: { now: Date; db?: Db },
): Promise<SaveStepResult> {
  const client = db ?? (await getDb());
  const dossier = await getCandidature(accountId, candidatureId, now, client);
  if (!dossier) return INTROUVABLE;
  // First: a page drawn from another state may rest on what changed, whatever else it asks.
  if (estRevisionPerimee(revision, dossier.revision)) return CANDIDATURE_MODIFIEE;

  const transition = canTransition(dossier.statut, "SAUVEGARDER_BROUILLON", { actor: "CANDIDAT", windowState: dossier.etat });
  if (!transition.ok) return { ok: false, formError: messageRefus(transition, dossier.window, dossier.session.academie.timeZone) };

  const { [step]: _courante, ...autres } = dossier.travailValide;
  const result = validateStep(step, input, dossier.ctx, autres);
  if (!result.ok) return invalide(result.errors);

  const numero = ETAPES.find((e) => e.key === step)!.numero;
  // One statement merges the step into the draft; a draft identical to the saved version is no
  // draft. It writes only if the revision (and the status) read above still hold: of two tabs
  // saving at once, the second is refused.
  const stepJson = JSON.stringify(result.data);
  const updated = await client.$executeRaw`
    UPDATE "Candidature" SET
      "brouillon" = CASE
        WHEN COALESCE("brouillon", "donnees") || jsonb_build_object(${step}::text, ${stepJson}::jsonb) = "donnees" THEN NULL
        ELSE COALESCE("brouillon", "donnees") || jsonb_build_object(${step}::text, ${stepJson}::jsonb)
      END,
      "etapeCourante" = GREATEST("etapeCourante", ${numero + 1}),
      "brouillonSauveAt" = ${now},
      "revision" = "revision" + 1,
      "updatedAt" = ${now}
    WHERE "id" = ${candidatureId} AND "accountId" = ${accountId} AND "revision" = ${dossier.revision} AND "statut"::text = ${dossier.statut}`;
  return updated === 1 ? { ok: true } : CANDIDATURE_MODIFIEE;
}
