// Test data from the seed notices (Clermont-Ferrand 2024 above all). Used by the *.test.ts files.
import { expect } from "vitest";
import { CATALOGUE_BAC_PRO } from "../catalogue/test-fixtures";
import { ACADEMIES } from "../data/academies";
import type { StepKey } from "./libelles";
import type { AcademieInfo, FieldError, SessionConfig, SpecialiteInfo } from "./types";
import type { ValidationContext } from "./validate";

// CF step 5: LVA/LVB and LVF lists, EPS activities and the adapted ones.
export const SESSION_CLERMONT_2024: SessionConfig = {
  examen: "BAC_PRO",
  annee: 2024,
  languesLva: ["allemand", "anglais", "espagnol", "italien"],
  languesLvb: ["allemand", "anglais", "espagnol", "italien"],
  languesLvf: ["allemand", "anglais", "espagnol", "portugais", "italien", "LSF"],
  activitesEps: ["danse", "tennis de table", "demi-fond"],
  activitesEpsAdaptees: ["800 mètres marche", "natation 250 mètres"],
  maxFacultatives: 2,
  facultativesProposees: ["MOBILITE"],
};

/** Tertiary, two compulsory languages. */
export const MCV_A: SpecialiteInfo = {
  codeDiplome: "40031213",
  libelle: "Métiers du commerce et de la vente option A",
  secteur: "SERVICES",
  nbLanguesObligatoires: 2,
  travailEnHauteur: false,
};

/** Industrial, one language, work at height. */
export const MELEC: SpecialiteInfo = {
  codeDiplome: "40025520",
  libelle: "Métiers de l’électricité et de ses environnements connectés",
  secteur: "PRODUCTION",
  nbLanguesObligatoires: 1,
  travailEnHauteur: true,
};

/** Tertiary but one language: "sauf cuisine et commercialisation et services en restauration (CSR)". */
export const CSR: SpecialiteInfo = {
  codeDiplome: "40033403",
  libelle: "Commercialisation et services en restauration",
  secteur: "SERVICES",
  nbLanguesObligatoires: 1,
  travailEnHauteur: false,
};

export function academie(code: string): AcademieInfo {
  const found = ACADEMIES.find((a) => a.code === code);
  if (!found) throw new Error(`académie ${code} absente des données`);
  return found;
}

export const CONTEXTE_CLERMONT: ValidationContext = {
  session: SESSION_CLERMONT_2024,
  academie: academie("06"),
  academies: ACADEMIES,
  specialites: [MCV_A, MELEC, CSR],
  epreuves: CATALOGUE_BAC_PRO,
  specialitesExamen: [MCV_A, MELEC, CSR],
};

/** A complete, valid candidature as the forms post it (strings, "on" for ticked boxes). */
export const FORMULAIRES_VALIDES: Record<StepKey, Record<string, unknown>> = {
  identification: {
    adresse: "12 rue de l’Exemple",
    complement: "",
    codePostal: "63000",
    commune: "Clermont-Ferrand",
    pays: "",
    pcsRepresentantLegal: "61",
    telephone: "06 12 34 56 78",
    telephone2: "",
  },
  informations: {
    typeCandidature: "EXPERIENCE_PRO_3_ANS",
    organisme: "",
    handicap: "non",
    jdcEnRegle: "on",
    diffusionPresse: "on",
  },
  qualification: { specialiteCode: "40031213", formePassage: "GLOBALE" },
  acquis: { type: "AUCUN" },
  epreuves: { lva: "anglais", lvb: "espagnol", lvf: "", epsChoix: "APTE", epsActivites: ["danse", "demi-fond"] },
};

/** Messages use French typography: ’, « » and a non-breaking space before : ; ! ? ». */
export function expectFrenchTypography(errors: readonly FieldError[]): void {
  for (const { message } of errors) {
    expect(message).not.toMatch(/'|"| [:;!?»]|« /);
    expect(message).toMatch(/^[A-ZÀ-Ý]/);
    expect(message).toMatch(/[.!?]$/);
  }
}
