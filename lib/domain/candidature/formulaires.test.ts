import { describe, expect, it } from "vitest";
import { toFieldErrors } from "./fields";
import { toFormValues, toStepInput, type FormValues } from "./formulaires";
import type { StepKey } from "./libelles";
import { STEP_SCHEMAS } from "./schemas";
import { epreuvesBacPro } from "../catalogue/test-fixtures";
import { CONTEXTE_CLERMONT, FORMULAIRES_VALIDES, MCV_A } from "./test-fixtures";
import { validateStep } from "./validate";

const parse = (step: StepKey, input: unknown) => STEP_SCHEMAS[step].parse(input);
const qualification = parse("qualification", FORMULAIRES_VALIDES.qualification) as { specialiteCode: string; formePassage: "GLOBALE" };
/** The bénéfices table's rows: MCV A's compulsory épreuves, E1 to E7. */
const CODES = epreuvesBacPro(MCV_A).filter((e) => e.nature === "OBLIGATOIRE").map((e) => e.code);
const ajourne = STEP_SCHEMAS.informations.parse({ typeCandidature: "DEJA_PRESENTE", sessionPrecedente: "2023", formePrecedente: "GLOBALE", ajourne: "oui", handicap: "non", jdcEnRegle: "on" });

describe("stored data → form → stored data", () => {
  const acquisVariants: Record<string, unknown>[] = [
    { type: "AUCUN" },
    { type: "BENEFICES_NOTES", benefices: [{ epreuveCode: "E2", note: "12,5", sessionAnnee: "2022" }, { epreuveCode: "E5", note: "10", sessionAnnee: "2023" }] },
    { type: "DISPENSES_DIPLOME", diplome: "BAC_PROFESSIONNEL", disciplines: ["PSE", "ECO_DROIT"], diplomeComporteEcoDroit: "on" },
    { type: "AUTRE_SPECIALITE", autreSpecialiteCode: "40025520", anneeObtention: "2022", epreuves: ["E5", "E6"] },
    { type: "DISPENSES_VAE", anneeObtention: "2021", epreuves: ["E2"] },
  ];
  const epreuvesVariants: Record<string, unknown>[] = [
    FORMULAIRES_VALIDES.epreuves,
    { lva: "anglais", lvb: "espagnol", epsChoix: "ADAPTEE", epsActivites: ["natation 250 mètres"], epsNotificationMdph: "on" },
    { lva: "anglais", lvb: "espagnol", lvf: "portugais", epsChoix: "INAPTE" },
  ];
  const cases: [StepKey, Record<string, unknown>][] = [
    ...(Object.entries(FORMULAIRES_VALIDES) as [StepKey, Record<string, unknown>][]),
    ["informations", { typeCandidature: "DEJA_PRESENTE", sessionPrecedente: "2023", formePrecedente: "GLOBALE", ajourne: "oui", handicap: "oui", amenagementExistant: "non", jdcEnRegle: "on", diffusionInternet: "on" }],
    ["informations", { typeCandidature: "ENSEIGNEMENT_A_DISTANCE", organisme: "CNED", handicap: "non", jdcEnRegle: "on" }],
    ...acquisVariants.map((v): [StepKey, Record<string, unknown>] => ["acquis", v]),
    ...epreuvesVariants.map((v): [StepKey, Record<string, unknown>] => ["epreuves", v]),
  ];

  it.each(cases)("%s %o reads back as it was saved", (step, form) => {
    const saved = parse(step, form);
    const stored = JSON.parse(JSON.stringify(saved)) as unknown;
    expect(parse(step, toStepInput(step, toFormValues(step, stored, CODES)).input)).toEqual(saved);
  });

  it("shows a kept note on its épreuve's row, and not one of an épreuve the spécialité no longer has", () => {
    const stored = { type: "BENEFICES_NOTES", benefices: [{ epreuveCode: "EP2", note: 12.5, sessionAnnee: 2022 }, { epreuveCode: "E5", note: 11, sessionAnnee: 2022 }] };
    expect(toFormValues("acquis", stored, ["EP1", "EP2"])).toEqual({
      type: "BENEFICES_NOTES",
      "benefices[0].epreuveCode": "EP1",
      "benefices[1].epreuveCode": "EP2",
      "benefices[1].note": "12,5",
      "benefices[1].sessionAnnee": "2022",
    });
  });
});

describe("posted values → the chosen options' fields only", () => {
  it("drops the organisme and previous-session fields of routes not chosen, and the aménagement answer without handicap", () => {
    const values: FormValues = {
      typeCandidature: "EXPERIENCE_PRO_3_ANS",
      organisme: "CNED",
      sessionPrecedente: "2023",
      formePrecedente: "GLOBALE",
      ajourne: "oui",
      handicap: "non",
      amenagementExistant: "oui",
      jdcEnRegle: "on",
    };
    expect(toStepInput("informations", values).input).toEqual({ typeCandidature: "EXPERIENCE_PRO_3_ANS", handicap: "non", jdcEnRegle: "on" });
  });

  it("takes the activities of the EPS choice made, and names their errors after the form's field", () => {
    const values: FormValues = { lva: "anglais", lvb: "espagnol", epsChoix: "INAPTE", epsActivites: ["danse", "demi-fond"], epsActivitesAdaptees: "natation 250 mètres" };
    expect(toStepInput("epreuves", values).input).toEqual({ lva: "anglais", lvb: "espagnol", epsChoix: "INAPTE" });
    const adaptee = toStepInput("epreuves", { ...values, epsChoix: "ADAPTEE", epsActivitesAdaptees: ["natation 250 mètres", "800 mètres marche"], epsNotificationMdph: "on" });
    expect(adaptee.input.epsActivites).toEqual(["natation 250 mètres", "800 mètres marche"]);
    const result = validateStep("epreuves", adaptee.input, CONTEXTE_CLERMONT, { qualification });
    expect(result.ok ? [] : result.errors.map((e) => adaptee.champ(e.field))).toEqual(["epsActivitesAdaptees"]);
  });

  it("builds bénéfices from the rows typed in, and puts their errors on those rows", () => {
    const { input, champ } = toStepInput("acquis", {
      type: "BENEFICES_NOTES",
      ...Object.fromEntries(CODES.map((code, p) => [`benefices[${p}].epreuveCode`, code])),
      "benefices[0].note": "",
      "benefices[1].note": "8",
      "benefices[1].sessionAnnee": "2023",
      "benefices[4].note": "",
      "benefices[4].sessionAnnee": "2022",
      disciplines: ["PSE"],
    });
    expect(input).toEqual({
      type: "BENEFICES_NOTES",
      benefices: [
        { epreuveCode: "E2", note: "8", sessionAnnee: "2023" },
        { epreuveCode: "E5", note: "", sessionAnnee: "2022" },
      ],
    });
    const parsed = STEP_SCHEMAS.acquis.safeParse(input);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(toFieldErrors(parsed.error.issues).map((e) => champ(e.field))).toEqual(["benefices[4].note"]);
    const rule = validateStep("acquis", { ...input, benefices: [{ epreuveCode: "E2", note: "8", sessionAnnee: "2023" }] }, CONTEXTE_CLERMONT, { qualification, informations: ajourne });
    expect(rule.ok ? [] : rule.errors.map((e) => champ(e.field))).toEqual(["benefices[1].note"]);
  });

  it("keeps the year and épreuves of the dispense chosen, not those of the other one", () => {
    const values: FormValues = { type: "DISPENSES_VAE", autreAnneeObtention: "2019", autreEpreuves: ["E5"], vaeAnneeObtention: "2022", vaeEpreuves: "E2" };
    const { input, champ } = toStepInput("acquis", values);
    expect(input).toEqual({ type: "DISPENSES_VAE", anneeObtention: "2022", epreuves: ["E2"] });
    expect(champ("anneeObtention")).toBe("vaeAnneeObtention");
  });
});
