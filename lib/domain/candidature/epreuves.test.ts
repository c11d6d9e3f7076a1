import { describe, expect, it } from "vitest";
import { epreuvesBacPro } from "../catalogue/test-fixtures";
import type { EpreuveDef } from "../catalogue/types";
import { computeEpreuveStatuses, legendeStatutsEpreuves, titreStatutsEpreuves } from "./epreuves";
import type { AcquisData } from "./schemas";
import { MCV_A, MELEC } from "./test-fixtures";
import type { EpsChoix, SpecialiteInfo } from "./types";

const statuts = (specialite: SpecialiteInfo, acquis: AcquisData | undefined, eps: EpsChoix | undefined) =>
  Object.fromEntries(
    computeEpreuveStatuses(epreuvesBacPro(specialite), acquis, eps).map(({ code, statut, note, disciplinesDispensees }) => [code, [statut, note ?? disciplinesDispensees]]),
  );

const tousInscrits = {
  E1: ["INSCRIT", undefined],
  E2: ["INSCRIT", undefined],
  E3: ["INSCRIT", undefined],
  E4: ["INSCRIT", undefined],
  E5: ["INSCRIT", undefined],
  E6: ["INSCRIT", undefined],
  E7: ["INSCRIT", undefined],
  "ECT-3": ["INSCRIT", undefined],
};

describe("the bac pro's épreuves, as seeded", () => {
  it("gives E1 to E7 and the contrôle; E4 holds the LVB only for a two-language spécialité", () => {
    expect(epreuvesBacPro(MCV_A).map((e) => e.code)).toEqual(["E1", "E2", "E3", "E4", "E5", "E6", "E7", "ECT-3"]);
    expect(epreuvesBacPro(MCV_A).find((e) => e.code === "E4")?.disciplines).toEqual(["LVA", "LVB"]);
    expect(epreuvesBacPro(MELEC).find((e) => e.code === "E4")?.disciplines).toEqual(["LVA"]);
  });
});

describe("computeEpreuveStatuses", () => {
  it("registers every épreuve, and the épreuve de contrôle, without acquis", () => {
    expect(statuts(MELEC, { type: "AUCUN" }, "APTE")).toEqual(tousInscrits);
    expect(computeEpreuveStatuses(epreuvesBacPro(MELEC), undefined, undefined).at(-1)).toEqual({
      code: "ECT-3",
      libelle: "Épreuve de contrôle",
      nature: "CONTROLE",
      statut: "INSCRIT",
    });
  });

  it("marks kept notes as BENEFICE with the note", () => {
    const acquis: AcquisData = {
      type: "BENEFICES_NOTES",
      benefices: [
        { epreuveCode: "E5", note: 12.5, sessionAnnee: 2023 },
        { epreuveCode: "E2", note: 10, sessionAnnee: 2022 },
      ],
    };
    expect(statuts(MELEC, acquis, "APTE")).toEqual({ ...tousInscrits, E2: ["BENEFICE", 10], E5: ["BENEFICE", 12.5] });
  });

  it.each([
    ["INAPTE", "DISPENSE"],
    ["DISPENSE", "DISPENSE"],
    ["APTE", "INSCRIT"],
    ["ADAPTEE", "INSCRIT"],
  ] as const)("EPS %s → E7 %s", (eps, statut) => {
    expect(computeEpreuveStatuses(epreuvesBacPro(MELEC), { type: "AUCUN" }, eps).find((e) => e.code === "E7")?.statut).toBe(statut);
  });

  it("dispenses an épreuve whose every subject a diploma covers, and notes partial ones", () => {
    const acquis: AcquisData = {
      type: "DISPENSES_DIPLOME",
      diplome: "BAC_PROFESSIONNEL",
      disciplines: ["LVA", "FRANCAIS", "HISTOIRE_GEO_EMC", "ARTS_APPLIQUES", "EPS", "PSE", "MATHS", "PHYSIQUE_CHIMIE", "ECO_GESTION"],
      diplomeComporteLvb: false,
      diplomeComporteEcoGestion: false,
      diplomeComporteEcoDroit: false,
      diplomeComportePhysiqueChimie: true,
    };
    expect(statuts(MELEC, acquis, "APTE")).toEqual({
      ...tousInscrits,
      E1: ["DISPENSE", undefined],
      E3: ["INSCRIT", ["PSE"]], // éco-gestion was not in the held diploma
      E4: ["DISPENSE", undefined],
      E5: ["DISPENSE", undefined],
      E6: ["DISPENSE", undefined],
      E7: ["DISPENSE", undefined],
    });
  });

  it("keeps E4 when only the LVA of a two-language spécialité is dispensed", () => {
    const acquis: AcquisData = {
      type: "DISPENSES_DIPLOME",
      diplome: "BMA",
      disciplines: ["LVA"],
      diplomeComporteLvb: false,
      diplomeComporteEcoGestion: false,
      diplomeComporteEcoDroit: false,
      diplomeComportePhysiqueChimie: false,
    };
    expect(statuts(MCV_A, acquis, "APTE").E4).toEqual(["INSCRIT", ["LVA"]]);
  });

  it("dispenses the épreuves of a VAE or of another spécialité", () => {
    expect(statuts(MELEC, { type: "DISPENSES_VAE", anneeObtention: 2022, epreuves: ["E2", "E3"] }, "APTE")).toEqual({
      ...tousInscrits,
      E2: ["DISPENSE", undefined],
      E3: ["DISPENSE", undefined],
    });
    expect(
      statuts(MELEC, { type: "AUTRE_SPECIALITE", autreSpecialiteCode: "40031213", anneeObtention: 2022, epreuves: ["E5"] }, "APTE").E5,
    ).toEqual(["DISPENSE", undefined]);
  });

  it("lists a CAP's own épreuves, without a contrôle it does not have, nor its facultatives", () => {
    const cap: EpreuveDef[] = [
      { code: "EP1", libelle: "Épreuve professionnelle 1", nature: "OBLIGATOIRE", disciplines: ["PROFESSIONNEL"], generale: false },
      { code: "EG1", libelle: "Français, histoire-géographie", nature: "OBLIGATOIRE", disciplines: ["FRANCAIS", "HISTOIRE_GEO_EMC"], generale: true },
      { code: "EG3", libelle: "Éducation physique et sportive", nature: "OBLIGATOIRE", disciplines: ["EPS"], generale: true },
      { code: "EF1", libelle: "Langue vivante", nature: "FACULTATIVE", disciplines: ["LVA"], generale: true },
    ];
    const result = computeEpreuveStatuses(cap, { type: "DISPENSES_VAE", anneeObtention: 2022, epreuves: ["EP1"] }, "INAPTE");
    expect(result.map((s) => [s.code, s.statut])).toEqual([
      ["EP1", "DISPENSE"],
      ["EG1", "INSCRIT"],
      ["EG3", "DISPENSE"],
    ]);
    expect(titreStatutsEpreuves(result)).toBe("Épreuves obligatoires");
    expect(legendeStatutsEpreuves(result)).toBe("Vos épreuves obligatoires");
    expect(titreStatutsEpreuves(computeEpreuveStatuses(epreuvesBacPro(MELEC), undefined, "APTE"))).toBe("Épreuves obligatoires et épreuve de contrôle");
  });
});
