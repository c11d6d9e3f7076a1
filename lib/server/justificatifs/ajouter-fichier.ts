import "server-only";
import { getDb, type Db } from "@/lib/db";
import { messageDepotErreur, type RefusStockage } from "@/lib/domain/candidature/depot-fichier";
import { fenetrePiece } from "@/lib/domain/candidature/pieces";
import { decidePieceAction } from "@/lib/domain/candidature/piece-statut";
import { getStorage, newStorageKey } from "@/lib/storage";
import { inspectUpload } from "@/lib/uploads/inspect-upload";
import type { PieceRefusCode } from "@/lib/domain/candidature/piece-statut";
import type { UploadRefusal } from "@/lib/domain/upload-rules";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { etatJustificatif, loadCandidatureAvecPieces } from "./load-justificatifs";

/** code: why, for a page told by a redirect (depot-fichier.ts maps it back to its message). */
export type FichierResult = { ok: true; fichierId: string; nom: string } | { ok: false; introuvable?: true; code?: PieceRefusCode | UploadRefusal | RefusStockage; message: string };

const INTROUVABLE: FichierResult = { ok: false, introuvable: true, message: "Cette pièce est introuvable dans vos candidatures." };

/** The key of a JPEG's thumbnail, beside the file's own (read by the back office). */
export const vignetteKey = (storageKey: string) => `${storageKey}-vignette`;

/**
 * Adds one file to a piece [issue 8 §4]: the state machine says whether the candidate may (their
 * piece, online, not locked, inside its window, at the server's time), the file is checked from its
 * content, stored under an opaque key, then its row is written in a transaction that decides again
 * on the locked piece. Nothing half-stored: a refusal or a failure after the file was stored
 * removes it, and no row ever points to a missing file.
 */
export async function ajouterFichier(
  { accountId, candidatureId, pieceCode, bytes, nom }: { accountId: string; candidatureId: string; pieceCode: string; bytes: Uint8Array; nom: string },
  { now, db }: { now: Date; db?: Db },
): Promise<FichierResult> {
  const client = db ?? (await getDb());
  const candidature = await loadCandidatureAvecPieces(client, { accountId }, candidatureId);
  const justificatif = candidature?.justificatifs.find((j) => j.pieceCode === pieceCode);
  if (!candidature || !justificatif) return INTROUVABLE;
  const zone = candidature.session.academie.timeZone;
  const fenetre = fenetrePiece(candidature.session, pieceCode);
  const decide = (etat: ReturnType<typeof etatJustificatif>) =>
    decidePieceAction(etat, { type: "AJOUTER_FICHIER" }, { acteur: "CANDIDAT", maintenant: now, candidatureStatut: candidature.statut, fenetre, zone });

  // Refused before the file is even read when the piece cannot take one.
  const before = decide(etatJustificatif(justificatif));
  if (!before.ok) return { ok: false, code: before.code, message: before.message };
  const inspected = await inspectUpload(bytes, nom);
  if (!inspected.ok) return { ok: false, code: inspected.code, message: inspected.message };
  const { file } = inspected;

  const storage = getStorage();
  const storageKey = newStorageKey("justificatifs", now);
  try {
    await storage.put(storageKey, bytes, { contentType: file.mime });
    if (file.vignette) await storage.put(vignetteKey(storageKey), file.vignette, { contentType: "image/jpeg" });
  } catch (error) {
    // A full disk, a read-only or unreachable bucket: the candidate is told so in French (the route
    // answers with this message, or sends a page without JavaScript back with its code), whatever
    // part was stored goes, and no row is written.
    console.error(`Dépôt d'un fichier : le stockage a refusé l'écriture (${error instanceof Error ? error.message : String(error)}).`);
    await removeStored(storageKey).catch(() => undefined);
    return { ok: false, code: "stockage_indisponible", message: messageDepotErreur("stockage_indisponible") };
  }
  try {
    const result = await client.$transaction(async (tx): Promise<FichierResult> => {
      const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Justificatif" WHERE "id" = ${justificatif.id} FOR UPDATE`;
      const current = locked ? await loadCandidatureAvecPieces(tx, { accountId }, candidatureId) : null;
      const row = current?.justificatifs.find((j) => j.id === justificatif.id);
      if (!current || !row) return INTROUVABLE;
      const decision = decide(etatJustificatif(row));
      if (!decision.ok) return { ok: false, code: decision.code, message: decision.message };
      const fichier = await tx.justificatifFichier.create({
        data: { justificatifId: row.id, storageKey, nomOriginal: file.nom, typeMime: file.mime, taille: file.taille, sha256: file.sha256, deposeAt: now },
        select: { id: true },
      });
      const { statut, deposeAt, commentaire, recuAt, valideAt } = decision.justificatif;
      await tx.justificatif.update({ where: { id: row.id }, data: { statut, deposeAt, commentaire, recuAt, valideAt } });
      await recordAuditEvent(tx, {
        actor: { id: accountId, role: "CANDIDAT", academieId: null },
        action: "justificatif.fichier_ajoute",
        entityType: "Justificatif",
        entityId: row.id,
        academieId: current.session.academieId,
        after: { pieceCode, fichierId: fichier.id, taille: file.taille, type: file.mime, sha256: file.sha256, ...(file.pages ? { pages: file.pages } : {}) },
        at: now,
      });
      return { ok: true, fichierId: fichier.id, nom: file.nom };
    });
    if (!result.ok) await removeStored(storageKey);
    return result;
  } catch (error) {
    await removeStored(storageKey);
    throw error;
  }
}

async function removeStored(storageKey: string): Promise<void> {
  const storage = getStorage();
  await Promise.all([storage.delete(storageKey), storage.delete(vignetteKey(storageKey))]);
}
