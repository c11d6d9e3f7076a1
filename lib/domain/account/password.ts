import { fr } from "../typographie";

// The notice's rule [C:CF]: "8 à 20 caractères dont majuscule, minuscule et caractère spécial
// (exemple : ! * etc...)". A special character is anything but a letter, a digit or a space.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 20;

export const PASSWORD_PARTS = ["longueur", "majuscule", "minuscule", "special"] as const;
export type PasswordPart = (typeof PASSWORD_PARTS)[number];

/** Shown under "Mot de passe *" before anything is typed (the notice's wording). */
export const PASSWORD_RULE = fr`8 à 20 caractères dont majuscule, minuscule et caractère spécial (exemple : ! * etc.)`;

/** One line per part, for the list under the field. */
export const PASSWORD_PART_LABELS: Record<PasswordPart, string> = {
  longueur: fr`entre 8 et 20 caractères`,
  majuscule: fr`au moins une lettre majuscule`,
  minuscule: fr`au moins une lettre minuscule`,
  special: fr`au moins un caractère spécial (exemple : ! * # ?)`,
};

export type PasswordCheck = {
  ok: boolean;
  /** Parts of the rule the password breaks, in PASSWORD_PARTS order. */
  failing: PasswordPart[];
  /** Length in characters (code points, so "é" or an emoji counts once). */
  length: number;
  /** Control characters (a pasted tab or line break) are refused outright. */
  hasControl: boolean;
};

export function checkPassword(password: string): PasswordCheck {
  const length = [...password].length;
  const failing: PasswordPart[] = [];
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) failing.push("longueur");
  if (!/\p{Lu}/u.test(password)) failing.push("majuscule");
  if (!/\p{Ll}/u.test(password)) failing.push("minuscule");
  if (!/[^\p{L}\p{N}\s]/u.test(password.replace(/\p{Cc}/gu, ""))) failing.push("special");
  const hasControl = /\p{Cc}/u.test(password);
  return { ok: failing.length === 0 && !hasControl, failing, length, hasControl };
}

function joinEt(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} et ${items.at(-1)}`;
}

const MISSING: Record<Exclude<PasswordPart, "longueur">, string> = {
  majuscule: "une lettre majuscule",
  minuscule: "une lettre minuscule",
  special: fr`un caractère spécial (! * # ? …)`,
};

/** The sentence shown beside the field: says which part of the rule fails, or null when it passes. */
export function passwordErrorMessage(check: PasswordCheck): string | null {
  if (check.ok) return null;
  if (check.length === 0) return fr`Choisissez un mot de passe : ${PASSWORD_RULE}.`;
  if (check.hasControl && check.failing.length === 0) {
    return fr`Le mot de passe contient une tabulation ou un retour à la ligne : retirez-les.`;
  }
  const sentences: string[] = [];
  if (check.failing.includes("longueur")) {
    sentences.push(
      check.length < PASSWORD_MIN_LENGTH
        ? fr`Le mot de passe est trop court : ${check.length} caractère${check.length > 1 ? "s" : ""} sur 8 au minimum.`
        : fr`Le mot de passe est trop long : ${check.length} caractères sur 20 au maximum.`,
    );
  }
  const missing = check.failing.filter((p): p is Exclude<PasswordPart, "longueur"> => p !== "longueur").map((p) => MISSING[p]);
  if (missing.length > 0) sentences.push(`Il doit contenir au moins ${joinEt(missing)}.`);
  return sentences.join(" ");
}
