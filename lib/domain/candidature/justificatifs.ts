// At each ENREGISTRER the candidature's justificatifs follow its pieces: a newly required piece
// is created (ATTENDU) in the mode the session sets for it, one still required keeps its status,
// mode and files (its motif may change), and one no longer required is marked caduc, kept for the
// record (a deposited file is never lost).
import type { PieceMode } from "./pieces-catalogue";
import { modePiece, type PieceRequise, type PiecesSession } from "./pieces";

export interface JustificatifExistant {
  pieceCode: string;
  motif: string;
  caduc: boolean;
}

export interface PlanJustificatifs {
  creer: (PieceRequise & { mode: PieceMode })[];
  /** Required again or with another motif. */
  mettreAJour: PieceRequise[];
  rendreCaducs: string[];
}

export function planJustificatifs(
  existants: readonly JustificatifExistant[],
  requises: readonly PieceRequise[],
  session: Pick<PiecesSession, "pieces"> = { pieces: [] },
): PlanJustificatifs {
  const parCode = new Map(existants.map((j) => [j.pieceCode, j]));
  const codesRequis = new Set<string>(requises.map((p) => p.pieceCode));
  return {
    creer: requises.filter((p) => !parCode.has(p.pieceCode)).map((p) => ({ ...p, mode: modePiece(session, p.pieceCode) })),
    mettreAJour: requises.filter((p) => {
      const existant = parCode.get(p.pieceCode);
      return existant !== undefined && (existant.caduc || existant.motif !== p.motif);
    }),
    rendreCaducs: existants.filter((j) => !j.caduc && !codesRequis.has(j.pieceCode)).map((j) => j.pieceCode),
  };
}
