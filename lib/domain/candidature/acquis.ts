// Step 4, Acquis (CF annexe 1): bénéfices de notes (≥ 10/20, kept 5 years, ajourné candidates),
// dispenses from a diploma (dispenses-table.ts, the bac pro's only), from another spécialité of
// the same exam or from a VAE (both valid 5 years). The épreuves are the spécialité's, from the
// catalogue.
import { epreuvesObligatoires } from "../catalogue/epreuves";
import type { EpreuveDef } from "../catalogue/types";
import { dispensesDiplomeProposees } from "./acquis-choix";
import { CASE_UNITE_COMPRISE, DISPENSES_PAR_DIPLOME } from "./dispenses-table";
import { canKeepBenefices, type RouteInput } from "./eligibility";
import { fr, formatNote, liste } from "./format";
import { DIPLOME_LIBELLES, DISCIPLINE_LIBELLES } from "./libelles";
import type { AcquisData, BeneficeData } from "./schemas";
import type { DiplomeDispense, DisciplineDispensable, FieldError, SessionConfig, SpecialiteInfo } from "./types";

/** "La durée de validité […] est de 5 ans à compter de la date d'obtention" [C:CF, NM]. */
export const DUREE_VALIDITE_ACQUIS = 5;

/**
 * A note or dispense obtained at the session of year A serves the sessions A+1 to A+5: sessions
 * fall at the same time each year, so the fifth anniversary of the obtention still covers A+5.
 * (Interpretation of "5 ans à compter de la date d'obtention": one session then five more years.)
 */
export function isAcquisValable(anneeObtention: number, sessionAnnee: number): boolean {
  const ecart = sessionAnnee - anneeObtention;
  return ecart >= 1 && ecart <= DUREE_VALIDITE_ACQUIS;
}

/** Whether the annexe 1 table grants this dispense to the holder of this diploma. */
export function isDispenseAccordee(diplome: DiplomeDispense, discipline: DisciplineDispensable, uniteComprise: boolean): boolean {
  const regle = DISPENSES_PAR_DIPLOME[discipline][diplome];
  return regle === "OUI" || (regle === "SI_UNITE" && uniteComprise);
}

export interface AcquisContext {
  session: Pick<SessionConfig, "annee" | "examen">;
  specialite: SpecialiteInfo;
  /** Step 2 when filled; without it the route condition of bénéfices waits for the final validation. */
  informations?: Pick<RouteInput, "typeCandidature" | "ajourne">;
  /** The spécialité's épreuves, from the catalogue (epreuvesDeSpecialite). */
  epreuves: readonly EpreuveDef[];
}

export function checkAcquis(acquis: AcquisData, ctx: AcquisContext): FieldError[] {
  const epreuves = epreuvesObligatoires(ctx.epreuves);
  switch (acquis.type) {
    case "AUCUN":
      return [];
    case "BENEFICES_NOTES":
      return checkBenefices(acquis.benefices, epreuves, ctx);
    case "DISPENSES_DIPLOME":
      if (!dispensesDiplomeProposees(ctx.session.examen))
        return [
          {
            field: "type",
            message: fr`Les dispenses au titre d'un diplôme ne se demandent pas en ligne pour cet examen : choisissez une autre possibilité et adressez votre demande au service des examens de votre académie.`,
          },
        ];
      return checkDispensesDiplome(acquis, epreuves);
    case "AUTRE_SPECIALITE":
      return checkAutreSpecialite(acquis, epreuves, ctx);
    case "DISPENSES_VAE":
      return [
        ...checkValidite("anneeObtention", acquis.anneeObtention, ctx.session.annee, "dispense"),
        ...checkEpreuvesDispensees(acquis.epreuves, epreuves, fr`au titre de la VAE`),
      ];
  }
}

function checkBenefices(benefices: readonly BeneficeData[], epreuves: readonly EpreuveDef[], ctx: AcquisContext): FieldError[] {
  const errors: FieldError[] = [];
  if (ctx.informations && !canKeepBenefices(ctx.informations))
    errors.push({
      field: "type",
      message: fr`Seul un candidat ajourné à une session précédente peut conserver des notes : à l'étape « Informations candidature », indiquez que vous avez déjà présenté l'examen et été ajourné, ou choisissez une autre possibilité.`,
    });
  const codes = epreuves.map((e) => e.code);
  benefices.forEach((b, i) => {
    const field = (name: keyof BeneficeData) => `benefices[${i}].${name}`;
    if (!codes.includes(b.epreuveCode))
      errors.push({
        field: field("epreuveCode"),
        message: fr`L'épreuve « ${b.epreuveCode} » ne fait pas partie de la spécialité ${ctx.specialite.libelle} : choisissez parmi ${liste(codes)}.`,
      });
    else if (benefices.findIndex((other) => other.epreuveCode === b.epreuveCode) < i)
      errors.push({ field: field("epreuveCode"), message: fr`Vous avez déjà indiqué une note pour l'épreuve ${b.epreuveCode} : supprimez cette ligne.` });
    if (b.note < 10)
      errors.push({
        field: field("note"),
        message: fr`Seule une note égale ou supérieure à 10/20 peut être conservée : ${formatNote(b.note)}/20 ne peut pas l'être. Supprimez cette ligne.`,
      });
    errors.push(...checkValidite(field("sessionAnnee"), b.sessionAnnee, ctx.session.annee, "note"));
  });
  return errors;
}

function checkValidite(field: string, anneeObtention: number, sessionAnnee: number, acquis: "note" | "dispense"): FieldError[] {
  if (isAcquisValable(anneeObtention, sessionAnnee)) return [];
  const periode = `${sessionAnnee - DUREE_VALIDITE_ACQUIS} à ${sessionAnnee - 1}`;
  const message =
    anneeObtention < sessionAnnee
      ? fr`Cette ${acquis} date de ${anneeObtention} : elle n'est plus valable, car elle se conserve ${DUREE_VALIDITE_ACQUIS} ans (de ${periode} pour la session ${sessionAnnee}).`
      : fr`Pour la session ${sessionAnnee}, cette ${acquis} doit avoir été obtenue à une session antérieure (de ${periode}) : corrigez l'année.`;
  return [{ field, message }];
}

function checkDispensesDiplome(
  acquis: Extract<AcquisData, { type: "DISPENSES_DIPLOME" }>,
  epreuves: readonly EpreuveDef[],
): FieldError[] {
  const disciplinesSpecialite = new Set(epreuves.flatMap((e) => e.disciplines));
  const diplome = DIPLOME_LIBELLES[acquis.diplome];
  return acquis.disciplines.flatMap((discipline): FieldError[] => {
    const matiere = DISCIPLINE_LIBELLES[discipline];
    const caseUnite = CASE_UNITE_COMPRISE[discipline];
    const uniteComprise = caseUnite !== undefined && acquis[caseUnite];
    if (!disciplinesSpecialite.has(discipline))
      return [{ field: "disciplines", message: fr`Votre spécialité ne comporte pas d'épreuve de ${matiere} : décochez cette dispense.` }];
    if (isDispenseAccordee(acquis.diplome, discipline, uniteComprise)) return [];
    if (caseUnite && isDispenseAccordee(acquis.diplome, discipline, true))
      return [
        {
          field: caseUnite,
          message: fr`La dispense de ${matiere} n'est accordée que si votre diplôme (${diplome}) comportait cette unité : cochez la case qui le déclare, ou décochez cette dispense.`,
        },
      ];
    return [{ field: "disciplines", message: fr`Le diplôme « ${diplome} » ne dispense pas de ${matiere} : décochez cette dispense.` }];
  });
}

/** CF annexe 1, 2): an ajourné of another spécialité of the exam, its general units valid 5 years. */
function checkAutreSpecialite(
  acquis: Extract<AcquisData, { type: "AUTRE_SPECIALITE" }>,
  epreuves: readonly EpreuveDef[],
  ctx: AcquisContext,
): FieldError[] {
  const memeSpecialite: FieldError = {
    field: "autreSpecialiteCode",
    message: fr`Indiquez une spécialité différente de celle que vous présentez ; pour garder des notes de cette spécialité, choisissez les bénéfices de notes.`,
  };
  return [
    ...(acquis.autreSpecialiteCode === ctx.specialite.codeDiplome ? [memeSpecialite] : []),
    ...checkValidite("anneeObtention", acquis.anneeObtention, ctx.session.annee, "dispense"),
    ...checkEpreuvesDispensees(acquis.epreuves, epreuves.filter((e) => e.generale), fr`au titre d'une autre spécialité`),
  ];
}

function checkEpreuvesDispensees(codes: readonly string[], permises: readonly EpreuveDef[], titre: string): FieldError[] {
  const inconnue = codes.find((code) => !permises.some((e) => e.code === code));
  if (inconnue === undefined) return [];
  return [
    {
      field: "epreuves",
      message: fr`L'épreuve « ${inconnue} » ne peut pas être dispensée ${titre} : choisissez parmi ${liste(permises.map((e) => e.code))}.`,
    },
  ];
}
