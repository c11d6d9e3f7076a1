// A candidature's stored JSON (`donnees`, `brouillon`) read back as step data. The JSON is what
// the step schemas produced, but it is read defensively: a row written under older rules, or
// edited by hand, must never break a page.
import type { StepKey } from "./libelles";
import { STEP_SCHEMAS, type CandidatureData } from "./schemas";
import { STEP_KEYS } from "./validate";

export type StoredSteps = Partial<Record<StepKey, unknown>>;

/** The step entries of a stored JSON value (anything else is ignored). */
export function storedSteps(json: unknown): StoredSteps {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return {};
  const steps: StoredSteps = {};
  for (const key of STEP_KEYS) {
    const value = (json as Record<string, unknown>)[key];
    if (typeof value === "object" && value !== null && !Array.isArray(value)) steps[key] = value;
  }
  return steps;
}

/** The steps that still parse with their schema: what other steps' rules may rely on. */
export function parsedSteps(steps: StoredSteps): Partial<CandidatureData> {
  const parsed: Partial<CandidatureData> = {};
  for (const key of STEP_KEYS) {
    if (steps[key] === undefined) continue;
    const result = STEP_SCHEMAS[key].safeParse(steps[key]);
    if (result.success) Object.assign(parsed, { [key]: result.data });
  }
  return parsed;
}

/** The step to resume at: the first one not filled, the récapitulatif when all are. */
export function etapeAReprendre(steps: StoredSteps): StepKey | "recapitulatif" {
  return STEP_KEYS.find((key) => steps[key] === undefined) ?? "recapitulatif";
}
