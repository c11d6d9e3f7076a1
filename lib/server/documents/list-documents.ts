import "server-only";
import { getDb, type Db } from "@/lib/db";
import { estIdentifiant } from "@/lib/domain/identifiant";
import { DOCUMENT_TYPE_LIBELLES, type DocumentTypeCode } from "@/lib/domain/documents";

export type DocumentLigne = {
  /** A Document row's id; null for a confirmation still being prepared by the queue. */
  id: string | null;
  type: DocumentTypeCode;
  typeLibelle: string;
  titre: string;
  /** When it was produced; null while being prepared. */
  createdAt: Date | null;
  taille: number | null;
  href: string;
};

export type MesDocuments = {
  candidature: { id: string; numero: string | null; examen: string; session: string; academie: string; zone: string };
  documents: DocumentLigne[];
};

/**
 * "Mes documents" of one candidature, its owner's only (scoped in the query): every document put
 * at their disposal, newest first, and a line for each saved version's confirmation, even before
 * the queue has produced it (its link produces it then).
 */
export async function listDocuments(accountId: string, candidatureId: string, db?: Db): Promise<MesDocuments | null> {
  if (!estIdentifiant(candidatureId)) return null;
  const client = db ?? (await getDb());
  const c = await client.candidature.findFirst({
    where: { id: candidatureId, accountId },
    select: {
      id: true,
      numero: true,
      version: true,
      session: { select: { libelle: true, examen: { select: { libelle: true } }, academie: { select: { nom: true, timeZone: true } } } },
      documents: { select: { id: true, type: true, titre: true, createdAt: true, taille: true, candidatureVersion: true, storageKey: true }, orderBy: { createdAt: "desc" } },
    },
  });
  if (!c) return null;
  const base = `/mes-candidatures/${c.id}`;
  const lignes: DocumentLigne[] = c.documents
    .filter((d) => d.storageKey !== null)
    .map((d) => ({
      id: d.id,
      type: d.type,
      typeLibelle: DOCUMENT_TYPE_LIBELLES[d.type],
      titre: d.titre,
      createdAt: d.createdAt,
      taille: d.taille,
      href: d.type === "CONFIRMATION_INSCRIPTION" && d.candidatureVersion ? `${base}/confirmation/${d.candidatureVersion}` : `${base}/documents/${d.id}`,
    }));
  const produites = new Set(c.documents.filter((d) => d.type === "CONFIRMATION_INSCRIPTION").map((d) => d.candidatureVersion));
  for (let version = c.version; c.numero && version >= 1; version--) {
    if (produites.has(version)) continue;
    lignes.push({
      id: null,
      type: "CONFIRMATION_INSCRIPTION",
      typeLibelle: DOCUMENT_TYPE_LIBELLES.CONFIRMATION_INSCRIPTION,
      titre: `Confirmation d’inscription, version ${version}`,
      createdAt: null,
      taille: null,
      href: `${base}/confirmation/${version}`,
    });
  }
  return {
    candidature: { id: c.id, numero: c.numero, examen: c.session.examen.libelle, session: c.session.libelle, academie: c.session.academie.nom, zone: c.session.academie.timeZone },
    documents: lignes,
  };
}
