// Fuzzing the wizard's schemas [issue 7 §9]: whatever a forged POST carries, parsing never throws,
// a refusal speaks French beside a field the form has, and what is accepted can be stored
// (jsonb) and read back as the same step.
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { anyFormData, anyRecord, anyValue, expectFrenchMessage, expectStorable } from "@/tests/fixtures/fuzz";
import { formValues } from "@/lib/form-data";
import { desinscriptionSchema, modalitesSchema } from "./demarches";
import { storedSteps, parsedSteps } from "./donnees";
import { FORMULAIRE_ATTENDU, TEXTE_ATTENDU, toFieldErrors } from "./fields";
import { toFormValues, toStepInput } from "./formulaires";
import type { StepKey } from "./libelles";
import { epreuvesSchema, identificationSchema, informationsSchema, STEP_SCHEMAS } from "./schemas";
import { CONTEXTE_CLERMONT, FORMULAIRES_VALIDES } from "./test-fixtures";
import { STEP_KEYS, validateCandidature, validateStep } from "./validate";

const RUNS = { numRuns: 150 };

/** Every name a step's form or schema knows, the options' fields included. */
const FIELDS: Record<StepKey, readonly string[]> = {
  identification: ["adresse", "complement", "codePostal", "commune", "pays", "pcsRepresentantLegal", "telephone", "telephone2"],
  informations: ["typeCandidature", "organisme", "sessionPrecedente", "formePrecedente", "ajourne", "handicap", "amenagementExistant", "jdcEnRegle", "diffusionPresse", "diffusionInternet"],
  qualification: ["specialiteCode", "formePassage"],
  acquis: [
    "type",
    "benefices",
    "benefices[0].note",
    "benefices[0].sessionAnnee",
    "benefices[3].note",
    "diplome",
    "disciplines",
    "diplomeComporteLvb",
    "diplomeComporteEcoGestion",
    "diplomeComporteEcoDroit",
    "diplomeComportePhysiqueChimie",
    "autreSpecialiteCode",
    "anneeObtention",
    "epreuves",
    "autreAnneeObtention",
    "autreEpreuves",
    "vaeAnneeObtention",
    "vaeEpreuves",
  ],
  epreuves: ["lva", "lvb", "lvf", "facultatives", "epsChoix", "epsActivites", "epsActivitesAdaptees", "epsNotificationMdph"],
};

const step = fc.constantFrom(...STEP_KEYS);
/** A valid step with one field replaced: each bad value meets every other rule. */
const oneFieldOff = (key: StepKey) =>
  fc.tuple(fc.constantFrom(...FIELDS[key]), anyValue).map(([field, value]) => ({ ...FORMULAIRES_VALIDES[key], [field]: value }));
const stepAndInput = step.chain((key) => fc.oneof(anyRecord(FIELDS[key], FORMULAIRES_VALIDES[key]), oneFieldOff(key)).map((input) => [key, input] as const));

function expectRefusalInFrench(errors: readonly { field: string; message: string }[], where: string) {
  expect(errors.length, `${where}: a refusal without any message`).toBeGreaterThan(0);
  for (const e of errors) expectFrenchMessage(e.message, `${where} ${e.field}`);
}

describe("step schemas on arbitrary input", () => {
  test.prop([stepAndInput], RUNS)("never throw; refuse in French; what they accept is storable and reads back the same", ([key, input]) => {
    const result = STEP_SCHEMAS[key].safeParse(input);
    if (!result.success) return expectRefusalInFrench(toFieldErrors(result.error.issues), key);
    expectStorable(result.data, key);
    // Stored as JSON, then parsed again by every page and by ENREGISTRER.
    const stored = JSON.parse(JSON.stringify(result.data)) as unknown;
    const again = STEP_SCHEMAS[key].safeParse(stored);
    expect(again.success, `${key}: ${JSON.stringify(again.error?.issues)}`).toBe(true);
    expect(again.data).toEqual(result.data);
    // The form shows the stored step again without throwing.
    expect(typeof toFormValues(key, stored)).toBe("object");
  });

  test.prop([step, anyValue], RUNS)("a step that is not an object at all is refused in French", (key, input) => {
    const result = STEP_SCHEMAS[key].safeParse(input);
    if (!result.success) expectRefusalInFrench(toFieldErrors(result.error.issues), key);
  });
});

describe("a posted form, as the step's action reads it", () => {
  const posted = step.chain((key) => anyFormData(FIELDS[key], FORMULAIRES_VALIDES[key]).map((data) => [key, data] as const));

  test.prop([posted], RUNS)("FormData → values → step input → schema never throws, and every message lands on a field name", ([key, data]) => {
    const values = formValues(data);
    for (const [name, value] of Object.entries(values)) {
      expect(name).toMatch(/^[A-Za-z]\w*(\[\d{1,2}\]\.[A-Za-z]\w*)?$/);
      for (const v of [value].flat()) expect(v.length).toBeLessThanOrEqual(500);
    }
    const { input, champ } = toStepInput(key, values);
    const result = STEP_SCHEMAS[key].safeParse(input);
    if (result.success) return expectStorable(result.data, key);
    const errors = toFieldErrors(result.error.issues);
    expectRefusalInFrench(errors, key);
    for (const e of errors) expect(typeof champ(e.field)).toBe("string");
  });
});

describe("the rules across steps, on arbitrary drafts", () => {
  const others = fc.record(Object.fromEntries(STEP_KEYS.map((k) => [k, fc.oneof(fc.constant(FORMULAIRES_VALIDES[k]), anyRecord(FIELDS[k], FORMULAIRES_VALIDES[k]), anyValue)])), {
    requiredKeys: [],
  });

  test.prop([stepAndInput, others], RUNS)("validateStep never throws and refuses in French, whatever the other steps hold", ([key, input], stored) => {
    const autres = parsedSteps(storedSteps(stored));
    const result = validateStep(key, input, CONTEXTE_CLERMONT, autres);
    if (result.ok) expectStorable(result.data, key);
    else expectRefusalInFrench(result.errors, key);
  });

  test.prop([others], RUNS)("validateCandidature (ENREGISTRER) never throws and names each step's problem in French", (donnees) => {
    const result = validateCandidature(storedSteps(donnees), CONTEXTE_CLERMONT);
    if (result.ok) return expectStorable(result.data, "candidature");
    for (const [key, errors] of Object.entries(result.errors)) expectRefusalInFrench(errors, key);
  });
});

describe("the confirmations around the wizard", () => {
  test.prop([anyRecord(["sessionId", "modalitesAcceptees"], { sessionId: "cmsession0000000000000000", modalitesAcceptees: "on" })], RUNS)("Modalités: never throws, refuses in French", (input) => {
    const result = modalitesSchema.safeParse(input);
    if (!result.success) expectRefusalInFrench(toFieldErrors(result.error.issues), "modalites");
    else expectStorable(result.data, "modalites");
  });

  test.prop([anyRecord(["confirmation"], { confirmation: "on" })], RUNS)("Me désinscrire: never throws, refuses in French", (input) => {
    const result = desinscriptionSchema.safeParse(input);
    if (!result.success) expectRefusalInFrench(toFieldErrors(result.error.issues), "desinscription");
  });
});

// What the properties above found, kept as examples so that they never come back unnoticed.
describe("defects found by fuzzing", () => {
  const messages = (result: { success: boolean; error?: { issues: Parameters<typeof toFieldErrors>[0] } }) => (result.success ? [] : toFieldErrors(result.error!.issues));

  it.each(["constructor", "__proto__", "toString"])("a posted route %j gets French messages, not Object.prototype's members (a 500 once serialised)", (route) => {
    const errors = messages(informationsSchema.safeParse({ ...FORMULAIRES_VALIDES.informations, typeCandidature: route }));
    expect(errors.map((e) => e.field)).toEqual(["typeCandidature"]);
    expectRefusalInFrench(errors, route);
  });

  it.each([{ input: undefined }, { input: null }, { input: [] }, { input: "identification" }, { input: 12 }])("a step that is not an object ($input) is refused in French instead of throwing", ({ input }) => {
    for (const key of STEP_KEYS) {
      const errors = messages(STEP_SCHEMAS[key].safeParse(input));
      expect(errors).toHaveLength(1);
      if (key !== "acquis") expect(errors[0]?.message).toBe(FORMULAIRE_ATTENDU);
      expectRefusalInFrench(errors, key);
    }
  });

  it("a name posted twice (a list for one value) or an object is refused in French", () => {
    const errors = messages(identificationSchema.safeParse({ ...FORMULAIRES_VALIDES.identification, complement: ["a", "b"], telephone2: {}, pays: ["FR", "BE"] }));
    expect(Object.fromEntries(errors.map((e) => [e.field, e.message]))).toEqual({
      complement: TEXTE_ATTENDU,
      telephone2: expect.stringMatching(/^Indiquez un numéro de téléphone français/),
      pays: expect.stringMatching(/^Choisissez le pays/),
    });
  });

  it.each(["12 rue\u0000 de l’Exemple", "12 rue \ud800", "12 rue \u001b[31m"])("a control character or an unpaired surrogate (%j) is refused: PostgreSQL cannot store it", (adresse) => {
    const errors = messages(identificationSchema.safeParse({ ...FORMULAIRES_VALIDES.identification, adresse }));
    expect(errors).toEqual([{ field: "adresse", message: expect.stringMatching(/^Ce champ contient un caractère non admis/) }]);
    expect(messages(epreuvesSchema.safeParse({ ...FORMULAIRES_VALIDES.epreuves, facultatives: [adresse] })).map((e) => e.field)).toEqual(["facultatives[0]"]);
  });

  it("tabs and line breaks pasted into a text field become spaces", () => {
    const result = identificationSchema.safeParse({ ...FORMULAIRES_VALIDES.identification, adresse: "12 rue\tde l’Exemple\r\nBâtiment B " });
    expect(result.data?.adresse).toBe("12 rue de l’Exemple Bâtiment B");
  });

  it("the Modalités take a session id, not any text", () => {
    for (const sessionId of ["a\u0000b", "x\udfffy", "a b", "x".repeat(41)])
      expect(messages(modalitesSchema.safeParse({ sessionId, modalitesAcceptees: "on" })).map((e) => e.field)).toEqual(["sessionId"]);
  });
});
