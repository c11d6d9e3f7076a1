// What every server action returns to its form (STYLE.md): `{ ok }` or field errors beside their
// field, a form-level error, and the values typed (passwords excepted) so nothing has to be retyped.
import type { z } from "zod";

export type FormState<F extends string = string> = {
  /** Submission counter: the form is keyed on it so that it re-renders with the returned values. */
  n: number;
  ok?: boolean;
  /** Shown in a status alert above the form when ok. */
  message?: string;
  fieldErrors?: Partial<Record<F, string>>;
  formError?: string;
  values?: Partial<Record<F, string>>;
  /** A machine-readable reason beside formError ("non_active", "verrouille"…), for the links shown with it. */
  code?: string;
  /** Parts of the password rule that failed, to mark them in the list under the field. */
  passwordFailing?: string[];
};

export const INITIAL_FORM_STATE: FormState = { n: 0 };

/** The first message of each field. */
export function fieldErrorsOf<F extends string>(error: z.ZodError): Partial<Record<F, string>> {
  const errors: Partial<Record<F, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === "string" && errors[field as F] === undefined) errors[field as F] = issue.message;
  }
  return errors;
}

/** What was typed in `fields`, as strings; password fields are never sent back. */
export function typedValues<F extends string>(formData: FormData, fields: readonly F[]): Partial<Record<F, string>> {
  const values: Partial<Record<F, string>> = {};
  for (const field of fields) {
    if (/password/i.test(field)) continue;
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value.slice(0, 500);
  }
  return values;
}

/** A failed submission: errors and the values typed. */
export function invalid<F extends string>(
  previous: FormState<F>,
  formData: FormData,
  fields: readonly F[],
  errors: { fieldErrors?: Partial<Record<F, string>>; formError?: string; passwordFailing?: string[] },
): FormState<F> {
  return { n: previous.n + 1, values: typedValues(formData, fields), ...errors };
}
