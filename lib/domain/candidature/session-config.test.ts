import { describe, expect, it } from "vitest";
import { checkLangues } from "./langues";
import { toSessionConfig, toSpecialiteInfo } from "./session-config";
import { MCV_A } from "./test-fixtures";

const ROW = {
  annee: 2024,
  examen: { code: "BAC_PRO" as const },
  languesLva: ["Anglais", "Espagnol"],
  languesLvb: ["Anglais", "Espagnol"],
  languesLvf: ["Portugais"],
  activitesEps: ["Danse", "Tennis de table", "Demi-fond"],
  activitesEpsAdaptees: ["Natation 250 mètres"],
};

describe("toSessionConfig", () => {
  it("allows two facultatives in bac pro, the LVF being the only one offered to individual candidates", () => {
    const config = toSessionConfig(ROW);
    expect(config).toMatchObject({ examen: "BAC_PRO", annee: 2024, maxFacultatives: 2, facultativesProposees: [] });
    // A facultative the candidate cannot see in the form is refused if posted anyway.
    expect(checkLangues({ lva: "Anglais", lvb: "Espagnol", facultatives: ["MOBILITE"] }, MCV_A, config)).toEqual([
      expect.objectContaining({ field: "facultatives" }),
    ]);
  });
});

describe("toSpecialiteInfo", () => {
  it("reads the number of languages as 1 or 2", () => {
    const row = { codeDiplome: "40031213", libelle: "MCV A", secteur: "SERVICES" as const, travailEnHauteur: false };
    expect(toSpecialiteInfo({ ...row, nbLanguesObligatoires: 2 }).nbLanguesObligatoires).toBe(2);
    expect(toSpecialiteInfo({ ...row, nbLanguesObligatoires: 1 }).nbLanguesObligatoires).toBe(1);
    expect(toSpecialiteInfo({ ...row, nbLanguesObligatoires: 3 }).nbLanguesObligatoires).toBe(1);
  });
});
