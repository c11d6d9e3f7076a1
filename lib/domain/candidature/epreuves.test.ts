import { describe, expect, it } from "vitest";
import { computeEpreuveStatuses } from "./epreuves";
import { listEpreuvesObligatoires } from "./epreuves-bac-pro";
import type { AcquisData } from "./schemas";
import { MCV_A, MELEC } from "./test-fixtures";

const statuts = (...args: Parameters<typeof computeEpreuveStatuses>) =>
  Object.fromEntries(computeEpreuveStatuses(...args).map(({ code, statut, note, disciplinesDispensees }) => [code, [statut, note ?? disciplinesDispensees]]));

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

describe("listEpreuvesObligatoires", () => {
  it("gives E1 to E7; E4 holds the LVB only for a two-language spécialité", () => {
    expect(listEpreuvesObligatoires(MCV_A).map((e) => e.code)).toEqual(["E1", "E2", "E3", "E4", "E5", "E6", "E7"]);
    expect(listEpreuvesObligatoires(MCV_A).find((e) => e.code === "E4")?.disciplines).toEqual(["LVA", "LVB"]);
    expect(listEpreuvesObligatoires(MELEC).find((e) => e.code === "E4")?.disciplines).toEqual(["LVA"]);
  });
});

describe("computeEpreuveStatuses", () => {
  it("registers every épreuve, and the épreuve de contrôle, without acquis", () => {
    expect(statuts(MELEC, { type: "AUCUN" }, "APTE")).toEqual(tousInscrits);
    expect(computeEpreuveStatuses(MELEC, undefined, undefined).at(-1)).toEqual({
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
    expect(computeEpreuveStatuses(MELEC, { type: "AUCUN" }, eps).find((e) => e.code === "E7")?.statut).toBe(statut);
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
});
