// The life of a justificatif as a guarded state machine (statut.ts does the same for the
// candidature): which move is allowed from which status, for whom, and inside or outside the
// piece's window, with refusal codes mapped to French messages here only.
//
// Statuses as in Cyclades [C:CF, "Quatre cas se présentent"]:
//   ATTENDU       nothing yet (no file online; not received by post)
//   DEPOSE        at least one file online. `deposeAt` null: the candidate may still change it;
//                 set: handed in with "J'ai fourni toutes mes pièces" (locked, to be checked).
//                 Each file keeps its own upload time (JustificatifFichier.deposeAt).
//   RECUE         a manager received it, not checked yet ("date de réception"; postal pieces too)
//   NON_CONFORME  a manager's verdict with a comment: the candidate may re-deposit that piece and
//                 must then hand it in again ("devrai cliquer de nouveau sur J'ai fourni toutes mes
//                 pièces")
//   CONFORME      validated ("date de validation"): the candidate can no longer change it
// Managers may change their verdicts ("il peut changer leur statut"); candidates never touch a
// piece that is RECUE, CONFORME or handed in.
// After a piece's window closes the candidate can change nothing more (no re-deposit either):
// its files stand as they are and managers may check them, handed in or not; a piece still
// missing leaves the dossier incomplete, which lets a manager cancel it (statut.ts, ANNULER).
import { windowState, type Window, type WindowState } from "../calendar";
import { instantLocal } from "./fenetre";
import { fr } from "./format";
import { findPiece, type PieceMode } from "./pieces-catalogue";
import type { Actor, CandidatureStatut } from "./statut";

export const PIECE_STATUTS = ["ATTENDU", "DEPOSE", "RECUE", "NON_CONFORME", "CONFORME"] as const;
export type PieceStatut = (typeof PIECE_STATUTS)[number];

/** What the candidate reads beside a piece; nothing while it waits for a check [C:CF]. */
export const PIECE_STATUT_LIBELLES: Record<PieceStatut, string | null> = {
  ATTENDU: null,
  DEPOSE: null,
  RECUE: "Reçue",
  NON_CONFORME: "Non conforme",
  CONFORME: "Conforme",
};

export const PIECE_ACTIONS = ["AJOUTER_FICHIER", "SUPPRIMER_FICHIER", "MARQUER_RECUE", "MARQUER_NON_CONFORME", "MARQUER_CONFORME"] as const;
export type PieceActionType = (typeof PIECE_ACTIONS)[number];

export type PieceAction =
  | { type: "AJOUTER_FICHIER" }
  | { type: "SUPPRIMER_FICHIER" }
  /** dateReception: the day the manager says it arrived; now when omitted. */
  | { type: "MARQUER_RECUE"; dateReception?: Date }
  | { type: "MARQUER_NON_CONFORME"; commentaire: string; dateReception?: Date }
  | { type: "MARQUER_CONFORME" };

/** Files of one piece: enough for a recto-verso or a few pages of certificates, and bounded. */
export const MAX_FICHIERS_PAR_PIECE = 10;
/** The manager's comment to the candidate. */
export const MAX_COMMENTAIRE = 1000;

/** A Justificatif row as the rules read it, with the count of its files not deleted. */
export interface JustificatifEtat {
  pieceCode: string;
  mode: PieceMode;
  statut: PieceStatut;
  caduc: boolean;
  nbFichiers: number;
  /** Handed in with "J'ai fourni toutes mes pièces" at; null while the candidate may change it. */
  deposeAt: Date | null;
  commentaire: string | null;
  recuAt: Date | null;
  valideAt: Date | null;
}

/** The columns a move writes (the server also adds or removes the file row itself). */
export type JustificatifSuivant = Pick<JustificatifEtat, "statut" | "nbFichiers" | "deposeAt" | "commentaire" | "recuAt" | "valideAt">;

export interface PieceContexte {
  acteur: Actor;
  /** The server's "now" (lib/clock.ts), never the browser's. */
  maintenant: Date;
  candidatureStatut: CandidatureStatut;
  /** The piece's window (fenetrePiece in pieces.ts). */
  fenetre: Window;
  /** The académie's zone, for the dates in refusals. */
  zone: string;
}

export type PieceRefusCode =
  | "CANDIDATURE_NON_ENREGISTREE"
  | "PIECE_CADUQUE"
  | "ACTEUR_NON_AUTORISE"
  | "PIECE_POSTALE"
  | "PIECE_FOURNIE"
  | "PIECE_RECUE"
  | "PIECE_CONFORME"
  | "DEPOT_NON_OUVERT"
  | "DEPOT_CLOS"
  | "TROP_DE_FICHIERS"
  | "AUCUN_FICHIER"
  | "RIEN_A_EXAMINER"
  | "PIECE_NON_FOURNIE"
  | "COMMENTAIRE_REQUIS"
  | "COMMENTAIRE_TROP_LONG"
  | "DATE_RECEPTION_FUTURE"
  | "DEJA_CONFORME"
  | "AUCUNE_PIECE_EN_LIGNE"
  | "PIECES_MANQUANTES"
  | "DEJA_FOURNIES";

export type PieceRefus = { ok: false; code: PieceRefusCode; message: string };

export type DecisionPiece =
  | {
      ok: true;
      justificatif: JustificatifSuivant;
      /** Set: the candidature's "pièces fournies" flag goes back to null (the candidate must hand in again). */
      annulerPiecesFournies: boolean;
      /** A mail tells the candidate (issue 8 §6: Cyclades does not, and candidates miss it). */
      notifierCandidat: boolean;
    }
  | PieceRefus;

interface DetailsRefus {
  fenetre?: Window;
  zone?: string;
  manquantes?: readonly string[];
}

const libellePiece = (code: string) => findPiece(code)?.libelle ?? code;

const MESSAGES: Record<PieceRefusCode, (d: DetailsRefus) => string> = {
  CANDIDATURE_NON_ENREGISTREE: () => fr`Cette candidature n'est pas enregistrée : ses pièces ne peuvent pas être modifiées.`,
  PIECE_CADUQUE: () => fr`Cette pièce n'est plus demandée pour cette candidature : elle est conservée mais ne peut plus être modifiée.`,
  ACTEUR_NON_AUTORISE: () => fr`Vous n'êtes pas autorisé à effectuer cette opération sur cette pièce.`,
  PIECE_POSTALE: () => fr`Cette pièce s'envoie par la poste : elle ne se dépose pas en ligne.`,
  PIECE_FOURNIE: () =>
    fr`Vous avez indiqué avoir fourni cette pièce : elle ne peut plus être modifiée, sauf si le service des examens la déclare non conforme.`,
  PIECE_RECUE: () => fr`Cette pièce a été reçue par le service des examens : elle ne peut plus être modifiée.`,
  PIECE_CONFORME: () => fr`Cette pièce a été déclarée conforme : elle ne peut plus être modifiée.`,
  DEPOT_NON_OUVERT: ({ fenetre, zone }) =>
    fenetre && zone ? fr`Le dépôt de cette pièce ouvrira le ${instantLocal(fenetre.opensAt, zone)} : rien n'a été enregistré.` : fr`Le dépôt n'est pas encore ouvert : rien n'a été enregistré.`,
  DEPOT_CLOS: ({ fenetre, zone }) =>
    fenetre && zone
      ? fr`Le dépôt de cette pièce est clos depuis le ${instantLocal(fenetre.closesAt, zone)} : rien n'a été enregistré. Pour toute question, contactez le service des examens.`
      : fr`Le dépôt est clos : rien n'a été enregistré. Pour toute question, contactez le service des examens.`,
  TROP_DE_FICHIERS: () => fr`Une pièce compte au plus ${MAX_FICHIERS_PAR_PIECE} fichiers : supprimez-en un avant d'en ajouter un autre.`,
  AUCUN_FICHIER: () => fr`Cette pièce n'a aucun fichier à supprimer.`,
  RIEN_A_EXAMINER: () => fr`Aucun fichier n'a été déposé pour cette pièce : il n'y a rien à examiner.`,
  PIECE_NON_FOURNIE: ({ fenetre, zone }) =>
    fenetre && zone
      ? fr`Le candidat peut encore modifier cette pièce : elle pourra être examinée quand il aura indiqué avoir fourni ses pièces, ou après la clôture du dépôt le ${instantLocal(fenetre.closesAt, zone)}.`
      : fr`Le candidat peut encore modifier cette pièce : elle pourra être examinée quand il aura indiqué avoir fourni ses pièces.`,
  COMMENTAIRE_REQUIS: () => fr`Indiquez au candidat ce qui ne va pas : le commentaire est obligatoire pour une pièce non conforme.`,
  COMMENTAIRE_TROP_LONG: () => fr`Le commentaire compte au plus ${MAX_COMMENTAIRE} caractères.`,
  DATE_RECEPTION_FUTURE: () => fr`La date de réception ne peut pas être postérieure à aujourd'hui.`,
  DEJA_CONFORME: () => fr`Cette pièce est déjà conforme.`,
  AUCUNE_PIECE_EN_LIGNE: () => fr`Aucune pièce de cette candidature ne se dépose en ligne : il n'y a rien à indiquer.`,
  PIECES_MANQUANTES: ({ manquantes = [] }) => {
    const liste = manquantes.map(libellePiece).join("\u00a0; ");
    return manquantes.length === 1
      ? fr`Il manque encore une pièce : ${liste}. Déposez-la avant d'indiquer que vous avez fourni toutes vos pièces.`
      : fr`Il manque encore ${manquantes.length} pièces : ${liste}. Déposez-les avant d'indiquer que vous avez fourni toutes vos pièces.`;
  },
  DEJA_FOURNIES: () => fr`Vous avez déjà indiqué avoir fourni toutes vos pièces : elles sont en cours d'examen.`,
};

function refus(code: PieceRefusCode, details: DetailsRefus = {}): PieceRefus {
  return { ok: false, code, message: MESSAGES[code](details) };
}

/** A refusal's French message from its code alone (a page told the code by a redirect), with the piece's window. */
export function messageRefusPiece(code: PieceRefusCode, details: { fenetre?: Window; zone?: string } = {}): string {
  return MESSAGES[code](details);
}

const estPersonnel = (acteur: Actor) => acteur === "GESTIONNAIRE" || acteur === "ADMIN";

/** Whether the candidate may still change this piece's files, window aside. */
function refusVerrou(piece: JustificatifEtat): PieceRefusCode | null {
  switch (piece.statut) {
    case "ATTENDU":
    case "NON_CONFORME":
      return null;
    case "DEPOSE":
      return piece.deposeAt === null ? null : "PIECE_FOURNIE";
    case "RECUE":
      return "PIECE_RECUE";
    case "CONFORME":
      return "PIECE_CONFORME";
  }
}

function refusFenetre(state: WindowState, details: DetailsRefus): PieceRefus | null {
  if (state === "A_VENIR") return refus("DEPOT_NON_OUVERT", details);
  if (state === "CLOSE") return refus("DEPOT_CLOS", details);
  return null;
}

/** Trimmed, line endings unified, control characters other than line breaks and tabs removed. */
export function nettoyerCommentaire(commentaire: string): string {
  return commentaire.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "").trim();
}

/** Managers check a postal piece any time, an online one once handed in or frozen by its closed window. */
function estExaminable(piece: JustificatifEtat, state: WindowState): boolean {
  if (piece.mode === "POSTAL") return true;
  if (piece.statut === "ATTENDU") return false;
  return piece.statut !== "DEPOSE" || piece.deposeAt !== null || state === "CLOSE";
}

function ok(justificatif: JustificatifSuivant): DecisionPiece {
  return { ok: true, justificatif, annulerPiecesFournies: false, notifierCandidat: false };
}

/** The candidate adds or deletes a file: an online piece not locked, inside its window. */
function decideFichier(piece: JustificatifEtat, action: "AJOUTER_FICHIER" | "SUPPRIMER_FICHIER", ctx: PieceContexte, state: WindowState): DecisionPiece {
  if (ctx.acteur !== "CANDIDAT") return refus("ACTEUR_NON_AUTORISE");
  if (piece.mode === "POSTAL") return refus("PIECE_POSTALE");
  const verrou = refusVerrou(piece);
  if (verrou) return refus(verrou);
  const hors = refusFenetre(state, ctx);
  if (hors) return hors;
  if (action === "AJOUTER_FICHIER") {
    if (piece.nbFichiers >= MAX_FICHIERS_PAR_PIECE) return refus("TROP_DE_FICHIERS");
    // A re-deposit after Non conforme keeps the manager's comment until the next verdict.
    return ok({ statut: "DEPOSE", nbFichiers: piece.nbFichiers + 1, deposeAt: null, commentaire: piece.commentaire, recuAt: null, valideAt: null });
  }
  if (piece.nbFichiers === 0) return refus("AUCUN_FICHIER");
  const nbFichiers = piece.nbFichiers - 1;
  // Its last file gone, the piece is waited for again, or non conforme again if it was.
  const statut = nbFichiers > 0 ? piece.statut : piece.statut === "NON_CONFORME" || piece.commentaire !== null ? "NON_CONFORME" : "ATTENDU";
  return ok({ statut, nbFichiers, deposeAt: null, commentaire: piece.commentaire, recuAt: piece.recuAt, valideAt: null });
}

/** A manager's verdict: no deadline of theirs (checks follow the closing). */
function decideVerdict(
  piece: JustificatifEtat,
  action: Extract<PieceAction, { type: "MARQUER_RECUE" | "MARQUER_NON_CONFORME" | "MARQUER_CONFORME" }>,
  ctx: PieceContexte,
  state: WindowState,
): DecisionPiece {
  if (!estPersonnel(ctx.acteur)) return refus("ACTEUR_NON_AUTORISE");
  if (!estExaminable(piece, state)) return refus(piece.statut === "ATTENDU" ? "RIEN_A_EXAMINER" : "PIECE_NON_FOURNIE", ctx);
  const base = { nbFichiers: piece.nbFichiers, deposeAt: piece.deposeAt };
  const future = (date: Date | undefined) => date !== undefined && date.getTime() > ctx.maintenant.getTime();
  switch (action.type) {
    case "MARQUER_RECUE":
      if (future(action.dateReception)) return refus("DATE_RECEPTION_FUTURE");
      return ok({ ...base, statut: "RECUE", commentaire: null, recuAt: action.dateReception ?? piece.recuAt ?? ctx.maintenant, valideAt: null });
    case "MARQUER_NON_CONFORME": {
      const commentaire = nettoyerCommentaire(action.commentaire);
      if (commentaire === "") return refus("COMMENTAIRE_REQUIS");
      if ([...commentaire].length > MAX_COMMENTAIRE) return refus("COMMENTAIRE_TROP_LONG");
      if (future(action.dateReception)) return refus("DATE_RECEPTION_FUTURE");
      return {
        ok: true,
        justificatif: { ...base, statut: "NON_CONFORME", commentaire, recuAt: action.dateReception ?? piece.recuAt ?? ctx.maintenant, valideAt: null },
        // An online piece goes back to the candidate, who must hand it in again; a postal one is re-sent by post.
        annulerPiecesFournies: piece.mode === "UPLOAD",
        notifierCandidat: true,
      };
    }
    case "MARQUER_CONFORME":
      if (piece.statut === "CONFORME") return refus("DEJA_CONFORME");
      return ok({ ...base, statut: "CONFORME", commentaire: null, recuAt: piece.recuAt ?? ctx.maintenant, valideAt: ctx.maintenant });
  }
}

/**
 * Decides one move on one piece: refused with a code and a French message, or allowed with the
 * piece's next columns and what else must happen (the candidature's flag, the candidate's mail).
 */
export function decidePieceAction(piece: JustificatifEtat, action: PieceAction, ctx: PieceContexte): DecisionPiece {
  if (ctx.candidatureStatut !== "ENREGISTREE") return refus("CANDIDATURE_NON_ENREGISTREE");
  if (piece.caduc) return refus("PIECE_CADUQUE");
  const state = windowState(ctx.fenetre, ctx.maintenant);
  switch (action.type) {
    case "AJOUTER_FICHIER":
    case "SUPPRIMER_FICHIER":
      return decideFichier(piece, action.type, ctx, state);
    default:
      return decideVerdict(piece, action, ctx, state);
  }
}

/** The moves this actor may make on this piece now, e.g. to choose which buttons to show. */
export function allowedPieceActions(piece: JustificatifEtat, ctx: PieceContexte): PieceActionType[] {
  const essai: Record<PieceActionType, PieceAction> = {
    AJOUTER_FICHIER: { type: "AJOUTER_FICHIER" },
    SUPPRIMER_FICHIER: { type: "SUPPRIMER_FICHIER" },
    MARQUER_RECUE: { type: "MARQUER_RECUE" },
    MARQUER_NON_CONFORME: { type: "MARQUER_NON_CONFORME", commentaire: "—" },
    MARQUER_CONFORME: { type: "MARQUER_CONFORME" },
  };
  return PIECE_ACTIONS.filter((type) => decidePieceAction(piece, essai[type], ctx).ok);
}

// ——— "J'ai fourni toutes mes pièces" ———

export interface SoumissionContexte {
  acteur: Actor;
  maintenant: Date;
  candidatureStatut: CandidatureStatut;
  /** Candidature.piecesFourniesAt. */
  piecesFourniesAt: Date | null;
  zone: string;
}

export type DecisionSoumission =
  | {
      ok: true;
      /** The candidature's new piecesFourniesAt. */
      piecesFourniesAt: Date;
      /** Pieces handed in now: their deposeAt becomes piecesFourniesAt. */
      fournies: string[];
    }
  | (PieceRefus & { manquantes?: string[] });

/** An online piece the candidate has handed in, or that the académie has already received or validated. */
function estFournie(piece: JustificatifEtat): boolean {
  return piece.statut === "RECUE" || piece.statut === "CONFORME" || (piece.statut === "DEPOSE" && piece.deposeAt !== null);
}

/** A piece that still needs a file before it can be handed in (every online piece "has at least one file"). */
function estManquante(piece: JustificatifEtat): boolean {
  return piece.statut === "ATTENDU" || piece.statut === "NON_CONFORME" || (piece.statut === "DEPOSE" && piece.nbFichiers === 0);
}

/** The state of the candidate's deposit as a whole: open while any online piece's window is. */
function etatDepot(pieces: readonly (JustificatifEtat & { fenetre: Window })[], maintenant: Date): { state: WindowState; fenetre: Window } {
  const etats = pieces.map((p) => ({ state: windowState(p.fenetre, maintenant), fenetre: p.fenetre }));
  const ouverte = etats.find((e) => e.state === "OUVERTE");
  if (ouverte) return ouverte;
  const aVenir = etats.filter((e) => e.state === "A_VENIR").sort((a, b) => a.fenetre.opensAt.getTime() - b.fenetre.opensAt.getTime());
  if (aVenir[0]) return aVenir[0];
  const closes = [...etats].sort((a, b) => b.fenetre.closesAt.getTime() - a.fenetre.closesAt.getTime());
  return closes[0] ?? { state: "CLOSE", fenetre: { opensAt: maintenant, closesAt: maintenant } };
}

/**
 * "J'ai fourni toutes mes pièces" [C:CF]: only the candidate, on a registered candidature, while a
 * deposit window is open, once every online piece still required has a file (a Non conforme one
 * re-deposited). It hands in and locks every piece deposited since, and sets the flag that tells
 * the académie's managers the pieces can be checked. Postal pieces do not hold it back.
 */
export function decideSoumission(pieces: readonly (JustificatifEtat & { fenetre: Window })[], ctx: SoumissionContexte): DecisionSoumission {
  if (ctx.candidatureStatut !== "ENREGISTREE") return refus("CANDIDATURE_NON_ENREGISTREE");
  if (ctx.acteur !== "CANDIDAT") return refus("ACTEUR_NON_AUTORISE");
  const enLigne = pieces.filter((p) => !p.caduc && p.mode === "UPLOAD");
  if (enLigne.length === 0) return refus("AUCUNE_PIECE_EN_LIGNE");
  const depot = etatDepot(enLigne, ctx.maintenant);
  const hors = refusFenetre(depot.state, { fenetre: depot.fenetre, zone: ctx.zone });
  if (hors) return hors;
  const manquantes = enLigne.filter(estManquante).map((p) => p.pieceCode);
  if (manquantes.length > 0) return { ...refus("PIECES_MANQUANTES", { manquantes }), manquantes };
  const fournies = enLigne.filter((p) => p.statut === "DEPOSE" && p.deposeAt === null).map((p) => p.pieceCode);
  if (fournies.length === 0 && ctx.piecesFourniesAt !== null) return refus("DEJA_FOURNIES");
  return { ok: true, piecesFourniesAt: ctx.maintenant, fournies };
}

/**
 * Whether the académie's managers can check the pieces now: the candidate said so and nothing has
 * changed since (a piece newly required by a later ENREGISTRER, a re-deposit not handed in yet).
 */
export function sontPiecesFournies(piecesFourniesAt: Date | null, pieces: readonly JustificatifEtat[]): boolean {
  return piecesFourniesAt !== null && pieces.filter((p) => !p.caduc && p.mode === "UPLOAD").every(estFournie);
}

/** Every piece still required is Conforme: the dossier is complete (statut.ts, ANNULER). */
export function estDossierComplet(pieces: readonly JustificatifEtat[]): boolean {
  return pieces.filter((p) => !p.caduc).every((p) => p.statut === "CONFORME");
}
