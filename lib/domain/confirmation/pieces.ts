// The pieces section of the confirmation d'inscription: for each piece what it is, why, and the
// sentence saying how and by when (describeRequiredPieces and pieces-consignes.ts, the one source
// for Mes justificatifs, the récapitulatif and the mails), with the envelope's line for a postal
// piece. A plain list, so the document follows whatever those rules come to say.
import { describeRequiredPieces, type PieceRequise, type PiecesSession } from "../candidature/pieces";

export interface PieceConfirmation {
  code: string;
  libelle: string;
  /** Why this candidature requires it. */
  motif: string;
  /** How and by when ("À déposer en ligne du … au … (heure de Paris)."). */
  consigne: string;
  /** Postal pieces: what to write on the envelope. */
  mention: string | null;
}

export function piecesConfirmation(
  requises: readonly PieceRequise[],
  session: PiecesSession,
  specialite: { codeDiplome: string; libelle: string } | null,
): PieceConfirmation[] {
  return describeRequiredPieces(requises, session, specialite).map((p) => ({
    code: p.code,
    libelle: p.libelle,
    motif: p.motif,
    consigne: p.consigne,
    mention: p.envoi?.mention ?? null,
  }));
}
