import { describe, expect, it } from "vitest";
import type { SpecialiteInfo } from "../candidature/types";
import { CSR, MCV_A, MELEC } from "../candidature/test-fixtures";
import { epreuveDeDiscipline, epreuvesDeSpecialite, epreuvesObligatoires, estInscriptible, specialitesInscriptibles, toDisciplines } from "./epreuves";
import { CATALOGUE_BAC_PRO } from "./test-fixtures";
import type { EpreuveCatalogue } from "./types";

const epreuve = (code: string, over: Partial<EpreuveCatalogue> = {}): EpreuveCatalogue => ({
  code,
  libelle: `Épreuve ${code}`,
  nature: "OBLIGATOIRE",
  disciplines: ["PROFESSIONNEL"],
  generale: false,
  secteur: null,
  specialiteCode: null,
  ordre: 0,
  ...over,
});

/** A CAP spécialité created by the national admin (fictitious code). */
const CAP: SpecialiteInfo = { codeDiplome: "50099901", libelle: "Spécialité d’essai", secteur: "PRODUCTION", nbLanguesObligatoires: 1, travailEnHauteur: false };

describe("epreuvesDeSpecialite", () => {
  it("takes the exam's épreuves of the spécialité's secteur: E1 and E3 differ between production and services", () => {
    const e1 = (s: SpecialiteInfo) => epreuvesDeSpecialite(CATALOGUE_BAC_PRO, s).find((e) => e.code === "E1")?.disciplines;
    expect(e1(MELEC)).toEqual(["MATHS", "PHYSIQUE_CHIMIE"]);
    expect(e1(MCV_A)).toEqual(["ECO_DROIT", "MATHS"]);
    expect(epreuvesDeSpecialite(CATALOGUE_BAC_PRO, MELEC).map((e) => e.code)).toEqual(["E1", "E2", "E3", "E4", "E5", "E6", "E7", "ECT-3"]);
  });

  it("keeps the LVB in the language épreuve for two languages only, the LVA for at least one, and drops a language épreuve left empty", () => {
    const e4 = (nb: 0 | 1 | 2) => epreuvesDeSpecialite(CATALOGUE_BAC_PRO, { ...CSR, nbLanguesObligatoires: nb }).find((e) => e.code === "E4");
    expect(e4(2)?.disciplines).toEqual(["LVA", "LVB"]);
    expect(e4(1)?.disciplines).toEqual(["LVA"]);
    expect(e4(0)).toBeUndefined();
    // An épreuve mixing a language with something else stays, without the language.
    const mixte = [epreuve("EG1", { disciplines: ["FRANCAIS", "LVA"] })];
    expect(epreuvesDeSpecialite(mixte, { ...CAP, nbLanguesObligatoires: 0 })).toEqual([
      { code: "EG1", libelle: "Épreuve EG1", nature: "OBLIGATOIRE", disciplines: ["FRANCAIS"], generale: false },
    ]);
  });

  it("adds the spécialité's own épreuves, which replace an exam épreuve of the same code, and ignores other spécialités'", () => {
    const catalogue = [
      epreuve("EG1", { disciplines: ["FRANCAIS", "HISTOIRE_GEO_EMC"], generale: true, ordre: 3 }),
      epreuve("EP1", { specialiteCode: CAP.codeDiplome, ordre: 1 }),
      epreuve("EG1", { specialiteCode: CAP.codeDiplome, libelle: "Français (propre à la spécialité)", disciplines: ["FRANCAIS"], ordre: 3 }),
      epreuve("EP9", { specialiteCode: "50099902", ordre: 1 }),
      epreuve("CTL", { nature: "CONTROLE", disciplines: [], ordre: 0 }),
      epreuve("EF1", { nature: "FACULTATIVE", disciplines: ["LVA"], ordre: 0 }),
    ];
    const liste = epreuvesDeSpecialite(catalogue, CAP);
    expect(liste.map((e) => [e.code, e.nature])).toEqual([
      ["EP1", "OBLIGATOIRE"],
      ["EG1", "OBLIGATOIRE"],
      ["EF1", "FACULTATIVE"],
      ["CTL", "CONTROLE"],
    ]);
    expect(liste.find((e) => e.code === "EG1")?.libelle).toBe("Français (propre à la spécialité)");
    expect(epreuvesObligatoires(liste).map((e) => e.code)).toEqual(["EP1", "EG1"]);
    expect(epreuveDeDiscipline(liste, "FRANCAIS")?.code).toBe("EG1");
    expect(epreuveDeDiscipline(liste, "EPS")).toBeUndefined();
  });
});

describe("what can be registered for online", () => {
  it("needs at least one compulsory épreuve for the spécialité", () => {
    expect(estInscriptible(MELEC, CATALOGUE_BAC_PRO)).toBe(true);
    expect(estInscriptible(CAP, [])).toBe(false);
    expect(estInscriptible(CAP, [epreuve("CTL", { nature: "CONTROLE" })])).toBe(false);
    expect(estInscriptible(CAP, [epreuve("EP1", { specialiteCode: "50099902" })])).toBe(false);
    expect(estInscriptible(CAP, [epreuve("EP1", { specialiteCode: CAP.codeDiplome })])).toBe(true);
    expect(estInscriptible(CAP, [epreuve("EP1", { secteur: "SERVICES" })])).toBe(false);
  });

  it("keeps the session's offered spécialités when it lists some, every one otherwise", () => {
    expect(specialitesInscriptibles([MELEC, MCV_A, CAP], [epreuve("EP1", { specialiteCode: MELEC.codeDiplome }), epreuve("EP1", { specialiteCode: MCV_A.codeDiplome })])).toEqual([MELEC, MCV_A]);
    expect(specialitesInscriptibles([MELEC, MCV_A], CATALOGUE_BAC_PRO, [MCV_A.codeDiplome])).toEqual([MCV_A]);
  });

  it("reads stored disciplines, leaving out an unknown one", () => {
    expect(toDisciplines(["EPS", "NATATION", "LVA"])).toEqual(["EPS", "LVA"]);
  });
});
