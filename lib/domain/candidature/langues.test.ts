import { describe, expect, it } from "vitest";
import { fr } from "./format";
import { checkLangues, type LanguesChoix } from "./langues";
import { CSR, expectFrenchTypography, MCV_A, MELEC, SESSION_CLERMONT_2024 } from "./test-fixtures";
import type { SpecialiteInfo } from "./types";

const session = SESSION_CLERMONT_2024;

// Clermont notice, step 5: "Les langues LVA et LVB doivent être différentes"; industrial LVF ≠ LVA;
// tertiary "3 langues différentes (LVA≠LVB≠LVF)"; CSR tertiary but one language.
describe("checkLangues", () => {
  it.each<[string, SpecialiteInfo, LanguesChoix, string[]]>([
    ["MCV A (tertiary, 2 LV): anglais + espagnol", MCV_A, { lva: "anglais", lvb: "espagnol" }, []],
    ["MCV A: anglais + espagnol + LVF italien", MCV_A, { lva: "anglais", lvb: "espagnol", lvf: "italien" }, []],
    ["MCV A: LVA = LVB", MCV_A, { lva: "anglais", lvb: "anglais" }, ["lvb"]],
    ["MCV A: LVB missing", MCV_A, { lva: "anglais" }, ["lvb"]],
    ["MCV A: LVF = LVB (tertiary)", MCV_A, { lva: "anglais", lvb: "espagnol", lvf: "espagnol" }, ["lvf"]],
    ["MCV A: LVF = LVA", MCV_A, { lva: "anglais", lvb: "espagnol", lvf: "anglais" }, ["lvf"]],
    ["MCV A: LVB outside the list (portugais is LVF only)", MCV_A, { lva: "anglais", lvb: "portugais" }, ["lvb"]],
    ["MELEC (industrial, 1 LV): anglais", MELEC, { lva: "anglais" }, []],
    ["MELEC: LVB refused", MELEC, { lva: "anglais", lvb: "espagnol" }, ["lvb"]],
    ["MELEC: LVF = LVA refused", MELEC, { lva: "anglais", lvf: "anglais" }, ["lvf"]],
    ["MELEC: LVF portugais", MELEC, { lva: "anglais", lvf: "portugais" }, []],
    ["MELEC: LVF LSF", MELEC, { lva: "allemand", lvf: "LSF" }, []],
    ["CSR (tertiary, 1 LV): anglais", CSR, { lva: "anglais" }, []],
    ["CSR: LVB refused by the data flag", CSR, { lva: "anglais", lvb: "espagnol" }, ["lvb"]],
    ["CSR: LVF ≠ LVA", CSR, { lva: "anglais", lvf: "espagnol" }, []],
    ["LVA missing", MELEC, {}, ["lva"]],
    ["LVA outside the académie's list", MELEC, { lva: "chinois" }, ["lva"]],
    ["LVF outside the list", MELEC, { lva: "anglais", lvf: "chinois" }, ["lvf"]],
    ["no compulsory language (a spécialité of another exam): nothing asked", { ...MELEC, nbLanguesObligatoires: 0 }, {}, []],
    ["no compulsory language: an LVA refused", { ...MELEC, nbLanguesObligatoires: 0 }, { lva: "anglais" }, ["lva"]],
    ["no compulsory language: an LVF alone is fine", { ...MELEC, nbLanguesObligatoires: 0 }, { lvf: "anglais" }, []],
    ["LVF + mobilité = 2 facultatives", MELEC, { lva: "anglais", lvf: "espagnol", facultatives: ["MOBILITE"] }, []],
    ["unknown facultative", MELEC, { lva: "anglais", facultatives: ["SECTEUR_SPORTIF"] }, ["facultatives"]],
    ["the same facultative twice", MELEC, { lva: "anglais", facultatives: ["MOBILITE", "MOBILITE"] }, ["facultatives"]],
  ])("%s", (_, specialite, choix, fields) => {
    const errors = checkLangues(choix, specialite, session);
    expect(errors.map((e) => e.field)).toEqual(fields);
    expectFrenchTypography(errors);
  });

  it.each([
    [
      MCV_A,
      { lva: "anglais", lvb: "anglais" },
      fr`La langue vivante B doit être différente de la langue vivante A (« anglais »).`,
    ],
    [
      MCV_A,
      { lva: "anglais", lvb: "espagnol", lvf: "espagnol" },
      fr`Pour une spécialité tertiaire, les trois langues doivent être différentes : la langue facultative ne peut pas être celle choisie en langue vivante B (« espagnol »).`,
    ],
    [MCV_A, { lva: "anglais" }, fr`Votre spécialité comporte deux langues vivantes obligatoires : choisissez une langue vivante B.`],
    [MELEC, { lva: "anglais", lvb: "espagnol" }, fr`Votre spécialité ne comporte qu'une langue vivante obligatoire : ne choisissez pas de langue vivante B.`],
    [MELEC, { lva: "anglais", lvf: "anglais" }, fr`La langue facultative doit être différente de la langue vivante A (« anglais »).`],
    [
      MELEC,
      { lva: "chinois" },
      fr`La langue « chinois » n'est pas proposée en langue vivante A dans votre académie : choisissez parmi allemand, anglais, espagnol, italien.`,
    ],
  ])("says what is wrong and how to fix it: %#", (specialite, choix, message) => {
    expect(checkLangues(choix, specialite, session)[0]?.message).toBe(message);
  });

  it("counts the LVF among the facultatives (at most maxFacultatives)", () => {
    const choix = { lva: "anglais", lvf: "espagnol", facultatives: ["MOBILITE", "UF_EPS"] };
    const errors = checkLangues(choix, MELEC, { ...session, facultativesProposees: ["MOBILITE", "UF_EPS"] });
    expect(errors).toEqual([
      {
        field: "facultatives",
        message: fr`Vous pouvez choisir au plus 2 épreuves facultatives, langue facultative comprise : vous en avez choisi 3. Retirez-en 1.`,
      },
    ]);
    expect(checkLangues({ lva: "anglais", lvf: "espagnol" }, MELEC, { ...session, maxFacultatives: 0 })[0]?.message).toBe(
      fr`Vous pouvez choisir au plus 0 épreuve facultative, langue facultative comprise : vous en avez choisi 1. Retirez-en 1.`,
    );
  });
});
