// Field builders for the step schemas. Values arrive as FormData strings (empty string = absent)
// and, when a saved candidature is re-validated, as the parsed values themselves: every
// preprocessor accepts both, so parsing is idempotent. Optional variants keep the optionality
// inside the preprocessor, so that "" becomes "absent" rather than an invalid value.
import { z } from "zod";
import { fr } from "./format";
import type { FieldError } from "./types";

type Values = readonly [string, ...string[]];

export function blankToUndefined(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

const tooLong = (max: number) => fr`Ce champ ne peut pas dépasser ${max} caractères : raccourcissez-le.`;

// What a forged or garbled post gets instead of zod's English defaults: a list where one value
// is expected (a name repeated), an object, a number. The forms never send these.
export const TEXTE_ATTENDU = fr`Ce champ doit contenir un texte : saisissez-le de nouveau.`;
export const CHOIX_ATTENDUS = fr`Ces choix ne sont pas valides : cochez-les de nouveau.`;
export const FORMULAIRE_ATTENDU = fr`Le formulaire envoyé n'est pas lisible : rechargez la page et saisissez-le de nouveau.`;

/** A step's object (or a row's): anything else is refused in French. */
export function formulaire<T extends z.ZodRawShape>(shape: T) {
  return z.object(shape, { error: FORMULAIRE_ATTENDU });
}

// Text fields hold one line: tabs and line breaks pasted in become spaces. Other control
// characters and unpaired surrogates only come from a forged post; PostgreSQL cannot store a NUL
// (a 500 at the draft's save), and none of them belongs in an address or a name.
const CARACTERE_NON_ADMIS = fr`Ce champ contient un caractère non admis : saisissez-le de nouveau au clavier.`;

function toText(value: unknown): unknown {
  return blankToUndefined(typeof value === "string" ? value.replace(/[\t\n\r\v\f]+/g, " ") : value);
}

/** No control character, no unpaired surrogate. */
export function isPrintable(text: string): boolean {
  if (!text.isWellFormed()) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return false;
  }
  return true;
}

export function requiredText(message: string, max = 200) {
  return z.preprocess(toText, z.string({ error: message }).max(max, tooLong(max)).refine(isPrintable, CARACTERE_NON_ADMIS));
}

export function optionalText(max = 200) {
  return z.preprocess(toText, z.string({ error: TEXTE_ATTENDU }).max(max, tooLong(max)).refine(isPrintable, CARACTERE_NON_ADMIS).optional());
}

export function requiredEnum<const T extends Values>(values: T, message: string) {
  return z.preprocess(blankToUndefined, z.enum(values, { error: message }));
}

export function optionalEnum<const T extends Values>(values: T, message: string) {
  return z.preprocess(blankToUndefined, z.enum(values, { error: message }).optional());
}

const toCheckbox = (v: unknown) => v === true || v === "on" || v === "true" || v === "1";

/** A checkbox: "on" (or true) when ticked, absent otherwise. */
export function checkbox() {
  return z.preprocess(toCheckbox, z.boolean());
}

/** A checkbox that must be ticked. */
export function requiredCheckbox(message: string) {
  return z.preprocess(toCheckbox, z.literal(true, { error: message }));
}

function toOuiNon(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const answer = value.trim().toLowerCase();
  if (["oui", "true", "on", "1"].includes(answer)) return true;
  if (["non", "false", "0"].includes(answer)) return false;
  return blankToUndefined(value);
}

/** A « Oui » / « Non » radio. */
export function ouiNon(message: string) {
  return z.preprocess(toOuiNon, z.boolean({ error: message }));
}

export function optionalOuiNon(message: string) {
  return z.preprocess(toOuiNon, z.boolean({ error: message }).optional());
}

function toAnnee(value: unknown): unknown {
  const text = blankToUndefined(value);
  return typeof text === "string" && /^\d{4}$/.test(text) ? Number(text) : text;
}

const anneeNumber = (message: string) => z.number({ error: message }).int(message).min(1950, message).max(2100, message);

/** A four-digit year ("2022"). */
export function annee(message: string) {
  return z.preprocess(toAnnee, anneeNumber(message));
}

export function optionalAnnee(message: string) {
  return z.preprocess(toAnnee, anneeNumber(message).optional());
}

const NOTE_MESSAGE = fr`Indiquez la note sur 20, avec au plus deux décimales, par exemple 12,5.`;

/** A mark out of 20, with a decimal comma or point ("12,5", "12.5"). */
export function note() {
  return z.preprocess(
    (v) => {
      const text = blankToUndefined(v);
      return typeof text === "string" && /^\d{1,2}([.,]\d{1,2})?$/.test(text) ? Number(text.replace(",", ".")) : text;
    },
    z.number({ error: NOTE_MESSAGE }).min(0, NOTE_MESSAGE).max(20, NOTE_MESSAGE),
  );
}

/** Ticked checkboxes or a multiple select: absent = none, a single value arrives as a string. */
function toList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  const values = Array.isArray(value) ? value : [value];
  return values.map(blankToUndefined).filter((x) => x !== undefined);
}

export function stringList(minMessage?: string) {
  const list = z.array(z.string({ error: CHOIX_ATTENDUS }).refine(isPrintable, CHOIX_ATTENDUS), { error: CHOIX_ATTENDUS });
  return z.preprocess(toList, minMessage ? list.min(1, minMessage) : list);
}

export function enumList<const T extends Values>(values: T, message: string, minMessage?: string) {
  const list = z.array(z.enum(values, { error: message }), { error: CHOIX_ATTENDUS });
  return z.preprocess(toList, minMessage ? list.min(1, minMessage) : list);
}

/** Repeated rows (`benefices[0].note`…): rows left entirely blank are dropped. */
export function rows<T extends z.ZodType>(row: T, minMessage: string) {
  return z.preprocess((v) => {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) return v;
    return v.filter((r) => typeof r !== "object" || r === null || Object.values(r).some((x) => blankToUndefined(x) !== undefined));
  }, z.array(row, { error: FORMULAIRE_ATTENDU }).min(1, minMessage));
}

const PAYS_MESSAGE = fr`Choisissez le pays de votre domicile dans la liste.`;

/** ISO 3166-1 alpha-2 code, France by default; "France" typed in full is accepted. */
export function pays() {
  return z.preprocess(
    (v) => {
      const text = blankToUndefined(v);
      if (text === undefined) return "FR";
      if (typeof text !== "string") return text;
      const upper = text.toUpperCase();
      return upper === "FRANCE" ? "FR" : upper;
    },
    z.string({ error: PAYS_MESSAGE }).regex(/^[A-Z]{2}$/, PAYS_MESSAGE),
  );
}

const TELEPHONE_MESSAGE = fr`Indiquez un numéro de téléphone français, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.`;

/**
 * French numbers, normalised: national "0X XX XX XX XX" (also +33 and the DROM prefixes +262,
 * +269, +590, +594, +596) → "0XXXXXXXXX"; Saint-Pierre-et-Miquelon (+508), Wallis-et-Futuna
 * (+681), Nouvelle-Calédonie (+687) and Polynésie (+689) keep their international form.
 */
export function normaliserTelephone(input: string): string | undefined {
  const compact = input.replace(/[\s.\-()]/g, "").replace(/^00/, "+");
  if (/^0[1-9]\d{8}$/.test(compact)) return compact;
  const national = /^\+(?:33|262|269|590|594|596)([1-9]\d{8})$/.exec(compact);
  if (national) return `0${national[1]}`;
  if (/^\+(?:508|681|687)\d{6}$/.test(compact) || /^\+689\d{8}$/.test(compact)) return compact;
  return undefined;
}

function toTelephone(value: unknown): unknown {
  const text = blankToUndefined(value);
  return typeof text === "string" ? (normaliserTelephone(text) ?? text) : text;
}

const estNormalise = (t: string) => normaliserTelephone(t) === t;

export function telephone(requiredMessage: string) {
  return z.preprocess(toTelephone, z.string({ error: requiredMessage }).refine(estNormalise, TELEPHONE_MESSAGE));
}

export function optionalTelephone() {
  return z.preprocess(toTelephone, z.string({ error: TELEPHONE_MESSAGE }).refine(estNormalise, TELEPHONE_MESSAGE).optional());
}

/** Zod issues → one message per form field; paths become form names (`benefices[0].note`). */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return uniqueByField(issues.map((issue) => ({ field: fieldName(issue.path), message: issue.message })));
}

/** Keeps the first message for each field. */
export function uniqueByField(errors: readonly FieldError[]): FieldError[] {
  return errors.filter((e, i) => errors.findIndex((other) => other.field === e.field) === i);
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === "number" ? `${name}[${key}]` : name === "" ? String(key) : `${name}.${String(key)}`),
    "",
  );
}

/** Reports rule errors from a step schema's refinement, beside their fields. */
export function addFieldErrors(ctx: z.RefinementCtx, errors: readonly FieldError[]): void {
  for (const { field, message } of errors) ctx.addIssue({ code: "custom", path: field === "" ? [] : [field], message });
}

/**
 * Runs a step's refinement even when some fields failed, so every message shows at once; the
 * fields it reads may then hold anything posted. Not when the step itself is not an object.
 */
export const ALWAYS = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null } as const;
