import { describe, expect, it } from "vitest";
import { checkAcquis, isAcquisValable, isDispenseAccordee, type AcquisContext } from "./acquis";
import { DISPENSES_PAR_DIPLOME } from "./dispenses-table";
import { fr } from "./format";
import type { AcquisData } from "./schemas";
import { epreuvesBacPro } from "../catalogue/test-fixtures";
import { expectFrenchTypography, MCV_A, MELEC } from "./test-fixtures";
import { DIPLOMES_DISPENSE, type DiplomeDispense, type DisciplineDispensable } from "./types";

const ajourne: AcquisContext = {
  session: { annee: 2024, examen: "BAC_PRO" },
  specialite: MELEC,
  informations: { typeCandidature: "DEJA_PRESENTE", ajourne: true },
  epreuves: epreuvesBacPro(MELEC),
};

const benefices = (...rows: [string, number, number][]): AcquisData => ({
  type: "BENEFICES_NOTES",
  benefices: rows.map(([epreuveCode, note, sessionAnnee]) => ({ epreuveCode, note, sessionAnnee })),
});

describe("isAcquisValable: 5 years from obtention", () => {
  it.each([
    [2023, true],
    [2019, true], // 5 sessions ago: the fifth anniversary still covers the 2024 session
    [2018, false], // 6 sessions ago
    [2024, false], // the session itself
    [2025, false],
  ])("obtained in %i, for session 2024 → %s", (annee, valable) => expect(isAcquisValable(annee, 2024)).toBe(valable));
});

describe("bénéfices de notes (≥ 10/20, 5 years, ajourné candidates)", () => {
  it.each<[string, AcquisData, AcquisContext, string[]]>([
    ["10/20 kept", benefices(["E5", 10, 2023]), ajourne, []],
    ["12,5/20 from 5 sessions ago", benefices(["E6", 12.5, 2019]), ajourne, []],
    ["9,5/20 refused", benefices(["E5", 9.5, 2023]), ajourne, ["benefices[0].note"]],
    ["from 6 sessions ago", benefices(["E5", 14, 2018]), ajourne, ["benefices[0].sessionAnnee"]],
    ["from the session itself", benefices(["E5", 14, 2024]), ajourne, ["benefices[0].sessionAnnee"]],
    ["an épreuve outside the spécialité", benefices(["E9", 14, 2023]), ajourne, ["benefices[0].epreuveCode"]],
    ["the same épreuve twice", benefices(["E5", 14, 2023], ["E5", 12, 2022]), ajourne, ["benefices[1].epreuveCode"]],
    ["several rows, the second wrong", benefices(["E5", 14, 2023], ["E6", 8, 2023]), ajourne, ["benefices[1].note"]],
    [
      "on the experience route",
      benefices(["E5", 14, 2023]),
      { ...ajourne, informations: { typeCandidature: "EXPERIENCE_PRO_3_ANS" } },
      ["type"],
    ],
    [
      "already sat but not ajourné",
      benefices(["E5", 14, 2023]),
      { ...ajourne, informations: { typeCandidature: "DEJA_PRESENTE", ajourne: false } },
      ["type"],
    ],
    ["step 2 not filled yet", benefices(["E5", 14, 2023]), { ...ajourne, informations: undefined }, []],
  ])("%s", (_, acquis, ctx, fields) => {
    const errors = checkAcquis(acquis, ctx);
    expect(errors.map((e) => e.field)).toEqual(fields);
    expectFrenchTypography(errors);
  });

  it("explains why a note cannot be kept", () => {
    expect(checkAcquis(benefices(["E5", 9.5, 2023]), ajourne)[0]?.message).toBe(
      fr`Seule une note égale ou supérieure à 10/20 peut être conservée : 9,5/20 ne peut pas l'être. Supprimez cette ligne.`,
    );
    expect(checkAcquis(benefices(["E5", 14, 2018]), ajourne)[0]?.message).toBe(
      fr`Cette note date de 2018 : elle n'est plus valable, car elle se conserve 5 ans (de 2019 à 2023 pour la session 2024).`,
    );
    expect(checkAcquis(benefices(["E9", 14, 2023]), ajourne)[0]?.message).toBe(
      fr`L'épreuve « E9 » ne fait pas partie de la spécialité Métiers de l’électricité et de ses environnements connectés : choisissez parmi E1, E2, E3, E4, E5, E6, E7.`,
    );
  });
});

// CF annexe 1 / arrêté du 8 novembre 2012.
describe("the diploma → dispenses table", () => {
  it.each(["LVA", "FRANCAIS", "HISTOIRE_GEO_EMC", "ARTS_APPLIQUES", "EPS"] as const)("every listed diploma dispenses of %s", (discipline) => {
    for (const diplome of DIPLOMES_DISPENSE) expect(isDispenseAccordee(diplome, discipline, false)).toBe(true);
  });

  it.each<[DiplomeDispense, DisciplineDispensable, boolean, boolean]>([
    ["BAC_GENERAL", "LVB", false, true],
    ["BAC_TECHNOLOGIQUE", "LVB", false, false],
    ["BAC_TECHNOLOGIQUE", "LVB", true, true],
    ["BAC_PROFESSIONNEL", "LVB", true, true],
    ["DIPLOME_SUPERIEUR", "LVB", false, false],
    ["DIPLOME_SUPERIEUR", "LVB", true, true],
    ["BMA", "LVB", true, false],
    ["BAC_PROFESSIONNEL", "PSE", false, true],
    ["BAC_PROFESSIONNEL", "MATHS", false, true],
    ["BAC_GENERAL", "MATHS", false, false],
    ["BT_BTA", "PSE", false, false],
    ["BAC_PROFESSIONNEL", "ECO_GESTION", false, false],
    ["BAC_PROFESSIONNEL", "ECO_GESTION", true, true],
    ["BAC_PROFESSIONNEL", "ECO_DROIT", true, true],
    ["BAC_PROFESSIONNEL", "PHYSIQUE_CHIMIE", true, true],
    ["BAC_GENERAL", "PHYSIQUE_CHIMIE", true, false],
  ])("%s, %s (unit included: %s) → %s", (diplome, discipline, uniteComprise, accordee) =>
    expect(isDispenseAccordee(diplome, discipline, uniteComprise)).toBe(accordee),
  );

  it("has a row for every dispensable subject", () => {
    expect(Object.keys(DISPENSES_PAR_DIPLOME)).toHaveLength(11);
  });
});

describe("dispenses from a diploma", () => {
  const dispenses = (diplome: DiplomeDispense, disciplines: DisciplineDispensable[], cases: Partial<Record<string, boolean>> = {}): AcquisData => ({
    type: "DISPENSES_DIPLOME",
    diplome,
    disciplines,
    diplomeComporteLvb: false,
    diplomeComporteEcoGestion: false,
    diplomeComporteEcoDroit: false,
    diplomeComportePhysiqueChimie: false,
    ...cases,
  });
  const mcv: AcquisContext = { ...ajourne, specialite: MCV_A, epreuves: epreuvesBacPro(MCV_A) };

  it.each<[string, AcquisData, AcquisContext, string[]]>([
    ["bac général: LVA, français, HG, EPS", dispenses("BAC_GENERAL", ["LVA", "FRANCAIS", "HISTOIRE_GEO_EMC", "EPS"]), ajourne, []],
    ["bac général: LVB for a 2-language spécialité", dispenses("BAC_GENERAL", ["LVB"]), mcv, []],
    ["bac techno: LVB without the unit", dispenses("BAC_TECHNOLOGIQUE", ["LVB"]), mcv, ["diplomeComporteLvb"]],
    ["bac techno: LVB with the unit", dispenses("BAC_TECHNOLOGIQUE", ["LVB"], { diplomeComporteLvb: true }), mcv, []],
    ["BMA: LVB never", dispenses("BMA", ["LVB"], { diplomeComporteLvb: true }), mcv, ["disciplines"]],
    ["LVB for a 1-language spécialité", dispenses("BAC_GENERAL", ["LVB"]), ajourne, ["disciplines"]],
    ["bac pro: PSE and maths", dispenses("BAC_PROFESSIONNEL", ["PSE", "MATHS"]), ajourne, []],
    ["BMA: maths", dispenses("BMA", ["MATHS"]), ajourne, ["disciplines"]],
    ["bac pro: éco-gestion without the unit (MELEC)", dispenses("BAC_PROFESSIONNEL", ["ECO_GESTION"]), ajourne, ["diplomeComporteEcoGestion"]],
    ["bac pro: éco-gestion with the unit (MELEC)", dispenses("BAC_PROFESSIONNEL", ["ECO_GESTION"], { diplomeComporteEcoGestion: true }), ajourne, []],
    ["bac pro: physique-chimie with the unit (MELEC)", dispenses("BAC_PROFESSIONNEL", ["PHYSIQUE_CHIMIE"], { diplomeComportePhysiqueChimie: true }), ajourne, []],
    ["physique-chimie in a services spécialité", dispenses("BAC_PROFESSIONNEL", ["PHYSIQUE_CHIMIE"], { diplomeComportePhysiqueChimie: true }), mcv, ["disciplines"]],
    ["bac pro: éco-droit with the unit (MCV)", dispenses("BAC_PROFESSIONNEL", ["ECO_DROIT"], { diplomeComporteEcoDroit: true }), mcv, []],
  ])("%s", (_, acquis, ctx, fields) => {
    const errors = checkAcquis(acquis, ctx);
    expect(errors.map((e) => e.field)).toEqual(fields);
    expectFrenchTypography(errors);
  });

  it("explains the « * » condition", () => {
    expect(checkAcquis(dispenses("BAC_TECHNOLOGIQUE", ["LVB"]), mcv)[0]?.message).toBe(
      fr`La dispense de langue vivante B n'est accordée que si votre diplôme (Baccalauréat technologique) comportait cette unité : cochez la case qui le déclare, ou décochez cette dispense.`,
    );
    expect(checkAcquis(dispenses("BMA", ["MATHS"]), ajourne)[0]?.message).toBe(
      fr`Le diplôme « Brevet des métiers d’art » ne dispense pas de mathématiques : décochez cette dispense.`,
    );
  });
});

describe("dispenses from another spécialité or a VAE (5 years)", () => {
  it.each<[string, AcquisData, string[]]>([
    ["other spécialité, general épreuves", { type: "AUTRE_SPECIALITE", autreSpecialiteCode: "40031213", anneeObtention: 2022, epreuves: ["E5", "E6"] }, []],
    ["other spécialité = this one", { type: "AUTRE_SPECIALITE", autreSpecialiteCode: "40025520", anneeObtention: 2022, epreuves: ["E5"] }, ["autreSpecialiteCode"]],
    ["other spécialité, 6 years ago", { type: "AUTRE_SPECIALITE", autreSpecialiteCode: "40031213", anneeObtention: 2018, epreuves: ["E5"] }, ["anneeObtention"]],
    ["other spécialité, a professional épreuve", { type: "AUTRE_SPECIALITE", autreSpecialiteCode: "40031213", anneeObtention: 2022, epreuves: ["E2"] }, ["epreuves"]],
    ["VAE, professional épreuves", { type: "DISPENSES_VAE", anneeObtention: 2020, epreuves: ["E2", "E3"] }, []],
    ["VAE, 5 years ago", { type: "DISPENSES_VAE", anneeObtention: 2019, epreuves: ["E2"] }, []],
    ["VAE, 6 years ago", { type: "DISPENSES_VAE", anneeObtention: 2018, epreuves: ["E2"] }, ["anneeObtention"]],
    ["VAE, unknown épreuve", { type: "DISPENSES_VAE", anneeObtention: 2022, epreuves: ["U31"] }, ["epreuves"]],
    ["nothing", { type: "AUCUN" }, []],
  ])("%s", (_, acquis, fields) => {
    const errors = checkAcquis(acquis, ajourne);
    expect(errors.map((e) => e.field)).toEqual(fields);
    expectFrenchTypography(errors);
  });
});
