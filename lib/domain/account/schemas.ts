// One zod schema per form, shared by the form (field names, limits) and its server action. Values
// arrive as FormData strings; every message says what to do, in French, beside its field.
import { z } from "zod";
import { estIdentifiant } from "../identifiant";
import { fr } from "../typographie";
import { isPaysCode } from "../pays";
import { checkBirthDate, parseDateFr, compareDates, isRealDate, type BirthDateProblem, type CalendarDate } from "./birth-date";
import { isEmailShape, normalizeEmail, EMAIL_MAX_LENGTH } from "./email";
import { isNameShape, normalizeName, sameEmail, sameName, samePassword, NAME_MAX_LENGTH } from "./identity";
import { checkPassword, passwordErrorMessage, PASSWORD_MAX_LENGTH, type PasswordPart } from "./password";
import { STAFF_ROLES, type StaffRole } from "./roles";

export const CIVILITES = ["MADAME", "MONSIEUR"] as const;
export type Civilite = (typeof CIVILITES)[number];
export const CIVILITE_LABELS: Record<Civilite, string> = { MADAME: "Madame", MONSIEUR: "Monsieur" };

/** A FormData entry as text: a file or a missing field reads as "". */
const text = z.preprocess((v) => (typeof v === "string" ? v : ""), z.string());

type Ctx = z.RefinementCtx;
function fail(ctx: Ctx, field: string, message: string) {
  ctx.addIssue({ code: "custom", path: [field], message });
}

const M = {
  civilite: fr`Choisissez votre civilité : Madame ou Monsieur.`,
  nomRequis: fr`Indiquez votre nom de famille (nom de naissance) tel qu'il figure sur votre pièce d'identité.`,
  nomForme: fr`Le nom ne peut contenir que des lettres, des espaces, des tirets et des apostrophes (${NAME_MAX_LENGTH} caractères au plus).`,
  nomConfirmationRequise: fr`Saisissez à nouveau votre nom de naissance pour le confirmer.`,
  nomConfirmationDifferente: fr`La confirmation ne correspond pas au nom de naissance saisi : vérifiez l'un et l'autre.`,
  prenomsRequis: fr`Indiquez tous vos prénoms, tels qu'ils figurent sur votre pièce d'identité.`,
  prenomsForme: fr`Les prénoms ne peuvent contenir que des lettres, des espaces, des virgules, des tirets et des apostrophes.`,
  dateRequise: fr`Indiquez votre date de naissance au format jj/mm/aaaa, par exemple 30/05/1998.`,
  dateConfirmationRequise: fr`Saisissez à nouveau votre date de naissance pour la confirmer.`,
  dateConfirmationDifferente: fr`La confirmation ne correspond pas à la date de naissance saisie : vérifiez l'une et l'autre.`,
  pays: fr`Choisissez votre pays de naissance dans la liste (France pour une naissance en outre-mer).`,
  emailRequis: fr`Indiquez votre adresse mail, par exemple nom.prenom@domaine.fr.`,
  emailForme: fr`L'adresse mail n'est pas valide : elle doit être de la forme nom.prenom@domaine.fr, sans espace.`,
  emailConfirmationRequise: fr`Saisissez à nouveau votre adresse mail pour la confirmer.`,
  emailConfirmationDifferente: fr`La confirmation ne correspond pas à l'adresse mail saisie : vérifiez l'une et l'autre.`,
  passwordConfirmationRequise: fr`Saisissez à nouveau votre mot de passe pour le confirmer.`,
  passwordConfirmationDifferente: fr`La confirmation ne correspond pas au mot de passe saisi.`,
  passwordActuelRequis: fr`Indiquez votre mot de passe actuel.`,
  passwordRequis: fr`Indiquez votre mot de passe.`,
} as const;

export const BIRTH_DATE_MESSAGES: Record<BirthDateProblem, string> = {
  format: fr`La date doit être au format jj/mm/aaaa, par exemple 30/05/1998.`,
  inexistante: fr`Cette date n'existe pas : vérifiez le jour et le mois.`,
  future: fr`La date de naissance doit être une date passée.`,
  "trop-jeune": fr`Vous devez avoir au moins 14 ans : vérifiez l'année de naissance.`,
  "trop-age": fr`Vérifiez l'année de naissance : la date saisie donne un âge de plus de 100 ans.`,
};

const PRENOMS_SHAPE = /^\p{L}[\p{L}\p{M}' .,-]*$/u;

/** Text PostgreSQL can compare: no control character, no unpaired surrogate (a NUL is a 500 otherwise). */
const isLookupSafe = (value: string) => !/[\p{Cc}\p{Cs}]/u.test(value);

function checkNom(ctx: Ctx, field: string, value: string, required: string) {
  if (normalizeName(value) === "") fail(ctx, field, required);
  else if (!isNameShape(value)) fail(ctx, field, M.nomForme);
}

function checkPrenoms(ctx: Ctx, field: string, value: string) {
  const n = normalizeName(value);
  if (n === "") fail(ctx, field, M.prenomsRequis);
  else if (n.length > NAME_MAX_LENGTH || !PRENOMS_SHAPE.test(n)) fail(ctx, field, M.prenomsForme);
}

function checkEmail(ctx: Ctx, field: string, value: string) {
  if (value.trim() === "") fail(ctx, field, M.emailRequis);
  else if (!isEmailShape(value)) fail(ctx, field, M.emailForme);
}

/** Returns the failing parts so the form can mark them in the rule's list. */
function checkNewPassword(ctx: Ctx, field: string, value: string): PasswordPart[] {
  const check = checkPassword(value);
  const message = passwordErrorMessage(check);
  if (message) fail(ctx, field, message);
  return check.failing;
}

function checkConfirmation(ctx: Ctx, field: string, confirmation: string, matches: boolean, required: string, different: string) {
  if (confirmation.trim() === "") fail(ctx, field, required);
  else if (!matches) fail(ctx, field, different);
}

function checkDateNaissance(ctx: Ctx, field: string, value: string, today: CalendarDate): CalendarDate | null {
  if (value.trim() === "") {
    fail(ctx, field, M.dateRequise);
    return null;
  }
  const check = checkBirthDate(value, today);
  if (!check.ok) {
    fail(ctx, field, BIRTH_DATE_MESSAGES[check.problem]);
    return null;
  }
  return check.date;
}

function sameDate(a: string, b: string): boolean {
  const da = parseDateFr(a);
  const db = parseDateFr(b);
  if (da && db && isRealDate(da) && isRealDate(db)) return compareDates(da, db) === 0;
  return a.trim() === b.trim();
}

const optionalName = (value: string) => {
  const n = normalizeName(value);
  return n === "" ? null : n;
};

// --- Créer mon compte [C:CF "Formulaire de création"] -----------------------------------------

export const CREATE_ACCOUNT_FIELDS = [
  "civilite",
  "nomNaissance",
  "nomNaissanceConfirmation",
  "nomUsage",
  "prenoms",
  "dateNaissance",
  "dateNaissanceConfirmation",
  "paysNaissance",
  "email",
  "emailConfirmation",
  "password",
  "passwordConfirmation",
] as const;
export type CreateAccountField = (typeof CREATE_ACCOUNT_FIELDS)[number];

export function createAccountSchema(today: CalendarDate) {
  return z
    .object({
      civilite: text,
      nomNaissance: text,
      nomNaissanceConfirmation: text,
      nomUsage: text,
      prenoms: text,
      dateNaissance: text,
      dateNaissanceConfirmation: text,
      paysNaissance: text,
      email: text,
      emailConfirmation: text,
      password: text,
      passwordConfirmation: text,
    })
    .superRefine((v, ctx) => {
      if (!(CIVILITES as readonly string[]).includes(v.civilite)) fail(ctx, "civilite", M.civilite);
      checkNom(ctx, "nomNaissance", v.nomNaissance, M.nomRequis);
      checkConfirmation(ctx, "nomNaissanceConfirmation", v.nomNaissanceConfirmation, sameName(v.nomNaissance, v.nomNaissanceConfirmation), M.nomConfirmationRequise, M.nomConfirmationDifferente);
      if (normalizeName(v.nomUsage) !== "" && !isNameShape(v.nomUsage)) fail(ctx, "nomUsage", M.nomForme);
      checkPrenoms(ctx, "prenoms", v.prenoms);
      checkDateNaissance(ctx, "dateNaissance", v.dateNaissance, today);
      checkConfirmation(ctx, "dateNaissanceConfirmation", v.dateNaissanceConfirmation, sameDate(v.dateNaissance, v.dateNaissanceConfirmation), M.dateConfirmationRequise, M.dateConfirmationDifferente);
      if (!isPaysCode(v.paysNaissance)) fail(ctx, "paysNaissance", M.pays);
      checkEmail(ctx, "email", v.email);
      checkConfirmation(ctx, "emailConfirmation", v.emailConfirmation, sameEmail(v.email, v.emailConfirmation), M.emailConfirmationRequise, M.emailConfirmationDifferente);
      checkNewPassword(ctx, "password", v.password);
      checkConfirmation(ctx, "passwordConfirmation", v.passwordConfirmation, samePassword(v.password, v.passwordConfirmation), M.passwordConfirmationRequise, M.passwordConfirmationDifferente);
    })
    .transform((v) => ({
      civilite: v.civilite as Civilite,
      nomNaissance: normalizeName(v.nomNaissance),
      nomUsage: optionalName(v.nomUsage),
      prenoms: normalizeName(v.prenoms),
      // Transforms only run once every check passed: the date parses.
      dateNaissance: parseDateFr(v.dateNaissance) as CalendarDate,
      paysNaissance: v.paysNaissance,
      email: v.email.trim(),
      password: v.password,
    }));
}
export type CreateAccountInput = z.output<ReturnType<typeof createAccountSchema>>;

// --- Connexion, adresse seule -------------------------------------------------------------------

export const signInSchema = z
  .object({ email: text, password: text })
  .superRefine((v, ctx) => {
    if (v.email.trim() === "") fail(ctx, "email", M.emailRequis);
    // No shape check here (a mistyped address meets the usual refusal), only what no lookup can take.
    else if (!isLookupSafe(v.email)) fail(ctx, "email", M.emailForme);
    if (v.password === "") fail(ctx, "password", M.passwordRequis);
  })
  .transform((v) => ({ email: v.email.trim().slice(0, EMAIL_MAX_LENGTH), password: v.password.slice(0, 200) }));
export type SignInInput = z.output<typeof signInSchema>;

/** "Mot de passe oublié", "Recevoir un nouveau lien d'activation". */
export const emailOnlySchema = z
  .object({ email: text })
  .superRefine((v, ctx) => checkEmail(ctx, "email", v.email))
  .transform((v) => ({ email: v.email.trim(), emailNormalized: normalizeEmail(v.email) }));

// --- Nouveau mot de passe (réinitialisation, invitation) --------------------------------------

export const newPasswordSchema = z
  .object({ token: text, password: text, passwordConfirmation: text })
  .superRefine((v, ctx) => {
    checkNewPassword(ctx, "password", v.password);
    checkConfirmation(ctx, "passwordConfirmation", v.passwordConfirmation, samePassword(v.password, v.passwordConfirmation), M.passwordConfirmationRequise, M.passwordConfirmationDifferente);
  })
  .transform((v) => ({ token: v.token.trim(), password: v.password }));

// --- Mon compte ---------------------------------------------------------------------------------

export const changePasswordSchema = z
  .object({ currentPassword: text, password: text, passwordConfirmation: text })
  .superRefine((v, ctx) => {
    if (v.currentPassword === "") fail(ctx, "currentPassword", M.passwordActuelRequis);
    checkNewPassword(ctx, "password", v.password);
    if (v.password !== "" && v.password === v.currentPassword) fail(ctx, "password", fr`Choisissez un mot de passe différent de l'actuel.`);
    checkConfirmation(ctx, "passwordConfirmation", v.passwordConfirmation, samePassword(v.password, v.passwordConfirmation), M.passwordConfirmationRequise, M.passwordConfirmationDifferente);
  });

export const changeEmailSchema = z
  .object({ email: text, emailConfirmation: text, currentPassword: text })
  .superRefine((v, ctx) => {
    checkEmail(ctx, "email", v.email);
    checkConfirmation(ctx, "emailConfirmation", v.emailConfirmation, sameEmail(v.email, v.emailConfirmation), M.emailConfirmationRequise, M.emailConfirmationDifferente);
    if (v.currentPassword === "") fail(ctx, "currentPassword", M.passwordActuelRequis);
  })
  .transform((v) => ({ email: v.email.trim(), currentPassword: v.currentPassword }));

export function identitySchema(today: CalendarDate) {
  return z
    .object({ civilite: text, nomNaissance: text, nomUsage: text, prenoms: text, dateNaissance: text, paysNaissance: text })
    .superRefine((v, ctx) => {
      if (!(CIVILITES as readonly string[]).includes(v.civilite)) fail(ctx, "civilite", M.civilite);
      checkNom(ctx, "nomNaissance", v.nomNaissance, M.nomRequis);
      if (normalizeName(v.nomUsage) !== "" && !isNameShape(v.nomUsage)) fail(ctx, "nomUsage", M.nomForme);
      checkPrenoms(ctx, "prenoms", v.prenoms);
      checkDateNaissance(ctx, "dateNaissance", v.dateNaissance, today);
      if (!isPaysCode(v.paysNaissance)) fail(ctx, "paysNaissance", M.pays);
    })
    .transform((v) => ({
      civilite: v.civilite as Civilite,
      nomNaissance: normalizeName(v.nomNaissance),
      nomUsage: optionalName(v.nomUsage),
      prenoms: normalizeName(v.prenoms),
      dateNaissance: parseDateFr(v.dateNaissance) as CalendarDate,
      paysNaissance: v.paysNaissance,
    }));
}
export type IdentityInput = z.output<ReturnType<typeof identitySchema>>;

// --- Invitation d'un personnel ------------------------------------------------------------------

export const inviteStaffSchema = z
  .object({ role: text, academieId: text, email: text, nomNaissance: text, prenoms: text })
  .superRefine((v, ctx) => {
    if (!(STAFF_ROLES as readonly string[]).includes(v.role)) fail(ctx, "role", fr`Choisissez le rôle de la personne invitée.`);
    if (v.role !== "ADMIN_NATIONAL" && !estIdentifiant(v.academieId.trim())) fail(ctx, "academieId", fr`Choisissez l'académie de la personne invitée.`);
    checkEmail(ctx, "email", v.email);
    checkNom(ctx, "nomNaissance", v.nomNaissance, fr`Indiquez le nom de la personne invitée.`);
    if (normalizeName(v.prenoms) === "") fail(ctx, "prenoms", fr`Indiquez le prénom de la personne invitée.`);
    else if (!isNameShape(v.prenoms)) fail(ctx, "prenoms", M.prenomsForme);
  })
  .transform((v) => ({
    role: v.role as StaffRole,
    academieId: v.role === "ADMIN_NATIONAL" || v.academieId.trim() === "" ? null : v.academieId.trim(),
    email: v.email.trim(),
    nomNaissance: normalizeName(v.nomNaissance),
    prenoms: normalizeName(v.prenoms),
  }));

export { PASSWORD_MAX_LENGTH, EMAIL_MAX_LENGTH, NAME_MAX_LENGTH };
