// Validation of one wizard step (its server action) and of the whole candidature (ENREGISTRER):
// the step schemas, then the rules that need the session, the académie or another step.
import { epreuveDeDiscipline, epreuvesDeSpecialite } from "../catalogue/epreuves";
import type { EpreuveCatalogue } from "../catalogue/types";
import { checkAcquis } from "./acquis";
import { acquisTypesProposes, dispensesDiplomeProposees, messageChoixAcquis } from "./acquis-choix";
import { checkDomicile } from "./domicile";
import { canKeepBenefices, checkFormePassage, checkSessionPrecedente } from "./eligibility";
import { checkEps } from "./eps";
import { toFieldErrors, uniqueByField } from "./fields";
import { fr } from "./format";
import { checkLangues } from "./langues";
import { ETAPES, type StepKey } from "./libelles";
import { STEP_SCHEMAS, type CandidatureData } from "./schemas";
import type { AcademieInfo, FieldError, SessionConfig, SpecialiteInfo } from "./types";

export interface ValidationContext {
  session: SessionConfig;
  /** The session's académie, where the candidate must live. */
  academie: AcademieInfo;
  /** Every académie, to name the one a postal code belongs to. */
  academies: readonly AcademieInfo[];
  /** The spécialités offered at this session (active, with their épreuves). */
  specialites: readonly SpecialiteInfo[];
  /** The exam's active épreuves, common and of each spécialité (catalogue/epreuves.ts picks a spécialité's). */
  epreuves: readonly EpreuveCatalogue[];
  /** Every spécialité of the exam, withdrawn ones included: the names of earlier choices. */
  specialitesExamen?: readonly SpecialiteInfo[];
}

export type StepErrors = Partial<Record<StepKey, FieldError[]>>;

export const STEP_KEYS = Object.keys(STEP_SCHEMAS) as StepKey[];

function nonEmpty(errors: Record<StepKey, FieldError[]>): StepErrors {
  return Object.fromEntries(Object.entries(errors).filter(([, list]) => list.length > 0));
}

/** Rules across steps or against the session's configuration, on the steps present. */
export function checkCrossStepRules(data: Partial<CandidatureData>, ctx: ValidationContext): StepErrors {
  const { identification, informations, qualification, acquis, epreuves } = data;
  const specialite = qualification && ctx.specialites.find((s) => s.codeDiplome === qualification.specialiteCode);
  const route = informations?.typeCandidature;
  const specialiteInconnue: FieldError = {
    field: "specialiteCode",
    message: fr`Cette spécialité n'est pas proposée à la session ${ctx.session.annee} de votre académie : choisissez-en une dans la liste.`,
  };
  return nonEmpty({
    identification: identification ? checkDomicile(identification.codePostal, identification.pays, ctx.academie, ctx.academies) : [],
    informations: informations ? checkSessionPrecedente(informations.sessionPrecedente, ctx.session.annee) : [],
    qualification: qualification
      ? [...(specialite ? [] : [specialiteInconnue]), ...checkFormePassage(route, informations?.formePrecedente, qualification.formePassage)]
      : [],
    acquis: acquis && specialite ? checkAcquis(acquis, { session: ctx.session, specialite, informations, epreuves: epreuvesDeSpecialite(ctx.epreuves, specialite) }) : [],
    epreuves:
      epreuves && specialite
        ? [
            ...checkLangues(epreuves, specialite, ctx.session),
            ...checkEps(epreuves, route, ctx.session, epreuveDeDiscipline(epreuvesDeSpecialite(ctx.epreuves, specialite), "EPS") !== undefined),
          ]
        : [],
  });
}

export type StepResult<K extends StepKey> = { ok: true; data: CandidatureData[K] } | { ok: false; errors: FieldError[] };

/**
 * A step's server action: its schema, then the rules that concern it, read against the steps
 * already saved (`autres`). Rules needing a step not yet filled wait for validateCandidature.
 */
export function validateStep<K extends StepKey>(
  step: K,
  input: unknown,
  ctx: ValidationContext,
  autres: Partial<CandidatureData> = {},
): StepResult<K> {
  const parsed = STEP_SCHEMAS[step].safeParse(input);
  if (!parsed.success) {
    const errors = toFieldErrors(parsed.error.issues);
    if (step !== "acquis") return { ok: false, errors };
    // The page shows four possibilities when notes cannot be kept: the message counts the same.
    const nombre = acquisTypesProposes({
      benefices: autres.informations ? canKeepBenefices(autres.informations) : false,
      dispensesDiplome: dispensesDiplomeProposees(ctx.session.examen),
    }).length;
    return { ok: false, errors: errors.map((e) => (e.field === "type" ? { ...e, message: messageChoixAcquis(nombre) } : e)) };
  }
  const data = parsed.data as CandidatureData[K];
  const errors = checkCrossStepRules({ ...autres, [step]: data }, ctx)[step];
  return errors ? { ok: false, errors: uniqueByField(errors) } : { ok: true, data };
}

/** ENREGISTRER: every step again, and every rule across steps; errors grouped by step. */
export function validateCandidature(
  donnees: Partial<Record<StepKey, unknown>>,
  ctx: ValidationContext,
): { ok: true; data: CandidatureData } | { ok: false; errors: StepErrors } {
  const errors: StepErrors = {};
  const valides: Partial<CandidatureData> = {};
  for (const key of STEP_KEYS) {
    const input = donnees[key];
    if (input === undefined || input === null) {
      const titre = ETAPES.find((e) => e.key === key)?.titre;
      errors[key] = [{ field: "", message: fr`L'étape « ${titre} » n'est pas remplie : complétez-la avant d'enregistrer.` }];
      continue;
    }
    const parsed = STEP_SCHEMAS[key].safeParse(input);
    if (parsed.success) Object.assign(valides, { [key]: parsed.data });
    else errors[key] = toFieldErrors(parsed.error.issues);
  }
  for (const [key, list] of Object.entries(checkCrossStepRules(valides, ctx)) as [StepKey, FieldError[]][])
    errors[key] = uniqueByField([...(errors[key] ?? []), ...list]);
  return Object.keys(errors).length === 0 ? { ok: true, data: valides as CandidatureData } : { ok: false, errors };
}
