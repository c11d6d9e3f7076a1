import type { FormValues } from "@/lib/domain/candidature/formulaires";
import type { CandidatureModifiee } from "@/lib/domain/candidature/revision";

// What a wizard step's action returns to its form (STYLE.md): messages beside the fields, one for
// the whole form, and what was typed, so a refused Suivant loses nothing.
export type StepFormState = {
  /** Submission counter: the form is keyed on it so that it re-renders with the returned values. */
  n: number;
  fieldErrors?: Record<string, string>;
  formError?: string;
  values?: FormValues;
  /**
   * The revision the refused form was drawn from, posted back as it was: the form keeps it, so a
   * form refused as stale stays stale (without JavaScript too) until the step is reloaded.
   */
  revision?: string;
  /** Set when the candidature changed since the page was drawn: the form links to its current state. */
  code?: CandidatureModifiee;
};

export const INITIAL_STEP_STATE: StepFormState = { n: 0 };
