// The national admin's catalogue forms (/gestion/catalogue): a spécialité of an exam, an épreuve
// of an exam or of a spécialité. One schema per form, shared by the page and its action; the rules
// that need the other rows (a code already used) follow.
import { z } from "zod";
import { checkbox, formulaire, requiredEnum, requiredText, optionalText, enumList, blankToUndefined } from "../candidature/fields";
import { fr } from "../candidature/format";
import { DISCIPLINE_LIBELLES } from "../candidature/libelles";
import { DISCIPLINES, EXAMEN_CODES, type Discipline, type Examen, type Secteur } from "../candidature/types";
import { EPREUVE_NATURES, type EpreuveNatureData } from "./types";

/** The exams in the catalogue's addresses: /gestion/catalogue/cap/… */
export const EXAMEN_SLUGS: Record<Examen, string> = { BAC_PRO: "bac-pro", CAP: "cap", BP: "bp", MC: "mc" };

export function examenDuSlug(slug: string): Examen | undefined {
  return EXAMEN_CODES.find((code) => EXAMEN_SLUGS[code] === slug);
}

export const SECTEUR_LIBELLES: Record<Secteur, string> = { PRODUCTION: "Production", SERVICES: "Services" };

export const NATURE_LIBELLES: Record<EpreuveNatureData, string> = {
  OBLIGATOIRE: "Obligatoire",
  FACULTATIVE: "Facultative",
  CONTROLE: "Épreuve de contrôle",
};

const premiereMajuscule = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Mathématiques", "Enseignement professionnel"… */
export const DISCIPLINE_NOMS: Record<Discipline, string> = {
  ...(Object.fromEntries(Object.entries(DISCIPLINE_LIBELLES).map(([d, libelle]) => [d, premiereMajuscule(libelle)])) as Record<Exclude<Discipline, "PROFESSIONNEL">, string>),
  PROFESSIONNEL: "Enseignement professionnel (jamais dispensé par un diplôme)",
};

export const NB_LANGUES_LIBELLES: Record<"0" | "1" | "2", string> = {
  "0": "Aucune",
  "1": "Une (langue vivante A)",
  "2": "Deux (langues vivantes A et B)",
};

const CODE_DIPLOME = fr`Le code diplôme comporte 8 chiffres, par exemple 50022135.`;

export const specialiteFormSchema = formulaire({
  codeDiplome: z.preprocess(blankToUndefined, z.string({ error: CODE_DIPLOME }).regex(/^\d{8}$/, CODE_DIPLOME)),
  libelle: requiredText(fr`Indiquez le libellé de la spécialité.`, 200),
  sigle: optionalText(20),
  secteur: requiredEnum(["PRODUCTION", "SERVICES"], fr`Choisissez le secteur : production ou services.`),
  nbLanguesObligatoires: z.preprocess(
    (v) => (typeof v === "string" && /^[012]$/.test(v.trim()) ? Number(v) : blankToUndefined(v)),
    z.union([z.literal(0), z.literal(1), z.literal(2)], { error: fr`Choisissez le nombre de langues vivantes obligatoires : aucune, une ou deux.` }),
  ),
  travailEnHauteur: checkbox(),
  active: checkbox(),
});
export type SpecialiteForm = z.output<typeof specialiteFormSchema>;

const CODE_EPREUVE = fr`Le code de l'épreuve comporte de 1 à 10 lettres, chiffres ou tirets, en commençant par une lettre ou un chiffre (par exemple EP1 ou E3).`;

export const epreuveFormSchema = formulaire({
  code: z.preprocess(
    (v) => (typeof v === "string" ? blankToUndefined(v.toUpperCase()) : v),
    z.string({ error: CODE_EPREUVE }).regex(/^[A-Z0-9][A-Z0-9-]{0,9}$/, CODE_EPREUVE),
  ),
  libelle: requiredText(fr`Indiquez le libellé de l'épreuve.`, 200),
  nature: requiredEnum(EPREUVE_NATURES, fr`Choisissez la nature de l'épreuve.`),
  disciplines: enumList(DISCIPLINES, fr`Choisissez les disciplines dans la liste.`),
  generale: checkbox(),
  /** Exam épreuves only: "" = every secteur. */
  secteur: z.preprocess(blankToUndefined, z.enum(["PRODUCTION", "SERVICES"], { error: fr`Choisissez un secteur dans la liste.` }).optional()),
  ordre: z.preprocess(
    (v) => (typeof v === "string" && /^\d{1,3}$/.test(v.trim()) ? Number(v) : blankToUndefined(v) ?? 0),
    z.number({ error: fr`Indiquez le rang de l'épreuve, un nombre entier de 0 à 999.` }).int().min(0).max(999),
  ),
  actif: checkbox(),
}).superRefine((v, ctx) => {
  if (v.nature === "OBLIGATOIRE" && Array.isArray(v.disciplines) && v.disciplines.length === 0)
    ctx.addIssue({
      code: "custom",
      path: ["disciplines"],
      message: fr`Cochez au moins une discipline : les dispenses, les langues et l'EPS de l'épreuve en dépendent (« Enseignement professionnel » pour une épreuve professionnelle).`,
    });
});
export type EpreuveForm = z.output<typeof epreuveFormSchema>;

/** An épreuve already in the catalogue, as the code rule reads it. */
export interface EpreuveExistante {
  id: string;
  code: string;
  specialiteId: string | null;
  secteur: Secteur | null;
  actif: boolean;
}

/**
 * Within an exam, two épreuves that would both apply to one spécialité cannot share a code: an
 * exam épreuve's code is unique among the exam's épreuves of overlapping secteurs (every secteur
 * overlaps both), a spécialité's among its own. A spécialité's own épreuve may take the code of an
 * exam épreuve: it replaces it for that spécialité (catalogue/epreuves.ts).
 */
export function checkCodeEpreuve(
  input: { code: string; specialiteId: string | null; secteur: Secteur | null },
  existantes: readonly EpreuveExistante[],
  id: string | null = null,
): { field: "code" | "secteur"; message: string } | null {
  const conflit = existantes.find(
    (e) =>
      e.id !== id &&
      e.code === input.code &&
      e.specialiteId === input.specialiteId &&
      (input.specialiteId !== null || e.secteur === null || input.secteur === null || e.secteur === input.secteur),
  );
  if (!conflit) return null;
  const desactivee = conflit.actif ? "" : fr` (désactivée : modifiez-la pour la réactiver)`;
  if (input.specialiteId === null && conflit.secteur !== input.secteur)
    return {
      field: "secteur",
      message: fr`L'examen a déjà une épreuve ${input.code}${desactivee} pour ${conflit.secteur ? `le secteur ${SECTEUR_LIBELLES[conflit.secteur].toLowerCase()}` : "tous les secteurs"} : une spécialité ne peut pas en avoir deux. Choisissez un autre code ou un autre secteur.`,
    };
  return { field: "code", message: fr`Le code ${input.code} est déjà celui d'une épreuve${desactivee} : choisissez-en un autre.` };
}
