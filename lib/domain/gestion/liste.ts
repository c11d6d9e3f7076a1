// How a row of the back office's list reads: the candidate's name as managers file it, and the
// state of the dossier's pieces in a few words. Pure.

import type { StatutCandidature } from "./filtres";

/** The DSFR badge of each statut. */
export const SEVERITE_STATUT: Record<StatutCandidature, "info" | "success" | "warning" | "error" | "new"> = {
  BROUILLON: "info",
  ENREGISTREE: "success",
  DESINSCRITE: "warning",
  ANNULEE: "error",
};

export type NomsLigne = { nomNaissance: string; nomUsage: string | null; prenoms: string };

/** "DUPONT (née MARTIN) Camille": the usage name first when there is one, in capitals. */
export function nomAffiche({ nomNaissance, nomUsage, prenoms }: NomsLigne): string {
  const usage = nomUsage?.trim();
  const nom = usage ? `${usage.toLocaleUpperCase("fr")} (naissance\u00a0: ${nomNaissance.toLocaleUpperCase("fr")})` : nomNaissance.toLocaleUpperCase("fr");
  return `${nom} ${prenoms}`;
}

export type CompteursPieces = {
  piecesAttendues: number;
  piecesDeposees: number;
  piecesAControler: number;
  piecesNonConformes: number;
  piecesConformes: number;
};

const pluriel = (n: number, un: string, plusieurs: string) => `${n}\u00a0${n > 1 ? plusieurs : un}`;

/** "1 à contrôler, 2 attendues": each non-zero count, the most urgent first; "Aucune pièce" otherwise. */
export function resumePieces(c: CompteursPieces): string {
  const parties = [
    c.piecesAControler > 0 ? pluriel(c.piecesAControler, "à contrôler", "à contrôler") : null,
    c.piecesNonConformes > 0 ? pluriel(c.piecesNonConformes, "non conforme", "non conformes") : null,
    c.piecesAttendues > 0 ? pluriel(c.piecesAttendues, "attendue", "attendues") : null,
    c.piecesDeposees > 0 ? pluriel(c.piecesDeposees, "déposée non transmise", "déposées non transmises") : null,
    c.piecesConformes > 0 ? pluriel(c.piecesConformes, "conforme", "conformes") : null,
  ].filter((p): p is string => p !== null);
  return parties.length === 0 ? "Aucune pièce" : parties.join(", ");
}
