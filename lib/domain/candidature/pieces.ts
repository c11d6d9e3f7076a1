// The pièces a candidature requires, each with why ("motif", stored on the Justificatif), from
// the NM list "Pour tous les candidats / Si concerné" and CF, AX21, NI (REFERENCE §4).
import { PIECES_CATALOGUE, type PieceCode } from "./pieces-catalogue";
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
