// One schema per wizard step, shared by the step's form and its server action (STYLE.md). Each
// checks what the step alone can check; rules that need the session, the académie or another
// step run in validate.ts.
import { z } from "zod";
import { PCS_CODES } from "../data/pcs";
import { checkRoute } from "./eligibility";
import {
  ALWAYS,
  addFieldErrors,
  annee,
  blankToUndefined,
  checkbox,
  enumList,
  formulaire,
  note,
  optionalAnnee,
  optionalEnum,
  optionalOuiNon,
  optionalTelephone,
  optionalText,
  ouiNon,
  pays,
  requiredCheckbox,
  requiredEnum,
  requiredText,
  rows,
  stringList,
  telephone,
} from "./fields";
import { fr } from "./format";
import type { StepKey } from "./libelles";
import { DIPLOMES_DISPENSE, DISCIPLINES_DISPENSABLES, EPS_CHOIX, FORMES_PASSAGE, ROUTES } from "./types";

const codeDiplome = (message: string) =>
  z.preprocess(blankToUndefined, z.string({ error: message }).regex(/^\d{8}$/, message));

// 1 - Identification: "votre adresse, la catégorie socio-professionnelle d'un représentant légal
// et les contacts" [C:CF].
export const identificationSchema = formulaire({
  adresse: requiredText(fr`Indiquez l'adresse de votre domicile : numéro et nom de la voie.`),
  complement: optionalText(),
  codePostal: z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/\s/g, "") : v),
    requiredText(fr`Indiquez le code postal de votre domicile.`, 10),
  ),
  commune: requiredText(fr`Indiquez la commune de votre domicile.`, 100),
  pays: pays(),
  pcsRepresentantLegal: requiredEnum(
    PCS_CODES,
    fr`Choisissez la catégorie socio-professionnelle d'un de vos représentants légaux (« Non renseignée » si vous ne la connaissez pas).`,
  ),
  telephone: telephone(fr`Indiquez un numéro de téléphone où le service des examens peut vous joindre.`),
  telephone2: optionalTelephone(),
}).superRefine((v, ctx) => {
  if (v.pays === "FR" && typeof v.codePostal === "string" && !/^\d{5}$/.test(v.codePostal))
    addFieldErrors(ctx, [{ field: "codePostal", message: fr`Le code postal doit comporter 5 chiffres, par exemple 63000.` }]);
}, ALWAYS);

// 2 - Informations candidature: type of candidature and établissement, handicap, diffusion des
// résultats [C:CF]; "Vous devez être en règle avec l'obligation de recensement ou la JDC" [C:CF].
export const informationsSchema = formulaire({
  typeCandidature: requiredEnum(ROUTES, fr`Choisissez votre type de candidature : il détermine les justificatifs à fournir.`),
  organisme: optionalText(),
  sessionPrecedente: optionalAnnee(fr`Indiquez l'année de votre dernière session sur 4 chiffres, par exemple 2023.`),
  formePrecedente: optionalEnum(FORMES_PASSAGE, fr`Choisissez la forme de passage de votre dernière session : globale ou progressive.`),
  ajourne: optionalOuiNon(fr`Répondez « Oui » ou « Non ».`),
  handicap: ouiNon(fr`Indiquez si vous êtes en situation de handicap (« Oui » ou « Non »).`),
  amenagementExistant: optionalOuiNon(fr`Répondez « Oui » ou « Non ».`),
  jdcEnRegle: requiredCheckbox(
    fr`Vous devez être en règle avec l'obligation de recensement ou de participation à la journée défense et citoyenneté (JDC) pour vous inscrire : cochez la case pour le déclarer.`,
  ),
  diffusionPresse: checkbox(),
  diffusionInternet: checkbox(),
}).superRefine((v, ctx) => {
  addFieldErrors(ctx, checkRoute(v));
  if (v.handicap === true && v.amenagementExistant === undefined)
    addFieldErrors(ctx, [
      {
        field: "amenagementExistant",
        message: fr`Indiquez si vous bénéficiez déjà d'un aménagement d'épreuves notifié (« Oui » ou « Non »).`,
      },
    ]);
}, ALWAYS);

// 3 - Qualification présentée: spécialité and forme de passage ("votre choix est définitif") [C:CF].
export const qualificationSchema = formulaire({
  specialiteCode: codeDiplome(fr`Choisissez votre spécialité dans la liste.`),
  formePassage: requiredEnum(FORMES_PASSAGE, fr`Choisissez la forme de passage de l'examen : globale ou progressive.`),
});

// 4 - Acquis: "une des 5 possibilités proposées" [C:CF].
const beneficeSchema = formulaire({
  epreuveCode: requiredText(fr`Choisissez l'épreuve dont vous conservez la note.`, 10),
  note: note(),
  sessionAnnee: annee(fr`Indiquez l'année de la session où vous avez obtenu cette note, par exemple 2022.`),
});

const anneeObtention = annee(fr`Indiquez l'année d'obtention sur 4 chiffres, par exemple 2022.`);
const epreuvesDispensees = stringList(fr`Cochez au moins une épreuve dont vous demandez la dispense.`);

export const acquisSchema = z.discriminatedUnion(
  "type",
  [
    formulaire({ type: z.literal("AUCUN") }),
    formulaire({
      type: z.literal("BENEFICES_NOTES"),
      benefices: rows(beneficeSchema, fr`Ajoutez au moins une note à conserver, ou choisissez une autre possibilité.`),
    }),
    formulaire({
      type: z.literal("DISPENSES_DIPLOME"),
      diplome: requiredEnum(DIPLOMES_DISPENSE, fr`Choisissez le diplôme dont vous êtes titulaire.`),
      disciplines: enumList(
        DISCIPLINES_DISPENSABLES,
        fr`Choisissez les épreuves dans la liste.`,
        fr`Cochez au moins une épreuve dont vous demandez la dispense.`,
      ),
      diplomeComporteLvb: checkbox(),
      diplomeComporteEcoGestion: checkbox(),
      diplomeComporteEcoDroit: checkbox(),
      diplomeComportePhysiqueChimie: checkbox(),
    }),
    formulaire({
      type: z.literal("AUTRE_SPECIALITE"),
      autreSpecialiteCode: codeDiplome(fr`Indiquez le code à 8 chiffres de la spécialité à laquelle vous avez été ajourné.`),
      anneeObtention,
      epreuves: epreuvesDispensees,
    }),
    formulaire({ type: z.literal("DISPENSES_VAE"), anneeObtention, epreuves: epreuvesDispensees }),
  ],
  { error: fr`Choisissez l'une des cinq possibilités (« Je n'ai ni bénéfice de notes ni dispense » si aucune ne vous concerne).` },
);

// 5 - Épreuves: langues (E4 and LVF), EPS (E7) and facultatives [C:CF]. Whether the LVA and the
// EPS are asked depends on the spécialité's épreuves: validate.ts requires them (langues.ts, eps.ts).
export const epreuvesSchema = formulaire({
  lva: optionalText(50),
  lvb: optionalText(50),
  lvf: optionalText(50),
  facultatives: stringList(),
  epsChoix: optionalEnum(EPS_CHOIX, fr`Indiquez votre situation pour l'EPS : apte, inapte, dispensé ou épreuve adaptée.`),
  epsActivites: stringList(),
  epsNotificationMdph: checkbox(),
});

export type IdentificationData = z.output<typeof identificationSchema>;
export type InformationsData = z.output<typeof informationsSchema>;
export type QualificationData = z.output<typeof qualificationSchema>;
export type AcquisData = z.output<typeof acquisSchema>;
export type BeneficeData = z.output<typeof beneficeSchema>;
export type EpreuvesData = z.output<typeof epreuvesSchema>;

/** A candidature's `donnees`, keyed by step. */
export interface CandidatureData {
  identification: IdentificationData;
  informations: InformationsData;
  qualification: QualificationData;
  acquis: AcquisData;
  epreuves: EpreuvesData;
}

export const STEP_SCHEMAS = {
  identification: identificationSchema,
  informations: informationsSchema,
  qualification: qualificationSchema,
  acquis: acquisSchema,
  epreuves: epreuvesSchema,
} as const satisfies Record<StepKey, z.ZodType>;
