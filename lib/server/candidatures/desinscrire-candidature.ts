import "server-only";
import type { CandidatureStatut } from "@prisma/client";
import { getDb, type Db } from "@/lib/db";
import { parsedSteps } from "@/lib/domain/candidature/donnees";
import { messageRefus } from "@/lib/domain/candidature/fenetre";
import { estRevisionPerimee } from "@/lib/domain/candidature/revision";
import { canTransition } from "@/lib/domain/candidature/statut";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { desinscriptionMail } from "./candidature-mails";
import { envoyerCourriel } from "./envoyer-courriel";
import { getCandidature } from "./get-candidature";
import { mailCandidature } from "./mail-candidature";
import { CANDIDATURE_MODIFIEE, INTROUVABLE, type Refus } from "./refus";

export type DesinscrireResult = { ok: true; at: Date } | Refus;

/**
 * "Me désinscrire": a registered candidature, before closing, confirmed by the candidate (the
 * action checks the confirmation box). Recorded (desinscriteAt, an audit event) and mailed; the
 * numéro is kept, and the candidate may register again while the window is open. Refused when
 * `revision` (the one the page was drawn from, as posted) is no longer the current one.
 */
export async function desinscrireCandidature(
  { accountId, candidatureId, revision }: { accountId: string; candidatureId: string; revision: unknown },
  { now, db }: { now: Date; db?: Db },
): Promise<DesinscrireResult> {
  const client = db ?? (await getDb());
  const dossier = await getCandidature(accountId, candidatureId, now, client);
  if (!dossier) return INTROUVABLE;

  const result = await client.$transaction(async (tx): Promise<DesinscrireResult & { numero?: string | null }> => {
    const [row] = await tx.$queryRaw<{ statut: CandidatureStatut; numero: string | null; version: number; revision: number }[]>`
      SELECT "statut"::text AS "statut", "numero", "version", "revision" FROM "Candidature"
      WHERE "id" = ${candidatureId} AND "accountId" = ${accountId} FOR UPDATE`;
    if (!row) return INTROUVABLE;
    if (estRevisionPerimee(revision, row.revision)) return CANDIDATURE_MODIFIEE;
    const transition = canTransition(row.statut, "SE_DESINSCRIRE", { actor: "CANDIDAT", windowState: dossier.etat });
    if (!transition.ok) return { ok: false, formError: messageRefus(transition, dossier.window, dossier.session.academie.timeZone) };
    await tx.candidature.update({ where: { id: candidatureId }, data: { statut: "DESINSCRITE", desinscriteAt: now, revision: { increment: 1 } } });
    await recordAuditEvent(tx, {
      actor: { id: accountId, role: "CANDIDAT", academieId: null },
      action: "candidature.desinscrite",
      entityType: "Candidature",
      entityId: candidatureId,
      academieId: dossier.session.academie.id,
      before: { statut: row.statut, version: row.version },
      after: { statut: "DESINSCRITE", version: row.version },
      at: now,
    });
    const specialite = dossier.ctx.specialites.find((s) => s.codeDiplome === parsedSteps(dossier.enregistrees).qualification?.specialiteCode)?.libelle;
    await envoyerCourriel(tx, desinscriptionMail(mailCandidature(dossier, specialite), { numero: row.numero, at: now }));
    return { ok: true, at: now };
  });
  if (!result.ok) return result;
  return { ok: true, at: now };
}
