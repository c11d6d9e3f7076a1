// A manager's bulk operations [issue 9 §6–7]: a demande de pièces or a relance sent to one dossier
// or to every dossier of a filtered list, and the annulation of dossiers still incomplete after the
// deposit deadline ("Au-delà du [délai], tout dossier incomplet entrainera l'annulation définitive
// de votre inscription" [C:CF]; "Tout dossier incomplet envoyé après la date limite entrainera
// l'annulation de l'inscription" [NM]; "la candidature sera annulée" [NI]). Who is concerned at
// instant T, in the académie's zone, is decided here, from plain data. Pure.
import { z } from "zod";
import { windowState, type Window } from "../calendar";
import { fenetrePiece } from "../candidature/pieces";
import { canTransition, type CandidatureStatut } from "../candidature/statut";
import { fr } from "../typographie";

export const OPERATION_TYPES = ["DEMANDE_PIECES", "RELANCE_PIECES", "ANNULATION"] as const;
export type OperationType = (typeof OPERATION_TYPES)[number];
export const COURRIER_TYPES = ["DEMANDE_PIECES", "RELANCE_PIECES"] as const;
export type CourrierType = (typeof COURRIER_TYPES)[number];

export const OPERATION_LIBELLES: Record<OperationType, string> = {
  DEMANDE_PIECES: "Demande de pièces",
  RELANCE_PIECES: "Relance",
  ANNULATION: "Annulation de dossiers incomplets",
};

/** Most dossiers one operation may reach (a whole académie's session fits). */
export const MAX_CIBLES = 20_000;
/** Candidatures handled by one job: a retried job redoes only what its lot has not done. */
export const TAILLE_LOT = 20;
export const MAX_MESSAGE = 2000;
export const MAX_MOTIF = 1000;

/** The lots of an operation's candidatures, one job each. */
export function lots<T>(ids: readonly T[], taille = TAILLE_LOT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < ids.length; i += taille) out.push(ids.slice(i, i + taille));
  return out;
}

/** Letters per PDF to print: a part prints in one go and is built in memory in a few seconds. */
export const LETTRES_PAR_PARTIE = 500;

/** The parts an operation's letters are offered in (1…n, each with its first and last letter); none without a letter. */
export function partiesLettres(nombre: number, taille = LETTRES_PAR_PARTIE): { partie: number; premiere: number; derniere: number }[] {
  const out = [];
  for (let debut = 0, partie = 1; debut < nombre; debut += taille, partie += 1) out.push({ partie, premiere: debut + 1, derniere: Math.min(nombre, debut + taille) });
  return out;
}

// ——— Forms ———

const texte = (max: number, message: string) =>
  z.preprocess((v) => (typeof v === "string" ? v.replace(/\r\n/g, "\n").trim() : ""), z.string().max(max, message));

/** The demande/relance form: the letter's type, the manager's message (optional), and its target. */
export const CourrierSchema = z.object({
  type: z.enum(COURRIER_TYPES, { error: fr`Choisissez le type de courrier : demande de pièces ou relance.` }),
  message: texte(MAX_MESSAGE, fr`Le message ne peut pas dépasser ${MAX_MESSAGE} caractères.`),
});

/** The annulation form: the session and the reason recorded on each candidature (required). */
export const AnnulationSchema = z.object({
  session: z.string({ error: "Choisissez la session." }).regex(/^[A-Za-z0-9_-]{1,40}$/, "Choisissez la session."),
  motif: texte(MAX_MOTIF, fr`Le motif ne peut pas dépasser ${MAX_MOTIF} caractères.`).pipe(
    z.string().min(10, fr`Indiquez le motif de l'annulation (10 caractères au moins) : il figure sur la lettre adressée à chaque candidat.`),
  ),
  confirmation: z.literal("on", { error: fr`Cochez la case pour confirmer l'annulation de ces candidatures.` }),
});

/** The revert form: why the annulation is withdrawn (recorded in the audit trail). */
export const RetablissementSchema = z.object({
  candidatureId: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
  raison: texte(MAX_MOTIF, fr`La raison ne peut pas dépasser ${MAX_MOTIF} caractères.`).pipe(
    z.string().min(5, fr`Indiquez pourquoi l'annulation est retirée : la raison est conservée dans l'historique du dossier.`),
  ),
});

// ——— The pieces a letter is about ———

/** A required piece as the rules read it (a Justificatif row with its count of files). */
export type PieceDossier = {
  pieceCode: string;
  mode: "UPLOAD" | "POSTAL";
  statut: "ATTENDU" | "DEPOSE" | "RECUE" | "NON_CONFORME" | "CONFORME";
  caduc: boolean;
  nbFichiers: number;
  /** Handed in with "J'ai fourni toutes mes pièces". */
  deposeAt: Date | null;
  commentaire: string | null;
};

/** The session's calendar, as fenetrePiece reads it. */
export type CalendrierSession = {
  inscriptionOuverture: Date;
  inscriptionCloture: Date;
  depotOuverture: Date | null;
  depotCloture: Date | null;
  confirmationLimite: Date | null;
};

/** Why a piece is in a letter. */
export type EtatPieceLettre = "A_FOURNIR" | "NON_CONFORME" | "A_TRANSMETTRE";

export type PieceLettre = { pieceCode: string; mode: "UPLOAD" | "POSTAL"; etat: EtatPieceLettre; commentaire: string | null; fenetre: Window };

/** Not provided (nothing yet, or an online piece without a file), refused, or deposited but not handed in. */
function etatPourRelance(p: PieceDossier): EtatPieceLettre | null {
  if (p.caduc) return null;
  if (p.statut === "NON_CONFORME") return "NON_CONFORME";
  if (p.statut === "ATTENDU" || (p.statut === "DEPOSE" && p.nbFichiers === 0)) return "A_FOURNIR";
  if (p.statut === "DEPOSE" && p.deposeAt === null) return "A_TRANSMETTRE";
  return null;
}

/**
 * The pieces a demande or relance asks for at `maintenant`: still missing, non conformes or not
 * handed in, and whose window has not closed (a letter asking for what can no longer be sent would
 * only mislead). Empty: the dossier is not concerned.
 */
export function piecesARelancer(pieces: readonly PieceDossier[], calendrier: CalendrierSession, maintenant: Date): PieceLettre[] {
  return pieces.flatMap((p) => {
    const etat = etatPourRelance(p);
    if (!etat) return [];
    const fenetre = fenetrePiece(calendrier, p.pieceCode);
    if (windowState(fenetre, maintenant) === "CLOSE") return [];
    return [{ pieceCode: p.pieceCode, mode: p.mode, etat, commentaire: p.statut === "NON_CONFORME" ? p.commentaire : null, fenetre }];
  });
}

export type RaisonIgnoree = "NON_ENREGISTREE" | "RIEN_A_DEMANDER" | "DELAI_NON_ECHU" | "PLUS_INCOMPLET" | "HORS_ACADEMIE" | "ANNULATION_RETIREE";
export const RAISON_IGNOREE_LIBELLES: Record<RaisonIgnoree, string> = {
  NON_ENREGISTREE: "la candidature n’est pas (ou plus) enregistrée",
  RIEN_A_DEMANDER: "aucune pièce n’est à demander (toutes fournies, ou délai de dépôt échu)",
  DELAI_NON_ECHU: "le délai de dépôt de ses pièces manquantes n’est pas échu",
  PLUS_INCOMPLET: "le dossier n’a plus de pièce manquante ou non conforme",
  HORS_ACADEMIE: "la candidature n’est pas de votre académie",
  ANNULATION_RETIREE: "une annulation de cette candidature a déjà été retirée par un administrateur de l’académie",
};

export type DecisionCourrier = { ok: true; pieces: PieceLettre[] } | { ok: false; raison: RaisonIgnoree };

/** Whether a candidature gets a demande/relance now: registered, with at least one piece to ask for. */
export function decisionCourrier(statut: CandidatureStatut, pieces: readonly PieceDossier[], calendrier: CalendrierSession, maintenant: Date): DecisionCourrier {
  if (statut !== "ENREGISTREE") return { ok: false, raison: "NON_ENREGISTREE" };
  const aDemander = piecesARelancer(pieces, calendrier, maintenant);
  return aDemander.length === 0 ? { ok: false, raison: "RIEN_A_DEMANDER" } : { ok: true, pieces: aDemander };
}

// ——— Annulation ———

/** The deposit deadline of a session (Session.depotCloture, else the registration's closing). */
export function clotureDepot(calendrier: Pick<CalendrierSession, "depotCloture" | "inscriptionCloture">): Date {
  return calendrier.depotCloture ?? calendrier.inscriptionCloture;
}

/** Whether a session's deposit deadline has passed at `maintenant` (its dossiers may then be cancelled). */
export function depotClos(calendrier: CalendrierSession, maintenant: Date): boolean {
  return maintenant.getTime() >= clotureDepot(calendrier).getTime();
}

/**
 * The pieces that make a dossier incomplete at `maintenant`: required, not provided (nothing, or an
 * online piece without a file) or non conforme, and whose own window has closed (the signed
 * confirmation may close a week after the others [NI]). A piece received or deposited but not yet
 * checked is the académie's to check, not the candidate's fault: it does not count.
 */
export function piecesManquantesApresCloture(pieces: readonly PieceDossier[], calendrier: CalendrierSession, maintenant: Date): PieceLettre[] {
  return pieces.flatMap((p) => {
    if (p.caduc) return [];
    const manquante = p.statut === "ATTENDU" || p.statut === "NON_CONFORME" || (p.statut === "DEPOSE" && p.nbFichiers === 0);
    if (!manquante) return [];
    const fenetre = fenetrePiece(calendrier, p.pieceCode);
    if (windowState(fenetre, maintenant) !== "CLOSE") return [];
    return [{ pieceCode: p.pieceCode, mode: p.mode, etat: p.statut === "NON_CONFORME" ? "NON_CONFORME" : "A_FOURNIR", commentaire: p.statut === "NON_CONFORME" ? p.commentaire : null, fenetre }];
  });
}

export type DecisionAnnulation = { ok: true; pieces: PieceLettre[] } | { ok: false; raison: RaisonIgnoree; message?: string };

/**
 * Whether the candidature may be cancelled at `maintenant` for an incomplete dossier: registered,
 * the registration closed and at least one piece missing after its deadline, as the candidature's
 * state machine allows (ANNULER). Checked when the list is shown and again when its turn comes.
 */
export function decisionAnnulation(
  statut: CandidatureStatut,
  pieces: readonly PieceDossier[],
  calendrier: CalendrierSession,
  maintenant: Date,
  acteur: "GESTIONNAIRE" | "ADMIN" = "GESTIONNAIRE",
): DecisionAnnulation {
  if (statut !== "ENREGISTREE") return { ok: false, raison: "NON_ENREGISTREE" };
  if (!depotClos(calendrier, maintenant)) return { ok: false, raison: "DELAI_NON_ECHU" };
  const manquantes = piecesManquantesApresCloture(pieces, calendrier, maintenant);
  const inscription = { opensAt: calendrier.inscriptionOuverture, closesAt: calendrier.inscriptionCloture };
  const transition = canTransition(statut, "ANNULER", { actor: acteur, windowState: windowState(inscription, maintenant), dossierComplet: manquantes.length === 0 });
  if (!transition.ok) {
    const raison: RaisonIgnoree = transition.code === "DELAI_NON_ECHU" ? "DELAI_NON_ECHU" : transition.code === "DOSSIER_COMPLET" ? "PLUS_INCOMPLET" : "NON_ENREGISTREE";
    return { ok: false, raison, message: transition.message };
  }
  return { ok: true, pieces: manquantes };
}

/** The audit actions that record a candidature's outcome in an operation (the ledger a retry, the summary and the sweeper read). */
export const ISSUES_OPERATION = {
  courrier: "operation.courrier.envoye",
  annulation: "candidature.annulee",
  ignoree: "operation.candidature.ignoree",
  echec: "operation.candidature.echec",
} as const;

/** The audit action of an annulation withdrawn by an admin d'académie: no later annulation of the session takes that dossier again. */
export const ACTION_ANNULATION_RETIREE = "candidature.annulation.retiree";

/** Whether a cancelled candidature may be put back (an admin d'académie only, from ANNULEE). */
export function peutRetablir(statut: CandidatureStatut, role: string): boolean {
  return statut === "ANNULEE" && role === "ADMIN_ACADEMIE";
}

// ——— Progress ———

export type Compteurs = { total: number; traites: number; echecs: number; ignores: number; termineAt: Date | null };

/**
 * An operation's progress: `traites` counts every candidature dealt with (letter sent, skipped or
 * failed), so the letters sent are what is left once skipped and failed ones are taken out.
 */
export function avancement(op: Compteurs): { envoyes: number; ignores: number; echecs: number; restants: number; pourcentage: number; termine: boolean } {
  const envoyes = Math.max(0, op.traites - op.ignores - op.echecs);
  const restants = Math.max(0, op.total - op.traites);
  const pourcentage = op.total === 0 ? 100 : Math.min(100, Math.floor((op.traites * 100) / op.total));
  return { envoyes, ignores: op.ignores, echecs: op.echecs, restants, pourcentage, termine: op.termineAt !== null || restants === 0 };
}

// French takes the singular for 0 and 1 ("0 échec").
const pluriel = (n: number, un: string, plusieurs: string) => (n <= 1 ? `${n} ${un}` : `${n.toLocaleString("fr-FR")} ${plusieurs}`);

/** The summary of a finished (or running) operation, in one French sentence per figure. */
export function resume(type: OperationType, op: Compteurs): string[] {
  const a = avancement(op);
  const faits =
    type === "ANNULATION"
      ? pluriel(a.envoyes, "candidature annulée et notifiée", "candidatures annulées et notifiées")
      : pluriel(a.envoyes, "courrier envoyé", "courriers envoyés");
  return [
    `${faits}.`,
    `${pluriel(a.ignores, "dossier ignoré parce qu’il n’était plus concerné", "dossiers ignorés parce qu’ils n’étaient plus concernés")}.`,
    `${pluriel(a.echecs, "échec", "échecs")}.`,
    ...(a.termine ? [] : [`${pluriel(a.restants, "dossier reste", "dossiers restent")} à traiter.`]),
  ];
}

