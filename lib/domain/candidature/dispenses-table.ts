// Dispenses of bac pro general units for holders of a diploma: CF annexe 1 table, arrêté du
// 8 novembre 2012 (REFERENCE §1). Rows: the unit dispensed; columns: the diploma held.
// "SI_UNITE" is the annexe's "*": the dispense holds only if the held diploma included that unit
// (checked on the relevé de notes).
import type { DiplomeDispense, DisciplineDispensable } from "./types";

export type RegleDispense = "OUI" | "SI_UNITE";

const TOUS_DIPLOMES: Record<DiplomeDispense, RegleDispense> = {
  BAC_GENERAL: "OUI",
  BAC_TECHNOLOGIQUE: "OUI",
  BAC_PROFESSIONNEL: "OUI",
  BMA: "OUI",
  BT_BTA: "OUI",
  DTMS: "OUI",
  TECHNICIEN_PODOLOGUE: "OUI",
  TECHNICIEN_PROTHESISTE_ORTHESISTE: "OUI",
  DIPLOME_SUPERIEUR: "OUI",
};

export const DISPENSES_PAR_DIPLOME: Record<DisciplineDispensable, Partial<Record<DiplomeDispense, RegleDispense>>> = {
  LVA: TOUS_DIPLOMES,
  FRANCAIS: TOUS_DIPLOMES,
  HISTOIRE_GEO_EMC: TOUS_DIPLOMES,
  ARTS_APPLIQUES: TOUS_DIPLOMES,
  EPS: TOUS_DIPLOMES,
  LVB: { BAC_GENERAL: "OUI", BAC_TECHNOLOGIQUE: "SI_UNITE", BAC_PROFESSIONNEL: "SI_UNITE", DIPLOME_SUPERIEUR: "SI_UNITE" },
  PSE: { BAC_PROFESSIONNEL: "OUI" },
  MATHS: { BAC_PROFESSIONNEL: "OUI" },
  ECO_GESTION: { BAC_PROFESSIONNEL: "SI_UNITE" },
  ECO_DROIT: { BAC_PROFESSIONNEL: "SI_UNITE" },
  PHYSIQUE_CHIMIE: { BAC_PROFESSIONNEL: "SI_UNITE" },
};

/** The Acquis step's checkbox declaring that the held diploma included a "*" unit. */
export type CaseUniteComprise =
  | "diplomeComporteLvb"
  | "diplomeComporteEcoGestion"
  | "diplomeComporteEcoDroit"
  | "diplomeComportePhysiqueChimie";

export const CASE_UNITE_COMPRISE: Partial<Record<DisciplineDispensable, CaseUniteComprise>> = {
  LVB: "diplomeComporteLvb",
  ECO_GESTION: "diplomeComporteEcoGestion",
  ECO_DROIT: "diplomeComporteEcoDroit",
  PHYSIQUE_CHIMIE: "diplomeComportePhysiqueChimie",
};
