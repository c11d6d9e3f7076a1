// No lost update between two tabs: every write to a candidature bumps its revision, each form
// carries the revision its page was drawn from, and a submission is only written when that is
// still the current one. Anything else (a later revision, a missing or garbled field) is stale:
// there is no "no check" case.

/** The one refusal of a stale submission, mapped to its French message in lib/server/candidatures/refus.ts. */
export const CANDIDATURE_MODIFIEE = "CANDIDATURE_MODIFIEE";
export type CandidatureModifiee = typeof CANDIDATURE_MODIFIEE;

/** The name of the hidden field that carries the revision in every form that writes a candidature. */
export const CHAMP_REVISION = "revision";

// A revision as a form posts it: decimal digits, no sign, no exponent, no leading zeros.
const REVISION = /^(0|[1-9]\d{0,8})$/;

/** The revision a form posted ("12" → 12), or null when it is missing, garbled or out of range. */
export function lireRevision(value: unknown): number | null {
  if (typeof value === "number") return Number.isSafeInteger(value) && value >= 0 ? value : null;
  if (typeof value !== "string" || !REVISION.test(value)) return null;
  return Number(value);
}

/**
 * Whether a submission was drawn from another state of the candidature than the current one, and
 * must therefore write nothing. A submission without a readable revision is stale too.
 */
export function estRevisionPerimee(soumise: unknown, courante: number): boolean {
  const revision = lireRevision(soumise);
  return revision === null || revision !== courante;
}
