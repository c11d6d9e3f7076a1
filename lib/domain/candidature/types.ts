// Plain inputs of the registration rules: no Prisma, no Next. The step data shapes are inferred
// from the zod schemas (schemas.ts); the enums they use are declared here.

export const EXAMEN_CODES = ["BAC_PRO", "CAP", "BP", "MC"] as const;
export type Examen = (typeof EXAMEN_CODES)[number];

export type Secteur = "PRODUCTION" | "SERVICES";

/** The session's configuration the candidate fills against (frozen per configVersion). */
export interface SessionConfig {
  examen: Examen;
  /** Session year ("Session 2024"); registration happens in the autumn of annee − 1. */
  annee: number;
  languesLva: readonly string[];
  languesLvb: readonly string[];
  languesLvf: readonly string[];
  activitesEps: readonly string[];
  activitesEpsAdaptees: readonly string[];
  /** Most facultative épreuves a candidate may choose, LVF included (bac pro: 2 [C:S7]). */
  maxFacultatives: number;
  /** Codes of the facultative épreuves other than the LVF offered to individual candidates. */
  facultativesProposees?: readonly string[];
}

export interface SpecialiteInfo {
  /** Code diplôme (BCN, 8 digits). */
  codeDiplome: string;
  libelle: string;
  /** Usual abbreviation ("MELEC"), shown beside the libellé in lists. */
  sigle?: string;
  secteur: Secteur;
  /**
   * 0 = none (a mention complémentaire may have no general unit [I]), 1 = LVA, 2 = LVA + LVB; per
   * règlement, kept in data (CSR is services with 1 [C:CF]).
   */
  nbLanguesObligatoires: 0 | 1 | 2;
  travailEnHauteur: boolean;
}

export interface AcademieInfo {
  /** Ministry code ("06" Clermont-Ferrand, "12" Nancy-Metz…). */
  code: string;
  nom: string;
  /** Département codes ("63", "2A", "971"). */
  departements: readonly string[];
}

/** A rule violation, put beside the form field it names ("" = the whole form). */
export interface FieldError {
  field: string;
  message: string;
}

/** Eligibility routes of an individual candidate [C:CF, AX21]. */
export const ROUTES = ["DEJA_PRESENTE", "ENSEIGNEMENT_A_DISTANCE", "FORMATION_CONTINUE", "EXPERIENCE_PRO_3_ANS"] as const;
export type Route = (typeof ROUTES)[number];

export const FORMES_PASSAGE = ["GLOBALE", "PROGRESSIVE"] as const;
export type FormePassage = (typeof FORMES_PASSAGE)[number];

export const EPS_CHOIX = ["APTE", "INAPTE", "DISPENSE", "ADAPTEE"] as const;
export type EpsChoix = (typeof EPS_CHOIX)[number];

/** The "5 possibilités" of the Acquis step [C:CF]; their Cyclades labels are unknown [I]. */
export const ACQUIS_TYPES = ["AUCUN", "BENEFICES_NOTES", "DISPENSES_DIPLOME", "AUTRE_SPECIALITE", "DISPENSES_VAE"] as const;
export type AcquisType = (typeof ACQUIS_TYPES)[number];

/** Subjects that dispense rules and épreuves refer to (PROFESSIONNEL: never dispensed by a diploma). */
export const DISCIPLINES = [
  "LVA",
  "LVB",
  "FRANCAIS",
  "HISTOIRE_GEO_EMC",
  "ARTS_APPLIQUES",
  "EPS",
  "PSE",
  "MATHS",
  "ECO_GESTION",
  "ECO_DROIT",
  "PHYSIQUE_CHIMIE",
  "PROFESSIONNEL",
] as const;
export type Discipline = (typeof DISCIPLINES)[number];

export const DISCIPLINES_DISPENSABLES = DISCIPLINES.filter(
  (d): d is Exclude<Discipline, "PROFESSIONNEL"> => d !== "PROFESSIONNEL",
) as [DisciplineDispensable, ...DisciplineDispensable[]];
export type DisciplineDispensable = Exclude<Discipline, "PROFESSIONNEL">;

/** Diplomas giving dispenses (columns of CF annexe 1, arrêté du 8 novembre 2012). */
export const DIPLOMES_DISPENSE = [
  "BAC_GENERAL",
  "BAC_TECHNOLOGIQUE",
  "BAC_PROFESSIONNEL",
  "BMA",
  "BT_BTA",
  "DTMS",
  "TECHNICIEN_PODOLOGUE",
  "TECHNICIEN_PROTHESISTE_ORTHESISTE",
  "DIPLOME_SUPERIEUR",
] as const;
export type DiplomeDispense = (typeof DIPLOMES_DISPENSE)[number];
