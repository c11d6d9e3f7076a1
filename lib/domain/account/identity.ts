import { normalizeEmail } from "./email";

// Names as on the identity document [C:CF "telles qu'elles figurent sur ma pièce d'identité"]:
// letters of any script, spaces, hyphens, apostrophes and the dot of abbreviations.
export const NAME_MAX_LENGTH = 100;
const NAME_SHAPE = /^\p{L}[\p{L}\p{M}' .-]*$/u;

/** Trims, joins runs of spaces and writes apostrophes one way, so that confirmations compare what a person means. */
export function normalizeName(name: string): string {
  return name.normalize("NFC").replace(/[’‘`´]/g, "'").replace(/\s+/g, " ").trim();
}

export function isNameShape(name: string): boolean {
  const n = normalizeName(name);
  return n.length > 0 && n.length <= NAME_MAX_LENGTH && NAME_SHAPE.test(n);
}

/** "Dupont" and " DUPONT " confirm each other; "Hélène" and "Helene" do not (an accent is part of the état civil). */
export function sameName(value: string, confirmation: string): boolean {
  return normalizeName(value).toLocaleLowerCase("fr") === normalizeName(confirmation).toLocaleLowerCase("fr");
}

export function sameEmail(value: string, confirmation: string): boolean {
  return normalizeEmail(value) === normalizeEmail(confirmation);
}

/** Passwords are compared exactly: no trimming, no case folding. */
export function samePassword(value: string, confirmation: string): boolean {
  return value === confirmation;
}
