// The wizard's forms and the step schemas speak slightly different languages: a form shows every
// option's fields at once (so it works without JavaScript, CSS hiding those of the options not
// chosen), while a step's data only holds the chosen option's. This module maps both ways:
// stored step data → the form's initial values, and posted values → the schema's input, keeping
// only the fields of the options chosen. Errors come back under the form's names.
import type { StepKey } from "./libelles";

export type FormValues = Record<string, string | string[]>;

export interface StepInput {
  input: Record<string, unknown>;
  /** The form field where an error on a schema field is shown. */
  champ: (field: string) => string;
}

/** Organisme asked for these routes [C:CF "votre établissement"]. */
export const ROUTES_AVEC_ORGANISME = ["ENSEIGNEMENT_A_DISTANCE", "FORMATION_CONTINUE"] as const;

/**
 * The bénéfices table has one row per compulsory épreuve of the spécialité, in order: row p posts
 * `benefices[p].note`, `benefices[p].sessionAnnee` and, hidden, `benefices[p].epreuveCode` (the
 * rules check that code against the spécialité's épreuves).
 */
export const beneficeChamp = (position: number, champ: "note" | "sessionAnnee" | "epreuveCode") => `benefices[${position}].${champ}`;

const BENEFICE_LIGNE = /^benefices\[(\d+)\]\.(?:note|sessionAnnee|epreuveCode)$/;

const identite = (field: string) => field;

function text(values: FormValues, name: string): string | undefined {
  const value = values[name];
  return Array.isArray(value) ? value[0] : value;
}

function list(values: FormValues, name: string): string[] {
  const value = values[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function pick(values: FormValues, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(names.filter((n) => values[n] !== undefined).map((n) => [n, values[n]]));
}

export function toStepInput(step: StepKey, values: FormValues): StepInput {
  switch (step) {
    case "identification":
      return { input: pick(values, ["adresse", "complement", "codePostal", "commune", "pays", "pcsRepresentantLegal", "telephone", "telephone2"]), champ: identite };
    case "qualification":
      return { input: pick(values, ["specialiteCode", "formePassage"]), champ: identite };
    case "informations": {
      const route = text(values, "typeCandidature");
      const names = ["typeCandidature", "handicap", "jdcEnRegle", "diffusionPresse", "diffusionInternet"];
      if ((ROUTES_AVEC_ORGANISME as readonly string[]).includes(route ?? "")) names.push("organisme");
      if (route === "DEJA_PRESENTE") names.push("sessionPrecedente", "formePrecedente", "ajourne");
      if (text(values, "handicap") === "oui") names.push("amenagementExistant");
      return { input: pick(values, names), champ: identite };
    }
    case "acquis":
      return acquisInput(values);
    case "epreuves": {
      const choix = text(values, "epsChoix");
      const input: Record<string, unknown> = pick(values, ["lva", "lvb", "lvf", "facultatives", "epsChoix"]);
      if (choix === "APTE") input.epsActivites = list(values, "epsActivites");
      if (choix === "ADAPTEE") {
        input.epsActivites = list(values, "epsActivitesAdaptees");
        input.epsNotificationMdph = values.epsNotificationMdph;
      }
      return { input, champ: (field) => (field === "epsActivites" && choix === "ADAPTEE" ? "epsActivitesAdaptees" : field) };
    }
  }
}

function acquisInput(values: FormValues): StepInput {
  const type = text(values, "type");
  switch (type) {
    case "BENEFICES_NOTES": {
      // A row counts once a note or a year is typed; its épreuve is the row's.
      const lignes = [...new Set(Object.keys(values).flatMap((name) => BENEFICE_LIGNE.exec(name)?.[1] ?? []))].map(Number).toSorted((a, b) => a - b);
      const positions = lignes.flatMap((position) => {
        const note = text(values, beneficeChamp(position, "note"))?.trim() ?? "";
        const sessionAnnee = text(values, beneficeChamp(position, "sessionAnnee"))?.trim() ?? "";
        const epreuveCode = text(values, beneficeChamp(position, "epreuveCode"))?.trim() ?? "";
        return note === "" && sessionAnnee === "" ? [] : [{ position, row: { epreuveCode, note, sessionAnnee } }];
      });
      return {
        input: { type, benefices: positions.map((p) => p.row) },
        champ: (field) => {
          const match = /^benefices\[(\d+)\]\.(\w+)$/.exec(field);
          const position = match ? positions[Number(match[1])]?.position : undefined;
          if (position === undefined) return field === "benefices" ? "benefices" : field;
          return match?.[2] === "epreuveCode" ? `benefices[${position}].note` : `benefices[${position}].${match?.[2]}`;
        },
      };
    }
    case "DISPENSES_DIPLOME":
      return {
        input: {
          type,
          ...pick(values, ["diplome", "diplomeComporteLvb", "diplomeComporteEcoGestion", "diplomeComporteEcoDroit", "diplomeComportePhysiqueChimie"]),
          disciplines: list(values, "disciplines"),
        },
        champ: identite,
      };
    case "AUTRE_SPECIALITE":
    case "DISPENSES_VAE": {
      const prefixe = type === "AUTRE_SPECIALITE" ? "autre" : "vae";
      const input: Record<string, unknown> = {
        type,
        anneeObtention: values[`${prefixe}AnneeObtention`],
        epreuves: list(values, `${prefixe}Epreuves`),
      };
      if (type === "AUTRE_SPECIALITE") input.autreSpecialiteCode = values.autreSpecialiteCode;
      return {
        input,
        champ: (field) => (field === "anneeObtention" ? `${prefixe}AnneeObtention` : field === "epreuves" ? `${prefixe}Epreuves` : field),
      };
    }
    default:
      return { input: type === undefined ? {} : { type }, champ: identite };
  }
}

// ---- stored data → the form's initial values ----

function str(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value).replace(".", ",");
  return undefined;
}

const ouiNon = (value: unknown) => (value === true ? "oui" : value === false ? "non" : undefined);
const coche = (value: unknown) => (value === true ? "on" : undefined);
const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : undefined);

function compact(values: Record<string, string | string[] | undefined>): FormValues {
  return Object.fromEntries(Object.entries(values).filter((e): e is [string, string | string[]] => e[1] !== undefined));
}

/**
 * The form values that show a stored step (a step saved under older rules reads as far as it
 * can). `epreuves`: the codes of the bénéfices table's rows, in order (the spécialité's
 * compulsory épreuves); a kept note of an épreuve no longer listed is not shown.
 */
export function toFormValues(step: StepKey, stored: unknown, epreuves: readonly string[] = []): FormValues {
  if (typeof stored !== "object" || stored === null) return {};
  const d = stored as Record<string, unknown>;
  switch (step) {
    case "identification":
      return compact(Object.fromEntries(["adresse", "complement", "codePostal", "commune", "pays", "pcsRepresentantLegal", "telephone", "telephone2"].map((n) => [n, str(d[n])])));
    case "qualification":
      return compact({ specialiteCode: str(d.specialiteCode), formePassage: str(d.formePassage) });
    case "informations":
      return compact({
        typeCandidature: str(d.typeCandidature),
        organisme: str(d.organisme),
        sessionPrecedente: typeof d.sessionPrecedente === "number" ? String(d.sessionPrecedente) : undefined,
        formePrecedente: str(d.formePrecedente),
        ajourne: ouiNon(d.ajourne),
        handicap: ouiNon(d.handicap),
        amenagementExistant: ouiNon(d.amenagementExistant),
        jdcEnRegle: coche(d.jdcEnRegle),
        diffusionPresse: coche(d.diffusionPresse),
        diffusionInternet: coche(d.diffusionInternet),
      });
    case "epreuves": {
      const adaptee = d.epsChoix === "ADAPTEE";
      return compact({
        lva: str(d.lva),
        lvb: str(d.lvb),
        lvf: str(d.lvf),
        facultatives: strings(d.facultatives),
        epsChoix: str(d.epsChoix),
        [adaptee ? "epsActivitesAdaptees" : "epsActivites"]: strings(d.epsActivites),
        epsNotificationMdph: coche(d.epsNotificationMdph),
      });
    }
    case "acquis":
      return acquisValues(d, epreuves);
  }
}

function acquisValues(d: Record<string, unknown>, epreuves: readonly string[]): FormValues {
  switch (d.type) {
    case "BENEFICES_NOTES": {
      // Each row carries its épreuve, as the form's hidden fields do.
      const values: FormValues = { type: d.type, ...Object.fromEntries(epreuves.map((code, position) => [beneficeChamp(position, "epreuveCode"), code])) };
      for (const row of Array.isArray(d.benefices) ? d.benefices : []) {
        const r = row as Record<string, unknown>;
        const position = epreuves.indexOf(String(r.epreuveCode));
        if (position < 0) continue;
        Object.assign(values, compact({ [beneficeChamp(position, "note")]: str(r.note), [beneficeChamp(position, "sessionAnnee")]: str(r.sessionAnnee) }));
      }
      return values;
    }
    case "DISPENSES_DIPLOME":
      return compact({
        type: d.type,
        diplome: str(d.diplome),
        disciplines: strings(d.disciplines),
        diplomeComporteLvb: coche(d.diplomeComporteLvb),
        diplomeComporteEcoGestion: coche(d.diplomeComporteEcoGestion),
        diplomeComporteEcoDroit: coche(d.diplomeComporteEcoDroit),
        diplomeComportePhysiqueChimie: coche(d.diplomeComportePhysiqueChimie),
      });
    case "AUTRE_SPECIALITE":
    case "DISPENSES_VAE": {
      const prefixe = d.type === "AUTRE_SPECIALITE" ? "autre" : "vae";
      return compact({
        type: d.type,
        autreSpecialiteCode: d.type === "AUTRE_SPECIALITE" ? str(d.autreSpecialiteCode) : undefined,
        [`${prefixe}AnneeObtention`]: typeof d.anneeObtention === "number" ? String(d.anneeObtention) : undefined,
        [`${prefixe}Epreuves`]: strings(d.epreuves),
      });
    }
    default:
      return compact({ type: str(d.type) });
  }
}
