import "server-only";
import type { Prisma } from "@prisma/client";
import type { Db, Tx } from "@/lib/db";
import { estIdentifiant } from "@/lib/domain/identifiant";
import { describeRequiredPieces, type PieceAFournir, type PieceRequise } from "@/lib/domain/candidature/pieces";
import { PIECES_CATALOGUE } from "@/lib/domain/candidature/pieces-catalogue";
import {
  allowedPieceActions,
  decideSoumission,
  PIECE_STATUT_LIBELLES,
  sontPiecesFournies,
  type JustificatifEtat,
  type PieceActionType,
  type PieceContexte,
} from "@/lib/domain/candidature/piece-statut";
import type { CandidatureStatut } from "@/lib/domain/candidature/statut";

const INCLUDE = {
  session: { include: { academie: true, examen: true, pieces: { select: { pieceCode: true, mode: true } } } },
  specialite: { select: { codeDiplome: true, libelle: true } },
  justificatifs: {
    where: { caduc: false },
    include: { fichiers: { where: { supprimeAt: null }, orderBy: { deposeAt: "asc" } } },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.CandidatureInclude;

export type CandidatureAvecPieces = Prisma.CandidatureGetPayload<{ include: typeof INCLUDE }>;

/**
 * The candidature with its session, its pieces still required and their files, scoped in the query
 * itself: the owner's (accountId), or any of an académie's for its staff (academieId). Null when
 * the id is not one, or not in that scope.
 */
export async function loadCandidatureAvecPieces(
  db: Db | Tx,
  scope: { accountId: string } | { academieId: string | null },
  candidatureId: string,
): Promise<CandidatureAvecPieces | null> {
  if (!estIdentifiant(candidatureId)) return null;
  const where: Prisma.CandidatureWhereInput =
    "accountId" in scope ? { id: candidatureId, accountId: scope.accountId } : scope.academieId === null ? { id: candidatureId } : { id: candidatureId, session: { academieId: scope.academieId } };
  const candidature = await db.candidature.findFirst({ where, include: INCLUDE });
  // Rows created together share their createdAt: the catalogue's order, the same on every database.
  candidature?.justificatifs.sort((a, b) => rangPiece(a.pieceCode) - rangPiece(b.pieceCode) || a.pieceCode.localeCompare(b.pieceCode));
  return candidature;
}

function rangPiece(code: string): number {
  const rang = PIECES_CATALOGUE.findIndex((p) => p.code === code);
  return rang < 0 ? PIECES_CATALOGUE.length : rang;
}

export type FichierVue = { id: string; nom: string; typeMime: string; taille: number; deposeAt: Date };

export type PieceVue = PieceAFournir & {
  justificatifId: string;
  statut: JustificatifEtat["statut"];
  /** "Reçue", "Non conforme", "Conforme"; null while nothing was decided. */
  statutLibelle: string | null;
  commentaire: string | null;
  recuAt: Date | null;
  valideAt: Date | null;
  /** Handed in with "J'ai fourni toutes mes pièces". */
  fournie: boolean;
  fichiers: FichierVue[];
  /** What the candidate may do on it now (AJOUTER_FICHIER, SUPPRIMER_FICHIER). */
  actions: PieceActionType[];
};

export type JustificatifsVue = {
  candidatureId: string;
  numero: string | null;
  statut: CandidatureStatut;
  zone: string;
  academie: string;
  piecesFourniesAt: Date | null;
  /** The managers can check them: handed in and nothing changed since. */
  fournies: boolean;
  pieces: PieceVue[];
  /** "J'ai fourni toutes mes pièces": possible now, or why not. */
  soumission: { possible: true } | { possible: false; message: string };
};

export function etatJustificatif(j: CandidatureAvecPieces["justificatifs"][number]): JustificatifEtat {
  return {
    pieceCode: j.pieceCode,
    mode: j.mode,
    statut: j.statut,
    caduc: j.caduc,
    nbFichiers: j.fichiers.length,
    deposeAt: j.deposeAt,
    commentaire: j.commentaire,
    recuAt: j.recuAt,
    valideAt: j.valideAt,
  };
}

/** The pieces of a candidature as the candidate's page shows them, with what may be done now. */
export function vueJustificatifs(c: CandidatureAvecPieces, maintenant: Date): JustificatifsVue {
  const zone = c.session.academie.timeZone;
  const decrites = describeRequiredPieces(
    // Rows are written from the catalogue's codes (ENREGISTRER): read back as such.
    c.justificatifs.map((j) => ({ pieceCode: j.pieceCode as PieceRequise["pieceCode"], motif: j.motif })),
    c.session,
    c.specialite,
  );
  const pieces: PieceVue[] = c.justificatifs.map((j, i) => {
    const decrite = decrites[i]!;
    const etat = etatJustificatif(j);
    const ctx: PieceContexte = { acteur: "CANDIDAT", maintenant, candidatureStatut: c.statut, fenetre: decrite.fenetre, zone };
    return {
      ...decrite,
      // The mode the justificatif was created with (the session's at that ENREGISTRER).
      mode: j.mode,
      justificatifId: j.id,
      statut: j.statut,
      statutLibelle: PIECE_STATUT_LIBELLES[j.statut],
      commentaire: j.commentaire,
      recuAt: j.recuAt,
      valideAt: j.valideAt,
      fournie: j.deposeAt !== null,
      fichiers: j.fichiers.map((f) => ({ id: f.id, nom: f.nomOriginal, typeMime: f.typeMime, taille: f.taille, deposeAt: f.deposeAt })),
      actions: allowedPieceActions(etat, ctx),
    };
  });
  const soumission = decideSoumission(
    pieces.map((p, i) => ({ ...etatJustificatif(c.justificatifs[i]!), fenetre: p.fenetre })),
    { acteur: "CANDIDAT", maintenant, candidatureStatut: c.statut, piecesFourniesAt: c.piecesFourniesAt, zone },
  );
  return {
    candidatureId: c.id,
    numero: c.numero,
    statut: c.statut,
    zone,
    academie: c.session.academie.nom,
    piecesFourniesAt: c.piecesFourniesAt,
    fournies: sontPiecesFournies(c.piecesFourniesAt, c.justificatifs.map(etatJustificatif)),
    pieces,
    soumission: soumission.ok ? { possible: true } : { possible: false, message: soumission.message },
  };
}
