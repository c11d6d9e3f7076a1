// The session's configuration as the rules read it, from the stored session and spécialité rows
// (plain data, so a page, a service and a unit test build it the same way).
import type { Examen, Secteur, SessionConfig, SpecialiteInfo } from "./types";

/**
 * Facultative épreuves an individual candidate may choose, the LVF included. Bac pro: "au plus
 * deux", among mobilité, langue vivante and secteur sportif [C:S7]; CAP and BP: one [I]; MC:
 * none [I]. Inferred data, kept here until the session configuration carries it.
 */
export const MAX_FACULTATIVES: Record<Examen, number> = { BAC_PRO: 2, CAP: 1, BP: 1, MC: 0 };

/**
 * Facultatives other than the LVF offered to individual candidates: none. Cyclades shows them
 * the LVF only [C:CF]; the UF secteur sportif is for scolaires [C:S11] and the UF mobilité needs
 * a training period abroad [C:S12].
 */
export const FACULTATIVES_PROPOSEES: Record<Examen, readonly string[]> = { BAC_PRO: [], CAP: [], BP: [], MC: [] };

export interface SessionRow {
  annee: number;
  examen: { code: Examen };
  languesLva: readonly string[];
  languesLvb: readonly string[];
  languesLvf: readonly string[];
  activitesEps: readonly string[];
  activitesEpsAdaptees: readonly string[];
}

export function toSessionConfig(session: SessionRow): SessionConfig {
  const examen = session.examen.code;
  return {
    examen,
    annee: session.annee,
    languesLva: session.languesLva,
    languesLvb: session.languesLvb,
    languesLvf: session.languesLvf,
    activitesEps: session.activitesEps,
    activitesEpsAdaptees: session.activitesEpsAdaptees,
    maxFacultatives: MAX_FACULTATIVES[examen],
    facultativesProposees: FACULTATIVES_PROPOSEES[examen],
  };
}

export interface SpecialiteRow {
  codeDiplome: string;
  libelle: string;
  sigle?: string | null;
  secteur: Secteur;
  nbLanguesObligatoires: number;
  travailEnHauteur: boolean;
}

export function toSpecialiteInfo(row: SpecialiteRow): SpecialiteInfo {
  return {
    codeDiplome: row.codeDiplome,
    libelle: row.libelle,
    ...(row.sigle ? { sigle: row.sigle } : {}),
    secteur: row.secteur,
    // Anything but 0 or 2 reads as one language: LVB is then refused rather than required.
    nbLanguesObligatoires: row.nbLanguesObligatoires === 2 ? 2 : row.nbLanguesObligatoires === 0 ? 0 : 1,
    travailEnHauteur: row.travailEnHauteur,
  };
}
