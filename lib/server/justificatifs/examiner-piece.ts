import "server-only";
import { getDb, type Db, type Tx } from "@/lib/db";
import { instantLocal } from "@/lib/domain/candidature/fenetre";
import { findPiece } from "@/lib/domain/candidature/pieces-catalogue";
import { fenetrePiece } from "@/lib/domain/candidature/pieces";
import { decidePieceAction, type PieceAction } from "@/lib/domain/candidature/piece-statut";
import { deNom, fr } from "@/lib/domain/typographie";
import { sendJob } from "@/lib/jobs/boss";
import { renderMail } from "@/lib/mail";
import { appUrl } from "@/lib/server/accounts/mails";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import { etatJustificatif, loadCandidatureAvecPieces } from "./load-justificatifs";

export type Verdict = Extract<PieceAction, { type: "MARQUER_RECUE" | "MARQUER_NON_CONFORME" | "MARQUER_CONFORME" }>;
export type ExamenResult = { ok: true } | { ok: false; introuvable?: true; conflit?: true; message: string };

/**
 * A manager's verdict on one piece [issue 8 §6]: Reçue, Non conforme (comment required) or
 * Conforme, decided by the pieces state machine on the locked row, in the manager's académie only
 * (scoped in the query), audited with before and after. A piece found Non conforme reopens it to the
 * candidate (the candidature's « pièces fournies » is cleared for an online piece) and mails them
 * the comment: Cyclades does not, and candidates who miss it lose their year.
 */
export async function examinerPiece(
  {
    actor,
    candidatureId,
    pieceCode,
    verdict,
    attendu,
  }: {
    actor: AuditActor;
    candidatureId: string;
    pieceCode: string;
    verdict: Verdict;
    /** The piece's updatedAt (ISO) as the manager's form showed it: a later change is a conflict, never overwritten. */
    attendu?: string;
  },
  { now, db }: { now: Date; db?: Db },
): Promise<ExamenResult> {
  const introuvable: ExamenResult = { ok: false, introuvable: true, message: "Cette pièce est introuvable dans votre académie." };
  if (actor.role === "CANDIDAT") return introuvable;
  const scope = { academieId: actor.role === "ADMIN_NATIONAL" ? null : (actor.academieId ?? "aucune") };
  const client = db ?? (await getDb());
  return client.$transaction(async (tx): Promise<ExamenResult> => {
    // The candidature first, then the piece (the order every writer of both follows): a bulk
    // annulation re-checking this dossier waits for the verdict, or the verdict for it. Scoped to
    // the actor's académie in the query, so that no other académie's row is ever locked.
    const [candidatureVerrouillee] =
      scope.academieId === null
        ? await tx.$queryRaw<{ id: string }[]>`SELECT c."id" FROM "Candidature" c WHERE c."id" = ${candidatureId} FOR UPDATE`
        : await tx.$queryRaw<{ id: string }[]>`SELECT c."id" FROM "Candidature" c WHERE c."id" = ${candidatureId} AND c."academieId" = ${scope.academieId} FOR UPDATE`;
    const [locked] = candidatureVerrouillee
      ? await tx.$queryRaw<{ id: string }[]>`
          SELECT j."id" FROM "Justificatif" j WHERE j."candidatureId" = ${candidatureVerrouillee.id} AND j."pieceCode" = ${pieceCode} AND NOT j."caduc" FOR UPDATE`
      : [];
    const candidature = locked ? await loadCandidatureAvecPieces(tx, scope, candidatureId) : null;
    const row = candidature?.justificatifs.find((j) => j.id === locked?.id);
    if (!candidature || !row) return introuvable;
    const zone = candidature.session.academie.timeZone;
    if (attendu !== undefined && row.updatedAt.toISOString() !== attendu) return conflit(tx, row.id, row.updatedAt, zone);
    const decision = decidePieceAction(etatJustificatif(row), verdict, {
      acteur: actor.role === "GESTIONNAIRE" ? "GESTIONNAIRE" : "ADMIN",
      maintenant: now,
      candidatureStatut: candidature.statut,
      fenetre: fenetrePiece(candidature.session, pieceCode),
      zone,
    });
    if (!decision.ok) return { ok: false, message: decision.message };
    const { statut, deposeAt, commentaire, recuAt, valideAt } = decision.justificatif;
    await tx.justificatif.update({ where: { id: row.id }, data: { statut, deposeAt, commentaire, recuAt, valideAt } });
    if (decision.annulerPiecesFournies) await tx.candidature.update({ where: { id: candidatureId }, data: { piecesFourniesAt: null } });
    await recordAuditEvent(tx, {
      actor,
      action: `justificatif.${statut.toLowerCase()}`,
      entityType: "Justificatif",
      entityId: row.id,
      academieId: candidature.session.academieId,
      before: { statut: row.statut, commentaire: row.commentaire },
      after: { statut, commentaire },
      at: now,
    });
    if (decision.notifierCandidat) await notifierNonConforme(tx, { candidatureId, pieceCode, commentaire: commentaire ?? "", fenetreFin: fenetrePiece(candidature.session, pieceCode).closesAt, zone });
    return { ok: true };
  });
}

/** Someone (another manager, the candidate) changed the piece since the form was drawn: say who and when. */
async function conflit(tx: Tx, justificatifId: string, at: Date, zone: string): Promise<ExamenResult> {
  const dernier = await tx.auditEvent.findFirst({
    where: { entityType: "Justificatif", entityId: justificatifId },
    orderBy: { at: "desc" },
    select: { actorRole: true, actor: { select: { prenoms: true, nomNaissance: true } } },
  });
  const qui =
    dernier?.actor && dernier.actorRole !== "CANDIDAT" ? `par ${dernier.actor.prenoms} ${dernier.actor.nomNaissance}` : dernier?.actorRole === "CANDIDAT" ? "par le candidat" : "";
  return {
    ok: false,
    conflit: true,
    message: fr`Cette pièce a été modifiée ${qui} le ${instantLocal(at, zone)}, depuis que vous l'avez affichée : rien n'a été enregistré. Son état actuel est affiché ci-dessous ; vérifiez-le avant de décider de nouveau.`.replace(/ {2,}/g, " "),
  };
}

async function notifierNonConforme(tx: Tx, { candidatureId, pieceCode, commentaire, fenetreFin, zone }: { candidatureId: string; pieceCode: string; commentaire: string; fenetreFin: Date; zone: string }) {
  const c = await tx.candidature.findUniqueOrThrow({
    where: { id: candidatureId },
    select: { numero: true, account: { select: { email: true, prenoms: true } }, session: { select: { libelle: true, examen: { select: { libelle: true } }, academie: { select: { nom: true } } } } },
  });
  const piece = findPiece(pieceCode)?.libelle ?? pieceCode;
  const { text, html } = renderMail({
    title: "Une pièce justificative n’est pas conforme",
    paragraphs: [
      `Bonjour ${c.account.prenoms},`,
      fr`Le service des examens de l'académie ${deNom(c.session.academie.nom)} a examiné votre pièce « ${piece} » (${c.session.examen.libelle}, ${c.session.libelle}, numéro d'inscription ${c.numero ?? "—"}) : elle n'est pas conforme.`,
      fr`Motif : ${commentaire}`,
      fr`Déposez une pièce corrigée dans « Mes justificatifs » puis cliquez de nouveau sur « J'ai fourni toutes mes pièces », au plus tard le ${instantLocal(fenetreFin, zone)}. Un dossier incomplet à cette date peut être annulé.`,
    ],
    action: { label: "Voir mes justificatifs", url: appUrl(`/mes-candidatures/${candidatureId}/justificatifs`) },
    footer: fr`Vous recevez ce message parce qu'une pièce de votre candidature a été examinée.`,
  });
  await sendJob("courriel", { message: { to: c.account.email, subject: "Une pièce justificative n'est pas conforme", text, html } }, { tx });
}
