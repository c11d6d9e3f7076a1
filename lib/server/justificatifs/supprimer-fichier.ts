import "server-only";
import { getDb, type Db } from "@/lib/db";
import { estIdentifiant } from "@/lib/domain/identifiant";
import { fenetrePiece } from "@/lib/domain/candidature/pieces";
import { decidePieceAction } from "@/lib/domain/candidature/piece-statut";
import { getStorage } from "@/lib/storage";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { vignetteKey, type FichierResult } from "./ajouter-fichier";
import { etatJustificatif, loadCandidatureAvecPieces } from "./load-justificatifs";

/**
 * Removes one of the candidate's files from a piece they may still change (before "J'ai fourni
 * toutes mes pièces", or a Non conforme piece, inside its window). The row is kept, marked deleted,
 * for the record; the stored file itself goes once that is committed.
 */
export async function supprimerFichier(
  { accountId, candidatureId, fichierId }: { accountId: string; candidatureId: string; fichierId: string },
  { now, db }: { now: Date; db?: Db },
): Promise<FichierResult> {
  const client = db ?? (await getDb());
  const introuvable: FichierResult = { ok: false, introuvable: true, message: "Ce fichier est introuvable dans vos candidatures." };
  if (!estIdentifiant(fichierId)) return introuvable;
  const result = await client.$transaction(async (tx): Promise<FichierResult & { storageKey?: string }> => {
    const owned = await tx.justificatifFichier.findFirst({
      where: { id: fichierId, supprimeAt: null, justificatif: { caduc: false, candidature: { id: candidatureId, accountId } } },
      select: { justificatifId: true, storageKey: true, nomOriginal: true },
    });
    if (!owned) return introuvable;
    await tx.$queryRaw`SELECT "id" FROM "Justificatif" WHERE "id" = ${owned.justificatifId} FOR UPDATE`;
    const candidature = await loadCandidatureAvecPieces(tx, { accountId }, candidatureId);
    const row = candidature?.justificatifs.find((j) => j.id === owned.justificatifId);
    if (!candidature || !row || !row.fichiers.some((f) => f.id === fichierId)) return introuvable;
    const zone = candidature.session.academie.timeZone;
    const decision = decidePieceAction(etatJustificatif(row), { type: "SUPPRIMER_FICHIER" }, {
      acteur: "CANDIDAT",
      maintenant: now,
      candidatureStatut: candidature.statut,
      fenetre: fenetrePiece(candidature.session, row.pieceCode),
      zone,
    });
    if (!decision.ok) return { ok: false, message: decision.message };
    await tx.justificatifFichier.update({ where: { id: fichierId }, data: { supprimeAt: now } });
    const { statut, deposeAt, commentaire, recuAt, valideAt } = decision.justificatif;
    await tx.justificatif.update({ where: { id: row.id }, data: { statut, deposeAt, commentaire, recuAt, valideAt } });
    await recordAuditEvent(tx, {
      actor: { id: accountId, role: "CANDIDAT", academieId: null },
      action: "justificatif.fichier_supprime",
      entityType: "Justificatif",
      entityId: row.id,
      academieId: candidature.session.academieId,
      before: { pieceCode: row.pieceCode, fichierId },
      at: now,
    });
    return { ok: true, fichierId, nom: owned.nomOriginal, storageKey: owned.storageKey };
  });
  if (result.ok && result.storageKey) {
    const storage = getStorage();
    await Promise.all([storage.delete(result.storageKey), storage.delete(vignetteKey(result.storageKey))]);
  }
  if (!result.ok) return result;
  return { ok: true, fichierId: result.fichierId, nom: result.nom };
}
