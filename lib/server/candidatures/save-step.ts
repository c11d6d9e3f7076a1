import "server-only";
import { getDb, type Db } from "@/lib/db";
import { messageRefus } from "@/lib/domain/candidature/fenetre";
import { ETAPES, type StepKey } from "@/lib/domain/candidature/libelles";
import { canTransition } from "@/lib/domain/candidature/statut";
import { validateStep } from "@/lib/domain/candidature/validate";
import { getCandidature } from "./get-candidature";
import { CONCURRENCE, INTROUVABLE, invalide, type Refus } from "./refus";

export type SaveStepResult = { ok: true } | Refus;

/**
 * Suivant: validates one step against the steps already filled and keeps it in the draft
 * (`brouillon`), so a lost connection loses nothing. The saved version (`donnees`) only changes
 * at ENREGISTRER. Refused for someone else's candidature and from the closing instant on.
 */
export async function saveStep(
  { accountId, candidatureId, step, input }: { accountId: string; candidatureId: string; step: StepKey; input: unknown },
  { now, db }: { now: Date; db?: Db },
): Promise<SaveStepResult> {
  const client = db ?? (await getDb());
  const dossier = await getCandidature(accountId, candidatureId, now, client);
  if (!dossier) return INTROUVABLE;

  const transition = canTransition(dossier.statut, "SAUVEGARDER_BROUILLON", { actor: "CANDIDAT", windowState: dossier.etat });
  if (!transition.ok) return { ok: false, formError: messageRefus(transition, dossier.window, dossier.session.academie.timeZone) };

  const { [step]: _courante, ...autres } = dossier.travailValide;
  const result = validateStep(step, input, dossier.ctx, autres);
  if (!result.ok) return invalide(result.errors);

  const numero = ETAPES.find((e) => e.key === step)!.numero;
  // One statement merges the step into the draft, so two tabs saving two steps lose neither; a
  // draft identical to the saved version is no draft. The status read above must still hold.
  const stepJson = JSON.stringify(result.data);
  const updated = await client.$executeRaw`
    UPDATE "Candidature" SET
      "brouillon" = CASE
        WHEN COALESCE("brouillon", "donnees") || jsonb_build_object(${step}::text, ${stepJson}::jsonb) = "donnees" THEN NULL
        ELSE COALESCE("brouillon", "donnees") || jsonb_build_object(${step}::text, ${stepJson}::jsonb)
      END,
      "etapeCourante" = GREATEST("etapeCourante", ${numero + 1}),
      "brouillonSauveAt" = ${now},
      "updatedAt" = ${now}
    WHERE "id" = ${candidatureId} AND "accountId" = ${accountId} AND "statut"::text = ${dossier.statut}`;
  return updated === 1 ? { ok: true } : CONCURRENCE;
}
