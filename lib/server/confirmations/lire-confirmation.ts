import "server-only";
import type { Db } from "@/lib/db";
import { getDb } from "@/lib/db";
import { nomFichierConfirmation, peutLireDocuments, type Lecteur } from "@/lib/domain/confirmation/acces";
import { estIdentifiant } from "@/lib/domain/identifiant";
import { getStorage } from "@/lib/storage";
import { genererConfirmation } from "./generer-confirmation";

export type ConfirmationLue = { bytes: Buffer; nomFichier: string; createdAt: Date };

/**
 * The stored confirmation of version `version`, for its candidate or the staff of its académie;
 * null (read as a 404) for anyone else, an unknown candidature or a version never saved. A version
 * whose job has not run yet is generated now (genererConfirmation is idempotent), so the download
 * never waits on the queue.
 */
export async function lireConfirmation(
  { lecteur, candidatureId, version }: { lecteur: Lecteur; candidatureId: string; version: number },
  { now, db }: { now: Date; db?: Db },
): Promise<ConfirmationLue | null> {
  if (!estIdentifiant(candidatureId)) return null;
  const client = db ?? (await getDb());
  const candidature = await client.candidature.findUnique({
    where: { id: candidatureId },
    select: { accountId: true, numero: true, version: true, session: { select: { academieId: true } } },
  });
  if (!candidature?.numero || version > candidature.version) return null;
  if (!peutLireDocuments(lecteur, { accountId: candidature.accountId, academieId: candidature.session.academieId })) return null;

  const doc = await genererConfirmation({ candidatureId, version }, { now, db: client });
  if (!doc) return null;
  const bytes = await getStorage().get(doc.storageKey);
  if (!bytes) throw new Error(`Le fichier de la confirmation ${doc.id} (${doc.storageKey}) est introuvable dans le stockage.`);
  return { bytes, nomFichier: nomFichierConfirmation(candidature.numero, version), createdAt: doc.createdAt };
}
