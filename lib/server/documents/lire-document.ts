import "server-only";
import type { Readable } from "node:stream";
import { getDb } from "@/lib/db";
import { estIdentifiant } from "@/lib/domain/identifiant";
import { peutLireDocuments, type Lecteur } from "@/lib/domain/confirmation/acces";
import { getStorage } from "@/lib/storage";

export type DocumentLu = { body: Readable; size: number; titre: string };

/** A stored document of a candidature, for its candidate or its académie's staff; null otherwise (a 404). */
export async function lireDocument(lecteur: Lecteur, { candidatureId, documentId }: { candidatureId: string; documentId: string }): Promise<DocumentLu | null> {
  if (!estIdentifiant(candidatureId) || !estIdentifiant(documentId)) return null;
  const db = await getDb();
  const doc = await db.document.findFirst({
    where: { id: documentId, candidatureId },
    select: { titre: true, storageKey: true, candidature: { select: { accountId: true, session: { select: { academieId: true } } } } },
  });
  if (!doc?.storageKey || !peutLireDocuments(lecteur, { accountId: doc.candidature.accountId, academieId: doc.candidature.session.academieId })) return null;
  const stored = await getStorage().getStream(doc.storageKey);
  return stored ? { ...stored, titre: doc.titre } : null;
}
