import "server-only";
import type { Db } from "@/lib/db";
import { LETTRES_PAR_PARTIE } from "@/lib/domain/gestion/operations";
import { estIdentifiant } from "@/lib/domain/identifiant";
import { assemblerPdf } from "@/lib/pdf/lettre";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import { getStorage } from "@/lib/storage";
import type { Scope } from "./scope";

/**
 * One part (`partie`, from 1) of the letters of an operation of the manager's académie as one PDF,
 * in the candidates' name order, for printing (the registered post of an annulation [C:CF]); null
 * for an operation of another académie or a part beyond the last (a 404). Names and postal
 * addresses leave the portal: the download is audited, like an export.
 */
export async function lettresOperation(
  db: Db,
  { scope, acteur, ip }: { scope: Scope; acteur: AuditActor; ip?: string | null },
  operationId: string,
  now: Date,
  { partie = 1, taille = LETTRES_PAR_PARTIE }: { partie?: number; taille?: number } = {},
): Promise<{ bytes: Uint8Array; nombre: number; type: string; partie: number; parties: number } | null> {
  if (!estIdentifiant(operationId) || !Number.isSafeInteger(partie) || partie < 1) return null;
  const op = await db.operationGroupee.findFirst({ where: { id: operationId, academieId: scope.academieId }, select: { id: true, type: true } });
  if (!op) return null;
  const where = { operationId: op.id, candidature: { academieId: scope.academieId }, storageKey: { not: null } };
  const total = await db.document.count({ where });
  const parties = Math.max(1, Math.ceil(total / taille));
  if (partie > parties) return null;
  const documents = await db.document.findMany({
    where,
    select: { storageKey: true },
    orderBy: [{ candidature: { nomTri: "asc" } }, { candidatureId: "asc" }],
    skip: (partie - 1) * taille,
    take: taille,
  });
  const storage = getStorage();
  async function* lettres() {
    for (const d of documents) {
      const bytes = d.storageKey ? await storage.get(d.storageKey) : null;
      if (bytes) yield new Uint8Array(bytes);
    }
  }
  const bytes = await assemblerPdf(lettres(), { titre: parties > 1 ? `Lettres à imprimer (partie ${partie} sur ${parties})` : "Lettres à imprimer", now });
  await recordAuditEvent(db, {
    actor: acteur,
    action: "operation.lettres_telechargees",
    entityType: "OperationGroupee",
    entityId: op.id,
    academieId: scope.academieId,
    after: { type: op.type, partie, parties, lettres: documents.length },
    ip: ip ?? null,
    at: now,
  });
  return { bytes, nombre: documents.length, type: op.type, partie, parties };
}
