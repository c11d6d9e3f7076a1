import { describe, expect, it } from "vitest";
import { fr } from "./format";
import type { StepKey } from "./libelles";
import { CONTEXTE_CLERMONT, expectFrenchTypography, FORMULAIRES_VALIDES } from "./test-fixtures";
import { validateCandidature, validateStep, type StepErrors } from "./validate";

type Forms = Partial<Record<StepKey, Record<string, unknown>>>;

function withChanges(changes: Forms): Forms {
  return Object.fromEntries(
    Object.entries(FORMULAIRES_VALIDES).map(([step, form]) => [step, { ...form, ...changes[step as StepKey] }]),
  );
}

function fieldsByStep(errors: StepErrors): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).map(([step, list]) => [step, list.map((e) => e.field)]));
}

const dejaPresente = {
  typeCandidature: "DEJA_PRESENTE",
  sessionPrecedente: "2023",
  formePrecedente: "PROGRESSIVE",
  ajourne: "oui",
};

describe("validateCandidature (ENREGISTRER)", () => {
  it("accepts the complete Clermont candidature and returns the parsed data", () => {
    const result = validateCandidature(FORMULAIRES_VALIDES, CONTEXTE_CLERMONT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.identification.telephone).toBe("0612345678");
    expect(result.data.epreuves).toMatchObject({ lva: "anglais", lvb: "espagnol", epsActivites: ["danse", "demi-fond"] });
    // A saved candidature re-validates as it is.
    expect(validateCandidature(result.data, CONTEXTE_CLERMONT)).toEqual(result);
  });

  it("names the steps not filled", () => {
    const result = validateCandidature({ identification: FORMULAIRES_VALIDES.identification }, CONTEXTE_CLERMONT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual(["informations", "qualification", "acquis", "epreuves"]);
    expect(result.errors.acquis).toEqual([{ field: "", message: fr`L'étape « Acquis » n'est pas remplie : complétez-la avant d'enregistrer.` }]);
  });

  it.each<[string, Forms, Record<string, string[]>]>([
    ["a domicile in another académie", { identification: { codePostal: "54000" } }, { identification: ["codePostal"] }],
    ["a domicile abroad", { identification: { pays: "BE", codePostal: "1000" } }, { identification: ["pays"] }],
    ["a spécialité not offered", { qualification: { specialiteCode: "40099999" } }, { qualification: ["specialiteCode"] }],
    [
      "a previous session that is not previous",
      { informations: { ...dejaPresente, sessionPrecedente: "2024" }, qualification: { formePassage: "PROGRESSIVE" } },
      { informations: ["sessionPrecedente"] },
    ],
    [
      "a failed candidate changing forme",
      { informations: dejaPresente, qualification: { formePassage: "GLOBALE" } },
      { qualification: ["formePassage"] },
    ],
    ["a failed candidate keeping his forme", { informations: dejaPresente, qualification: { formePassage: "PROGRESSIVE" } }, {}],
    [
      "EPS dispense on the distance route",
      { informations: { typeCandidature: "ENSEIGNEMENT_A_DISTANCE", organisme: "CNED" }, epreuves: { epsChoix: "DISPENSE", epsActivites: [] } },
      { epreuves: ["epsChoix"] },
    ],
    ["EPS dispense on the experience route", { epreuves: { epsChoix: "DISPENSE", epsActivites: [] } }, {}],
    [
      "bénéfices on the experience route",
      { acquis: { type: "BENEFICES_NOTES", benefices: [{ epreuveCode: "E5", note: "12", sessionAnnee: "2023" }] } },
      { acquis: ["type"] },
    ],
    [
      "bénéfices of an ajourné candidate",
      {
        informations: dejaPresente,
        qualification: { formePassage: "PROGRESSIVE" },
        acquis: { type: "BENEFICES_NOTES", benefices: [{ epreuveCode: "E5", note: "12,5", sessionAnnee: "2023" }] },
      },
      {},
    ],
    ["LVA = LVB in a tertiary spécialité", { epreuves: { lvb: "anglais" } }, { epreuves: ["lvb"] }],
    [
      "an LVB in an industrial spécialité",
      { qualification: { specialiteCode: "40025520" } },
      { epreuves: ["lvb"] },
    ],
    [
      // A step's cross-step rules run once its schema passes: the domicile waits for the telephone.
      "errors of several steps at once",
      { identification: { telephone: "123", codePostal: "54000" }, epreuves: { lvf: "espagnol", epsActivites: ["danse"] } },
      { identification: ["telephone"], epreuves: ["lvf", "epsActivites"] },
    ],
  ])("groups by step: %s", (_, changes, expected) => {
    const result = validateCandidature(withChanges(changes), CONTEXTE_CLERMONT);
    expect(result.ok ? {} : fieldsByStep(result.errors)).toEqual(expected);
    if (!result.ok) for (const list of Object.values(result.errors)) expectFrenchTypography(list);
  });
});

describe("validateStep (a step's server action)", () => {
  it("returns the parsed step", () => {
    expect(validateStep("qualification", FORMULAIRES_VALIDES.qualification, CONTEXTE_CLERMONT)).toEqual({
      ok: true,
      data: { specialiteCode: "40031213", formePassage: "GLOBALE" },
    });
  });

  it("returns the schema's errors beside their fields", () => {
    expect(validateStep("epreuves", { lva: "", epsChoix: "NAGER" }, CONTEXTE_CLERMONT)).toEqual({
      ok: false,
      errors: [{ field: "epsChoix", message: fr`Indiquez votre situation pour l'EPS : apte, inapte, dispensé ou épreuve adaptée.` }],
    });
  });

  it("requires the LVA and an EPS situation of a spécialité whose épreuves have them", () => {
    const melec = { qualification: { specialiteCode: "40025520", formePassage: "GLOBALE" as const } };
    expect(validateStep("epreuves", { lva: "" }, CONTEXTE_CLERMONT, melec)).toEqual({
      ok: false,
      errors: [
        { field: "lva", message: fr`Choisissez votre langue vivante A.` },
        { field: "epsChoix", message: fr`Indiquez votre situation pour l'EPS : apte, inapte, dispensé ou épreuve adaptée.` },
      ],
    });
  });

  it("checks the domicile against the session's académie", () => {
    expect(validateStep("identification", { ...FORMULAIRES_VALIDES.identification, codePostal: "54000" }, CONTEXTE_CLERMONT)).toEqual({
      ok: false,
      errors: [
        {
          field: "codePostal",
          message: fr`Pour vous inscrire dans l'académie de Clermont-Ferrand, vous devez y être domicilié : le code postal 54000 relève de l'académie de Nancy-Metz.`,
        },
      ],
    });
  });

  it("reads the rules against the steps already saved", () => {
    const autres = validateCandidature(
      withChanges({ informations: { typeCandidature: "ENSEIGNEMENT_A_DISTANCE", organisme: "CNED" } }),
      CONTEXTE_CLERMONT,
    );
    if (!autres.ok) throw new Error("fixture invalide");
    const epreuves = { ...FORMULAIRES_VALIDES.epreuves, epsChoix: "DISPENSE", epsActivites: [] };
    expect(validateStep("epreuves", epreuves, CONTEXTE_CLERMONT, autres.data)).toMatchObject({ ok: false, errors: [{ field: "epsChoix" }] });
    // Before steps 2 and 3 are saved, the route and spécialité rules wait for ENREGISTRER.
    expect(validateStep("epreuves", epreuves, CONTEXTE_CLERMONT)).toMatchObject({ ok: true });
  });
});

describe("a CAP spécialité created by the national admin, with its own épreuves", () => {
  const CAP = { codeDiplome: "50099901", libelle: "Spécialité d’essai", secteur: "PRODUCTION" as const, nbLanguesObligatoires: 0 as const, travailEnHauteur: false };
  const ctx = {
    ...CONTEXTE_CLERMONT,
    session: { ...CONTEXTE_CLERMONT.session, examen: "CAP" as const, maxFacultatives: 1 },
    specialites: [CAP],
    specialitesExamen: [CAP],
    epreuves: [
      { code: "EP1", libelle: "Réalisation", nature: "OBLIGATOIRE" as const, disciplines: ["PROFESSIONNEL" as const], generale: false, secteur: null, specialiteCode: CAP.codeDiplome, ordre: 1 },
      { code: "EG1", libelle: "Français et histoire-géographie", nature: "OBLIGATOIRE" as const, disciplines: ["FRANCAIS" as const, "HISTOIRE_GEO_EMC" as const], generale: true, secteur: null, specialiteCode: null, ordre: 2 },
    ],
  };
  const cap = (changes: Forms): Forms => withChanges({ qualification: { specialiteCode: CAP.codeDiplome }, epreuves: { lva: "", lvb: "", epsChoix: "", epsActivites: [] }, ...changes });

  it("is saved without a language nor an EPS choice, which its épreuves do not have", () => {
    const result = validateCandidature(cap({}), ctx);
    expect(result.ok ? [] : fieldsByStep(result.errors)).toEqual([]);
  });

  it("keeps a note of its own épreuves only, and offers no dispense by diploma", () => {
    const ajourne = { informations: { ...dejaPresente, formePrecedente: "GLOBALE" } };
    const note = (epreuveCode: string) => cap({ ...ajourne, acquis: { type: "BENEFICES_NOTES", benefices: [{ epreuveCode, note: "12", sessionAnnee: "2023" }] } });
    expect(validateCandidature(note("EG1"), ctx).ok).toBe(true);
    const e5 = validateCandidature(note("E5"), ctx);
    expect(e5.ok ? {} : fieldsByStep(e5.errors)).toEqual({ acquis: ["benefices[0].epreuveCode"] });
    const diplome = validateCandidature(cap({ acquis: { type: "DISPENSES_DIPLOME", diplome: "BAC_GENERAL", disciplines: ["FRANCAIS"] } }), ctx);
    expect(diplome.ok ? {} : fieldsByStep(diplome.errors)).toEqual({ acquis: ["type"] });
  });

  it("refuses an LVA or an EPS choice posted anyway", () => {
    const result = validateCandidature(cap({ epreuves: { lva: "anglais", lvb: "", epsChoix: "INAPTE", epsActivites: [] } }), ctx);
    expect(result.ok ? {} : fieldsByStep(result.errors)).toEqual({ epreuves: ["lva", "epsChoix"] });
  });
});
