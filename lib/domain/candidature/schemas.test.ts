import { describe, expect, it } from "vitest";
import { normaliserTelephone, toFieldErrors } from "./fields";
import { fr } from "./format";
import { acquisSchema, epreuvesSchema, identificationSchema, informationsSchema, qualificationSchema, STEP_SCHEMAS } from "./schemas";
import { expectFrenchTypography, FORMULAIRES_VALIDES } from "./test-fixtures";
import type { FieldError } from "./types";
import type { z } from "zod";

function errorsOf(schema: z.ZodType, input: unknown): FieldError[] {
  const result = schema.safeParse(input);
  return result.success ? [] : toFieldErrors(result.error.issues);
}

describe("every step schema", () => {
  it.each(Object.entries(STEP_SCHEMAS))("%s accepts the valid form and re-accepts its own output (idempotent)", (step, schema) => {
    const form = FORMULAIRES_VALIDES[step as keyof typeof FORMULAIRES_VALIDES];
    const first = schema.parse(form);
    expect(schema.parse(first)).toEqual(first);
  });
});

describe("identificationSchema", () => {
  const valid = FORMULAIRES_VALIDES.identification;

  it("normalises what the form posts", () => {
    expect(identificationSchema.parse({ ...valid, codePostal: "63 000", telephone2: "04.73.00.00.00" })).toEqual({
      adresse: "12 rue de l’Exemple",
      complement: undefined,
      codePostal: "63000",
      commune: "Clermont-Ferrand",
      pays: "FR",
      pcsRepresentantLegal: "61",
      telephone: "0612345678",
      telephone2: "0473000000",
    });
  });

  it.each([
    ["adresse", { adresse: "  " }, fr`Indiquez l'adresse de votre domicile : numéro et nom de la voie.`],
    ["codePostal", { codePostal: "" }, fr`Indiquez le code postal de votre domicile.`],
    ["codePostal", { codePostal: "6300" }, fr`Le code postal doit comporter 5 chiffres, par exemple 63000.`],
    ["codePostal", { codePostal: "6300A" }, fr`Le code postal doit comporter 5 chiffres, par exemple 63000.`],
    ["commune", { commune: "" }, fr`Indiquez la commune de votre domicile.`],
    ["pays", { pays: "Belgique" }, fr`Choisissez le pays de votre domicile dans la liste.`],
    [
      "pcsRepresentantLegal",
      { pcsRepresentantLegal: "11" },
      fr`Choisissez la catégorie socio-professionnelle d'un de vos représentants légaux (« Non renseignée » si vous ne la connaissez pas).`,
    ],
    ["telephone", { telephone: "" }, fr`Indiquez un numéro de téléphone où le service des examens peut vous joindre.`],
    ["telephone", { telephone: "12345" }, fr`Indiquez un numéro de téléphone français, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.`],
    ["telephone2", { telephone2: "+44 20 7946 0000" }, fr`Indiquez un numéro de téléphone français, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.`],
  ])("refuses a bad %s: %o", (field, change, message) => {
    const errors = errorsOf(identificationSchema, { ...valid, ...change });
    expect(errors).toEqual([{ field, message }]);
    expectFrenchTypography(errors);
  });

  it("accepts a foreign postal code abroad (the domicile rule refuses it, with its reason)", () => {
    expect(errorsOf(identificationSchema, { ...valid, pays: "be", codePostal: "1000" })).toEqual([]);
  });

  it("reports every field at once", () => {
    expect(errorsOf(identificationSchema, { telephone: "x", codePostal: "12" }).map((e) => e.field)).toEqual([
      "adresse",
      "commune",
      "pcsRepresentantLegal",
      "telephone",
      "codePostal",
    ]);
  });
});

describe("normaliserTelephone", () => {
  it.each([
    ["0612345678", "0612345678"],
    ["06 12 34 56 78", "0612345678"],
    ["06.12.34.56.78", "0612345678"],
    ["06-12-34-56-78", "0612345678"],
    ["+33 6 12 34 56 78", "0612345678"],
    ["0033 6 12 34 56 78", "0612345678"],
    ["+262 692 12 34 56", "0692123456"],
    ["+590 690 12 34 56", "0690123456"],
    ["+687 12 34 56", "+687123456"],
    ["+689 87 12 34 56", "+68987123456"],
    ["+508 41 12 34", "+508411234"],
  ])("%s → %s", (input, expected) => expect(normaliserTelephone(input)).toBe(expected));

  it.each(["12345", "0012345678", "0612 34 56 7", "+44 20 7946 0000", "+33 06 12 34 56 78", "téléphone"])("refuses %s", (input) =>
    expect(normaliserTelephone(input)).toBeUndefined(),
  );
});

describe("informationsSchema", () => {
  const valid = FORMULAIRES_VALIDES.informations;

  it("parses Oui/Non radios and checkboxes", () => {
    expect(informationsSchema.parse({ ...valid, handicap: "oui", amenagementExistant: "non" })).toMatchObject({
      typeCandidature: "EXPERIENCE_PRO_3_ANS",
      handicap: true,
      amenagementExistant: false,
      jdcEnRegle: true,
      diffusionPresse: true,
      diffusionInternet: false,
    });
  });

  it.each([
    ["no route", { typeCandidature: "" }, "typeCandidature", fr`Choisissez votre type de candidature : il détermine les justificatifs à fournir.`],
    ["two routes at once", { typeCandidature: ["ENSEIGNEMENT_A_DISTANCE", "EXPERIENCE_PRO_3_ANS"] }, "typeCandidature", fr`Choisissez votre type de candidature : il détermine les justificatifs à fournir.`],
    ["an unknown route", { typeCandidature: "SCOLAIRE" }, "typeCandidature", fr`Choisissez votre type de candidature : il détermine les justificatifs à fournir.`],
    ["distance without organisme", { typeCandidature: "ENSEIGNEMENT_A_DISTANCE" }, "organisme", fr`Indiquez le nom de votre organisme d'enseignement à distance (par exemple le CNED).`],
    ["formation continue without organisme", { typeCandidature: "FORMATION_CONTINUE" }, "organisme", fr`Indiquez le nom de l'établissement ou de l'organisme de formation continue qui vous a préparé.`],
    ["handicap unanswered", { handicap: "" }, "handicap", fr`Indiquez si vous êtes en situation de handicap (« Oui » ou « Non »).`],
    ["handicap without aménagement answer", { handicap: "oui" }, "amenagementExistant", fr`Indiquez si vous bénéficiez déjà d'un aménagement d'épreuves notifié (« Oui » ou « Non »).`],
    ["JDC not declared", { jdcEnRegle: undefined }, "jdcEnRegle", fr`Vous devez être en règle avec l'obligation de recensement ou de participation à la journée défense et citoyenneté (JDC) pour vous inscrire : cochez la case pour le déclarer.`],
  ])("refuses %s", (_, change, field, message) => {
    const errors = errorsOf(informationsSchema, { ...valid, ...change });
    expect(errors).toEqual([{ field, message }]);
    expectFrenchTypography(errors);
  });

  it("asks a DEJA_PRESENTE candidate for the previous session, forme and result", () => {
    const errors = errorsOf(informationsSchema, { ...valid, typeCandidature: "DEJA_PRESENTE" });
    expect(errors.map((e) => e.field)).toEqual(["sessionPrecedente", "formePrecedente", "ajourne"]);
    expectFrenchTypography(errors);
    expect(
      informationsSchema.parse({ ...valid, typeCandidature: "DEJA_PRESENTE", sessionPrecedente: "2023", formePrecedente: "PROGRESSIVE", ajourne: "oui" }),
    ).toMatchObject({ sessionPrecedente: 2023, formePrecedente: "PROGRESSIVE", ajourne: true });
  });

  it("shows the route's requirements together with the other fields' errors", () => {
    const errors = errorsOf(informationsSchema, { typeCandidature: "ENSEIGNEMENT_A_DISTANCE", sessionPrecedente: "23" });
    expect(errors.map((e) => e.field)).toEqual(["sessionPrecedente", "handicap", "jdcEnRegle", "organisme"]);
  });
});

describe("qualificationSchema", () => {
  it.each([
    [{ specialiteCode: "", formePassage: "GLOBALE" }, "specialiteCode", fr`Choisissez votre spécialité dans la liste.`],
    [{ specialiteCode: "4003121", formePassage: "GLOBALE" }, "specialiteCode", fr`Choisissez votre spécialité dans la liste.`],
    [{ specialiteCode: "40031213" }, "formePassage", fr`Choisissez la forme de passage de l'examen : globale ou progressive.`],
    [{ specialiteCode: "40031213", formePassage: "MIXTE" }, "formePassage", fr`Choisissez la forme de passage de l'examen : globale ou progressive.`],
  ])("refuses %o", (input, field, message) => expect(errorsOf(qualificationSchema, input)).toEqual([{ field, message }]));
});

describe("acquisSchema", () => {
  it("requires one of the five possibilities", () => {
    const message = fr`Choisissez l'une des cinq possibilités (« Je n'ai ni bénéfice de notes ni dispense » si aucune ne vous concerne).`;
    expect(errorsOf(acquisSchema, {})).toEqual([{ field: "type", message }]);
    expect(errorsOf(acquisSchema, { type: "TOUT" })).toEqual([{ field: "type", message }]);
  });

  it("reads notes with a decimal comma or point and drops blank rows", () => {
    expect(
      acquisSchema.parse({
        type: "BENEFICES_NOTES",
        benefices: [
          { epreuveCode: "E5", note: "12,5", sessionAnnee: "2022" },
          { epreuveCode: "", note: "", sessionAnnee: "" },
          { epreuveCode: "E6", note: "14.25", sessionAnnee: "2023" },
        ],
        diplome: "BAC_GENERAL",
      }),
    ).toEqual({
      type: "BENEFICES_NOTES",
      benefices: [
        { epreuveCode: "E5", note: 12.5, sessionAnnee: 2022 },
        { epreuveCode: "E6", note: 14.25, sessionAnnee: 2023 },
      ],
    });
  });

  it.each([
    [{ type: "BENEFICES_NOTES" }, "benefices", fr`Ajoutez au moins une note à conserver, ou choisissez une autre possibilité.`],
    [{ type: "BENEFICES_NOTES", benefices: [{ epreuveCode: "E5", note: "douze", sessionAnnee: "2022" }] }, "benefices[0].note", fr`Indiquez la note sur 20, avec au plus deux décimales, par exemple 12,5.`],
    [{ type: "BENEFICES_NOTES", benefices: [{ epreuveCode: "E5", note: "21", sessionAnnee: "2022" }] }, "benefices[0].note", fr`Indiquez la note sur 20, avec au plus deux décimales, par exemple 12,5.`],
    [{ type: "BENEFICES_NOTES", benefices: [{ epreuveCode: "E5", note: "12", sessionAnnee: "22" }] }, "benefices[0].sessionAnnee", fr`Indiquez l'année de la session où vous avez obtenu cette note, par exemple 2022.`],
    [{ type: "DISPENSES_DIPLOME", disciplines: ["LVA"] }, "diplome", fr`Choisissez le diplôme dont vous êtes titulaire.`],
    [{ type: "DISPENSES_DIPLOME", diplome: "BAC_GENERAL" }, "disciplines", fr`Cochez au moins une épreuve dont vous demandez la dispense.`],
    [{ type: "AUTRE_SPECIALITE", autreSpecialiteCode: "MELEC", anneeObtention: "2022", epreuves: "E5" }, "autreSpecialiteCode", fr`Indiquez le code à 8 chiffres de la spécialité à laquelle vous avez été ajourné.`],
    [{ type: "DISPENSES_VAE", anneeObtention: "2022" }, "epreuves", fr`Cochez au moins une épreuve dont vous demandez la dispense.`],
    [{ type: "DISPENSES_VAE", epreuves: ["E2"] }, "anneeObtention", fr`Indiquez l'année d'obtention sur 4 chiffres, par exemple 2022.`],
  ])("refuses %o", (input, field, message) => {
    const errors = errorsOf(acquisSchema, input);
    expect(errors).toEqual([{ field, message }]);
    expectFrenchTypography(errors);
  });

  it("reads the dispense checkboxes", () => {
    expect(
      acquisSchema.parse({ type: "DISPENSES_DIPLOME", diplome: "BAC_TECHNOLOGIQUE", disciplines: "LVB", diplomeComporteLvb: "on" }),
    ).toEqual({
      type: "DISPENSES_DIPLOME",
      diplome: "BAC_TECHNOLOGIQUE",
      disciplines: ["LVB"],
      diplomeComporteLvb: true,
      diplomeComporteEcoGestion: false,
      diplomeComporteEcoDroit: false,
      diplomeComportePhysiqueChimie: false,
    });
  });
});

describe("epreuvesSchema", () => {
  it("turns a single ticked activity into a list and blanks into absent", () => {
    expect(epreuvesSchema.parse({ lva: "anglais", lvb: "", epsChoix: "ADAPTEE", epsActivites: "natation 250 mètres", epsNotificationMdph: "on" })).toEqual({
      lva: "anglais",
      lvb: undefined,
      lvf: undefined,
      facultatives: [],
      epsChoix: "ADAPTEE",
      epsActivites: ["natation 250 mètres"],
      epsNotificationMdph: true,
    });
  });

  it("leaves the LVA and the EPS to the rules, since the spécialité's épreuves say whether they are asked", () => {
    expect(errorsOf(epreuvesSchema, {})).toEqual([]);
    expect(errorsOf(epreuvesSchema, { epsChoix: "NAGER" })).toEqual([
      { field: "epsChoix", message: fr`Indiquez votre situation pour l'EPS : apte, inapte, dispensé ou épreuve adaptée.` },
    ]);
  });
});
