import "server-only";
import type { Db } from "@/lib/db";
import { findPiece } from "@/lib/domain/candidature/pieces-catalogue";
import { fenetrePiece } from "@/lib/domain/candidature/pieces";
import { allowedPieceActions, type PieceActionType } from "@/lib/domain/candidature/piece-statut";
import { differences, rubriquesDonnees, type Difference, type Rubrique } from "@/lib/domain/gestion/dossier";
import { estIdentifiant } from "@/lib/domain/identifiant";
import { etatJustificatif, loadCandidatureAvecPieces } from "@/lib/server/justificatifs/load-justificatifs";
import type { Scope } from "./scope";

export type PieceDossier = {
  id: string;
  code: string;
  libelle: string;
  motif: string;
  mode: "UPLOAD" | "POSTAL";
  statut: "ATTENDU" | "DEPOSE" | "RECUE" | "NON_CONFORME" | "CONFORME";
  /** Handed in ("J'ai fourni toutes mes pièces") at. */
  deposeAt: Date | null;
  recuAt: Date | null;
  valideAt: Date | null;
  commentaire: string | null;
  /** The form's token against concurrent verdicts (examiner-piece.ts). */
  updatedAt: string;
  fichiers: { id: string; nom: string; typeMime: string; taille: number; deposeAt: Date }[];
  /** The verdicts a manager may give now. */
  verdicts: PieceActionType[];
};

export type VersionDossier = { version: number; savedAt: Date; configVersion: number; rubriques: Rubrique[]; changements: Difference[] };

export type Dossier = NonNullable<Awaited<ReturnType<typeof chargerDossier>>>;

/**
 * Everything the back office shows of one candidature [issue 9 §4], read in the manager's académie
 * only (null otherwise, a 404): identity, answers, every saved version and what changed between
 * them, the pieces with their files and the verdicts possible now, the documents sent, the trail.
 */
export async function chargerDossier(db: Db, scope: Scope, candidatureId: string, maintenant: Date) {
  if (!estIdentifiant(candidatureId)) return null;
  const candidature = await loadCandidatureAvecPieces(db, { academieId: scope.academieId }, candidatureId);
  if (!candidature || candidature.academieId !== scope.academieId) return null;
  const zone = candidature.session.academie.timeZone;
  const [account, versions, documents, caduques, catalogue] = await Promise.all([
    db.account.findUniqueOrThrow({
      where: { id: candidature.accountId },
      select: { email: true, civilite: true, nomNaissance: true, nomUsage: true, prenoms: true, dateNaissance: true, paysNaissance: true },
    }),
    db.candidatureVersion.findMany({ where: { candidatureId }, orderBy: { version: "asc" }, select: { version: true, savedAt: true, configVersion: true, donnees: true } }),
    db.document.findMany({ where: { candidatureId }, orderBy: { createdAt: "desc" }, select: { id: true, type: true, titre: true, createdAt: true, candidatureVersion: true, storageKey: true } }),
    db.justificatif.findMany({ where: { candidatureId, caduc: true }, select: { pieceCode: true, statut: true, updatedAt: true } }),
    db.specialite.findMany({ where: { examenId: candidature.session.examenId }, select: { codeDiplome: true, libelle: true } }),
  ]);
  const pieceIds = candidature.justificatifs.map((j) => j.id);
  const audit = await db.auditEvent.findMany({
    where: {
      academieId: scope.academieId,
      OR: [{ entityType: "Candidature", entityId: candidatureId }, ...(pieceIds.length ? [{ entityType: "Justificatif", entityId: { in: pieceIds } }] : [])],
    },
    orderBy: { at: "desc" },
    take: 200,
    select: { id: true, action: true, at: true, actorRole: true, before: true, after: true, entityType: true, entityId: true, actor: { select: { prenoms: true, nomNaissance: true } } },
  });

  const pieces: PieceDossier[] = candidature.justificatifs.map((j) => {
    const fenetre = fenetrePiece(candidature.session, j.pieceCode);
    const verdicts = allowedPieceActions(etatJustificatif(j), { acteur: "GESTIONNAIRE", maintenant, candidatureStatut: candidature.statut, fenetre, zone }).filter((a) =>
      a.startsWith("MARQUER_"),
    );
    return {
      id: j.id,
      code: j.pieceCode,
      libelle: findPiece(j.pieceCode)?.libelle ?? j.pieceCode,
      motif: j.motif,
      mode: j.mode,
      statut: j.statut,
      deposeAt: j.deposeAt,
      recuAt: j.recuAt,
      valideAt: j.valideAt,
      commentaire: j.commentaire,
      updatedAt: j.updatedAt.toISOString(),
      fichiers: j.fichiers.map((f) => ({ id: f.id, nom: f.nomOriginal, typeMime: f.typeMime, taille: f.taille, deposeAt: f.deposeAt })),
      verdicts,
    };
  });

  let precedentes: Rubrique[] = [];
  const lues: VersionDossier[] = versions.map((v) => {
    const rubriques = rubriquesDonnees(v.donnees, catalogue);
    const changements = v.version === 1 ? [] : differences(precedentes, rubriques);
    precedentes = rubriques;
    return { version: v.version, savedAt: v.savedAt, configVersion: v.configVersion, rubriques, changements };
  });

  return {
    id: candidature.id,
    numero: candidature.numero,
    statut: candidature.statut,
    version: candidature.version,
    createdAt: candidature.createdAt,
    premierEnregistrementAt: candidature.premierEnregistrementAt,
    dernierEnregistrementAt: candidature.dernierEnregistrementAt,
    piecesFourniesAt: candidature.piecesFourniesAt,
    desinscriteAt: candidature.desinscriteAt,
    annuleeAt: candidature.annuleeAt,
    motifAnnulation: candidature.motifAnnulation,
    /** The configuration version it was last saved under [issue 10 §3]. */
    configVersion: candidature.configVersion,
    /** A choice withdrawn by the académie since: the candidate must act [issue 10 §3]. */
    aRevoir: candidature.aRevoirAt ? { at: candidature.aRevoirAt, motifs: Array.isArray(candidature.aRevoirMotifs) ? candidature.aRevoirMotifs.filter((m): m is string => typeof m === "string") : [] } : null,
    brouillonEnCours: candidature.brouillon !== null,
    zone,
    academie: candidature.session.academie.nom,
    session: { id: candidature.session.id, libelle: candidature.session.libelle, examen: candidature.session.examen.libelle },
    specialite: candidature.specialite,
    account,
    /** The answers in force: the last version saved, or the draft of a candidature never saved. */
    rubriques: lues.at(-1)?.rubriques ?? rubriquesDonnees(candidature.brouillon ?? candidature.donnees, catalogue),
    versions: lues.reverse(),
    pieces,
    caduques: caduques.map((c) => ({ code: c.pieceCode, libelle: findPiece(c.pieceCode)?.libelle ?? c.pieceCode, statut: c.statut })),
    documents: documents.map((d) => ({
      id: d.id,
      type: d.type,
      titre: d.titre,
      createdAt: d.createdAt,
      href:
        d.type === "CONFIRMATION_INSCRIPTION" && d.candidatureVersion !== null
          ? `/mes-candidatures/${candidature.id}/confirmation/${d.candidatureVersion}`
          : d.storageKey
            ? `/mes-candidatures/${candidature.id}/documents/${d.id}`
            : null,
    })),
    audit,
  };
}
