// The pièces a candidature requires, each with why ("motif", stored on the Justificatif), from
// the NM list "Pour tous les candidats / Si concerné" and CF, AX21, NI (REFERENCE §4); then, for
// each, how it reaches the académie (mode, per session) and until when (its window).
import { instantToLocal, parseLocalDateTime, type Window } from "../calendar";
import { findPiece, PIECES_CATALOGUE, type PieceCode, type PieceMode } from "./pieces-catalogue";
import { consigneDepotEnLigne, consigneEnvoiPostal, delaiApresCloture, lignesAdresse, mentionEnveloppe } from "./pieces-consignes";
import type { CandidatureData } from "./schemas";
import type { SessionConfig, SpecialiteInfo } from "./types";

export interface PieceRequise {
  pieceCode: PieceCode;
  motif: string;
}

export interface PiecesInputs {
  /** "YYYY-MM-DD", or a Date at UTC midnight as Prisma's @db.Date gives it; unknown → JDC asked. */
  dateNaissance: string | Date | null | undefined;
  specialite?: Pick<SpecialiteInfo, "travailEnHauteur">;
}

/** Age reached on 31 December of `annee` is annee − birth year, whatever the birthday. */
export function isUnder25OnDecember31(dateNaissance: string | Date, annee: number): boolean {
  const anneeNaissance = typeof dateNaissance === "string" ? Number(dateNaissance.slice(0, 4)) : dateNaissance.getUTCFullYear();
  return annee - anneeNaissance < 25;
}

function isKnownDate(date: string | Date | null | undefined): date is string | Date {
  return typeof date === "string" ? /^\d{4}-\d{2}-\d{2}/.test(date) : date instanceof Date && !Number.isNaN(date.getTime());
}

/**
 * Works on a draft too: a step not filled yet requires nothing. Registration runs in the autumn
 * before the session, so the JDC rule's "31 décembre" is that of annee − 1 (NM: "– de 25 ans au
 * 31 décembre 2023" for session 2024).
 */
export function computeRequiredPieces(
  candidature: Partial<CandidatureData>,
  session: Pick<SessionConfig, "annee">,
  inputs: PiecesInputs,
): PieceRequise[] {
  const { informations, acquis, epreuves } = candidature;
  const route = informations?.typeCandidature;
  const anneeInscription = session.annee - 1;
  const jdc = !isKnownDate(inputs.dateNaissance) || isUnder25OnDecember31(inputs.dateNaissance, anneeInscription);

  const demandes: [PieceCode, boolean, string][] = [
    ["CINSIG01", true, "Tous les candidats"],
    ["1NATID01", true, "Tous les candidats"],
    ["JDCREC01", jdc, `Moins de 25 ans au 31 décembre ${anneeInscription}`],
    ["DIPLOM01", acquis?.type === "DISPENSES_DIPLOME", "Dispenses d’épreuves au titre d’un diplôme"],
    ["RELEVE01", route === "DEJA_PRESENTE", "Candidat ayant déjà présenté l’examen"],
    ["RELEVE01", acquis?.type === "BENEFICES_NOTES", "Bénéfices de notes demandés"],
    ["RELEVE01", acquis?.type === "AUTRE_SPECIALITE", "Dispenses au titre d’une autre spécialité"],
    ["VAEDEC01", acquis?.type === "DISPENSES_VAE", "Dispenses au titre de la VAE"],
    ["ATTFOR01", route === "ENSEIGNEMENT_A_DISTANCE", "Candidat de l’enseignement à distance"],
    ["ATTFOR01", route === "FORMATION_CONTINUE", "Préparation en formation professionnelle continue"],
    ["ATTSTG01", route === "ENSEIGNEMENT_A_DISTANCE", "Candidat de l’enseignement à distance"],
    ["CERTRV01", route === "EXPERIENCE_PRO_3_ANS", "Trois ans d’expérience professionnelle"],
    ["HAUTEU01", inputs.specialite?.travailEnHauteur === true, "Spécialité comportant des travaux en hauteur"],
    ["CMEPS01", epreuves?.epsChoix === "INAPTE", "Inaptitude à l’EPS"],
    ["MDPH01", epreuves?.epsChoix === "ADAPTEE", "Épreuve d’EPS adaptée"],
    ["AMENAG01", informations?.handicap === true && informations.amenagementExistant === true, "Aménagement d’épreuves déjà notifié"],
  ];

  return PIECES_CATALOGUE.flatMap(({ code }) => {
    const motifs = demandes.filter(([pieceCode, requise]) => requise && pieceCode === code).map(([, , motif]) => motif);
    return motifs.length > 0 ? [{ pieceCode: code, motif: motifs.join("\u00a0; ") }] : [];
  });
}

/**
 * What describeRequiredPieces reads of the session, its académie and its exam: the rows as Prisma
 * returns them (session with `academie`, `examen` and `pieces` included), or seed data.
 */
export interface PiecesSession {
  academie: { nom: string; timeZone: string; adressePostale: string | null };
  /** The session's own address for postal pieces (with the exam's line) [issue 10 §2]; else the académie's. */
  adressePostale?: string | null;
  examen: { libelle: string };
  inscriptionOuverture: Date;
  inscriptionCloture: Date;
  depotOuverture: Date | null;
  depotCloture: Date | null;
  confirmationLimite: Date | null;
  /** SessionPiece rows: the mode the académie set for each piece of this session. */
  pieces: readonly { pieceCode: string; mode: PieceMode }[];
}

export interface EnvoiPostal {
  /** The académie's address, one line each. */
  adresse: string[];
  /** The exam's line to write on the envelope. */
  mention: string;
}

export interface PieceAFournir {
  code: PieceCode;
  libelle: string;
  rubrique: string;
  motif: string;
  mode: PieceMode;
  /** Upload: when files may be added (closesAt exclusive). Post: when the postmark counts. */
  fenetre: Window;
  /** The sentence saying how and by when ("À déposer en ligne du … au … (heure de Paris)."). */
  consigne: string;
  /** Postal pieces only: where to send it and what to write on the envelope. */
  envoi: EnvoiPostal | null;
}

/**
 * The piece's mode in this session: its SessionPiece row, UPLOAD when the session has none (the
 * column's default, as ENREGISTRER creates the Justificatif).
 */
export function modePiece(session: Pick<PiecesSession, "pieces">, pieceCode: string): PieceMode {
  return session.pieces.find((p) => p.pieceCode === pieceCode)?.mode ?? "UPLOAD";
}

/**
 * The deposit window (Session.depotOuverture/depotCloture, the registration window when the
 * académie set none); the signed confirmation closes at Session.confirmationLimite when set.
 */
export function fenetrePiece(session: Omit<PiecesSession, "academie" | "examen" | "pieces">, pieceCode: string): Window {
  const opensAt = session.depotOuverture ?? session.inscriptionOuverture;
  const closesAt = session.depotCloture ?? session.inscriptionCloture;
  const confirmation = findPiece(pieceCode)?.confirmation === true;
  return { opensAt, closesAt: confirmation && session.confirmationLimite ? session.confirmationLimite : closesAt };
}

/**
 * Whole weeks from registration closing to `limite` at the same local time, or null: said beside
 * an online deadline that outlasts registration (NI), never guessed from other day counts.
 */
function semainesApresCloture(cloture: Date, limite: Date, zone: string): number | null {
  const a = parseLocalDateTime(instantToLocal(cloture, zone));
  const b = parseLocalDateTime(instantToLocal(limite, zone));
  if (!a || !b || a.hour !== b.hour || a.minute !== b.minute) return null;
  const jours = (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
  return jours >= 7 && jours % 7 === 0 ? jours / 7 : null;
}

/**
 * Each required piece with its label, mode, window and the sentence that says how and by when,
 * in the catalogue's order. Everything that differs between académies and sessions (modes, dates,
 * address, zone) comes from `session`.
 */
export function describeRequiredPieces(
  requises: readonly PieceRequise[],
  session: PiecesSession,
  specialite?: { codeDiplome: string; libelle: string } | null,
): PieceAFournir[] {
  const zone = session.academie.timeZone;
  const adresse = lignesAdresse(session.adressePostale ?? session.academie.adressePostale);
  return requises.map(({ pieceCode, motif }) => {
    const piece = findPiece(pieceCode);
    const mode = modePiece(session, pieceCode);
    const fenetre = fenetrePiece(session, pieceCode);
    const semaines = piece?.confirmation && session.confirmationLimite ? semainesApresCloture(session.inscriptionCloture, session.confirmationLimite, zone) : null;
    const consigne =
      mode === "UPLOAD"
        ? consigneDepotEnLigne(fenetre, zone, semaines === null ? null : delaiApresCloture(semaines))
        : consigneEnvoiPostal(fenetre, zone, { ouvertureInscriptions: session.inscriptionOuverture, adresse, academieNom: session.academie.nom });
    return {
      code: pieceCode,
      libelle: piece?.libelle ?? pieceCode,
      rubrique: piece?.rubrique ?? "",
      motif,
      mode,
      fenetre,
      consigne,
      envoi: mode === "POSTAL" ? { adresse, mention: mentionEnveloppe(session.examen.libelle, specialite) } : null,
    };
  });
}
