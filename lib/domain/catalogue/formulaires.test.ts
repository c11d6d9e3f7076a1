import { describe, expect, it } from "vitest";
import { fr } from "../candidature/format";
import { checkCodeEpreuve, epreuveFormSchema, EXAMEN_SLUGS, examenDuSlug, specialiteFormSchema, type EpreuveExistante } from "./formulaires";

/** The fields in error, as the action puts them beside the form's fields (the path's first key). */
const erreurs = (result: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[] }[] } }) =>
  result.success ? [] : [...new Set(result.error!.issues.map((i) => String(i.path[0])))];

describe("the spécialité form", () => {
  const valide = { codeDiplome: "50022135", libelle: "Pâtissier", sigle: "", secteur: "PRODUCTION", nbLanguesObligatoires: "1", travailEnHauteur: "", active: "on" };

  it("reads what the page posts", () => {
    expect(specialiteFormSchema.parse(valide)).toEqual({ codeDiplome: "50022135", libelle: "Pâtissier", secteur: "PRODUCTION", nbLanguesObligatoires: 1, travailEnHauteur: false, active: true });
    expect(specialiteFormSchema.parse({ ...valide, nbLanguesObligatoires: "0", sigle: " PAT " }).nbLanguesObligatoires).toBe(0);
  });

  it.each([
    ["a code of 7 digits", { codeDiplome: "5002213" }, ["codeDiplome"]],
    ["a code with a letter", { codeDiplome: "5002213A" }, ["codeDiplome"]],
    ["no libellé", { libelle: " " }, ["libelle"]],
    ["no secteur", { secteur: "" }, ["secteur"]],
    ["three languages", { nbLanguesObligatoires: "3" }, ["nbLanguesObligatoires"]],
  ])("refuses %s, beside its field", (_, over, champs) => {
    expect(erreurs(specialiteFormSchema.safeParse({ ...valide, ...over }))).toEqual(champs);
  });
});

describe("the épreuve form", () => {
  const valide = { code: "ep1", libelle: "Réalisation", nature: "OBLIGATOIRE", disciplines: ["PROFESSIONNEL"], generale: "", secteur: "", ordre: "2", actif: "on" };

  it("reads the code in capitals, every secteur when none is chosen, the rank as a number", () => {
    expect(epreuveFormSchema.parse(valide)).toEqual({ code: "EP1", libelle: "Réalisation", nature: "OBLIGATOIRE", disciplines: ["PROFESSIONNEL"], generale: false, ordre: 2, actif: true });
    expect(epreuveFormSchema.parse({ ...valide, secteur: "SERVICES", ordre: "" })).toMatchObject({ secteur: "SERVICES", ordre: 0 });
  });

  it.each([
    ["a code with a space", { code: "E 1" }, ["code"]],
    ["a code of 11 characters", { code: "ABCDEFGHIJK" }, ["code"]],
    ["an unknown discipline", { disciplines: ["NATATION"] }, ["disciplines"]],
    ["a compulsory épreuve without discipline", { disciplines: [] }, ["disciplines"]],
    ["an unknown secteur", { secteur: "AGRICOLE" }, ["secteur"]],
    ["a rank of 1000", { ordre: "1000" }, ["ordre"]],
  ])("refuses %s, beside its field", (_, over, champs) => {
    expect(erreurs(epreuveFormSchema.safeParse({ ...valide, ...over }))).toEqual(champs);
  });

  it("lets an épreuve de contrôle have no discipline", () => {
    expect(epreuveFormSchema.safeParse({ ...valide, code: "ECT-3", nature: "CONTROLE", disciplines: [] }).success).toBe(true);
  });
});

describe("checkCodeEpreuve", () => {
  const existantes: EpreuveExistante[] = [
    { id: "e1p", code: "E1", specialiteId: null, secteur: "PRODUCTION", actif: true },
    { id: "e4", code: "E4", specialiteId: null, secteur: null, actif: true },
    { id: "ep1", code: "EP1", specialiteId: "s1", secteur: null, actif: false },
  ];

  it("lets E1 exist once per secteur, and a spécialité take an exam épreuve's code", () => {
    expect(checkCodeEpreuve({ code: "E1", specialiteId: null, secteur: "SERVICES" }, existantes)).toBeNull();
    expect(checkCodeEpreuve({ code: "E4", specialiteId: "s1", secteur: null }, existantes)).toBeNull();
    expect(checkCodeEpreuve({ code: "EP1", specialiteId: "s2", secteur: null }, existantes)).toBeNull();
    // The épreuve itself, changed.
    expect(checkCodeEpreuve({ code: "E1", specialiteId: null, secteur: "PRODUCTION" }, existantes, "e1p")).toBeNull();
  });

  it("refuses two épreuves one spécialité would both sit, and says where the other one is", () => {
    expect(checkCodeEpreuve({ code: "E1", specialiteId: null, secteur: null }, existantes)).toEqual({
      field: "secteur",
      message: fr`L'examen a déjà une épreuve E1 pour le secteur production : une spécialité ne peut pas en avoir deux. Choisissez un autre code ou un autre secteur.`,
    });
    expect(checkCodeEpreuve({ code: "E4", specialiteId: null, secteur: "SERVICES" }, existantes)?.field).toBe("secteur");
    expect(checkCodeEpreuve({ code: "EP1", specialiteId: "s1", secteur: null }, existantes)).toEqual({
      field: "code",
      message: fr`Le code EP1 est déjà celui d'une épreuve (désactivée : modifiez-la pour la réactiver) : choisissez-en un autre.`,
    });
  });
});

describe("the exams' slugs", () => {
  it("go both ways", () => {
    for (const [code, slug] of Object.entries(EXAMEN_SLUGS)) expect(examenDuSlug(slug)).toBe(code);
    expect(examenDuSlug("bts")).toBeUndefined();
  });
});
