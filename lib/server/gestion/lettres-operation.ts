import "server-only";
import type { Db } from "@/lib/db";
import { estIdentifiant } from "@/lib/domain/identifiant";
import { assemblerPdf } from "@/lib/pdf/lettre";
import { getStorage } from "@/lib/storage";
import type { Scope } from "./scope";

/**
 * Every letter of one operation of the manager's académie as one PDF, in the candidates' name
 * order, for printing (the registered post of an annulation [C:CF]); null for an operation of
 * another académie (a 404).
 */
export async function lettresOperation(db: Db, scope: Scope, operationId: string, now: Date): Promise<{ bytes: Uint8Array; nombre: number; type: string } | null> {
  if (!estIdentifiant(operationId)) return null;
  const op = await db.operationGroupee.findFirst({ where: { id: operationId, academieId: scope.academieId }, select: { id: true, type: true } });
  if (!op) return null;
  const documents = await db.document.findMany({
    where: { operationId: op.id, candidature: { academieId: scope.academieId }, storageKey: { not: null } },
    select: { storageKey: true },
    orderBy: [{ candidature: { nomTri: "asc" } }, { candidatureId: "asc" }],
  });
  const storage = getStorage();
  async function* lettres() {
    for (const d of documents) {
      const bytes = d.storageKey ? await storage.get(d.storageKey) : null;
      if (bytes) yield new Uint8Array(bytes);
    }
  }
  const bytes = await assemblerPdf(lettres(), { titre: "Lettres à imprimer", now });
  return { bytes, nombre: documents.length, type: op.type };
}
