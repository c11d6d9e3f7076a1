import "server-only";
import { getDb, type Db } from "@/lib/db";
import { fenetrePiece } from "@/lib/domain/candidature/pieces";
import { decideSoumission } from "@/lib/domain/candidature/piece-statut";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { etatJustificatif, loadCandidatureAvecPieces } from "./load-justificatifs";

export type FournirResult = { ok: true; at: Date; fournies: string[] } | { ok: false; introuvable?: true; message: string };

/**
 * "J'ai fourni toutes mes pièces" [C:CF]: once every online piece still required has a file, the
 * pieces deposited since are handed in and locked, and the candidature is flagged for the
 * académie's managers to check. Decided on the locked candidature at the server's time.
 */
export async function fournirPieces({ accountId, candidatureId }: { accountId: string; candidatureId: string }, { now, db }: { now: Date; db?: Db }): Promise<FournirResult> {
  const client = db ?? (await getDb());
  return client.$transaction(async (tx): Promise<FournirResult> => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Candidature" WHERE "id" = ${candidatureId} AND "accountId" = ${accountId} FOR UPDATE`;
    const candidature = locked ? await loadCandidatureAvecPieces(tx, { accountId }, candidatureId) : null;
    if (!candidature) return { ok: false, introuvable: true, message: "Cette candidature est introuvable dans votre compte." };
    const zone = candidature.session.academie.timeZone;
    const decision = decideSoumission(
      candidature.justificatifs.map((j) => ({ ...etatJustificatif(j), fenetre: fenetrePiece(candidature.session, j.pieceCode) })),
      { acteur: "CANDIDAT", maintenant: now, candidatureStatut: candidature.statut, piecesFourniesAt: candidature.piecesFourniesAt, zone },
    );
    if (!decision.ok) return { ok: false, message: decision.message };
    await tx.justificatif.updateMany({ where: { candidatureId, caduc: false, pieceCode: { in: decision.fournies } }, data: { deposeAt: decision.piecesFourniesAt } });
    await tx.candidature.update({ where: { id: candidatureId }, data: { piecesFourniesAt: decision.piecesFourniesAt } });
    await recordAuditEvent(tx, {
      actor: { id: accountId, role: "CANDIDAT", academieId: null },
      action: "candidature.pieces_fournies",
      entityType: "Candidature",
      entityId: candidatureId,
      academieId: candidature.session.academieId,
      after: { fournies: decision.fournies },
      at: now,
    });
    return { ok: true, at: decision.piecesFourniesAt, fournies: decision.fournies };
  });
}
