import type { FormValues } from "@/lib/domain/candidature/formulaires";

// What a wizard step's action returns to its form (STYLE.md): messages beside the fields, one for
// the whole form, and what was typed, so a refused Suivant loses nothing.
export type StepFormState = {
  /** Submission counter: the form is keyed on it so that it re-renders with the returned values. */
  n: number;
  fieldErrors?: Record<string, string>;
  formError?: string;
  values?: FormValues;
};

export const INITIAL_STEP_STATE: StepFormState = { n: 0 };
