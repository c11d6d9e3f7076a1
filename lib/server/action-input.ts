// A server action can be POSTed directly (Next-Action header) with any arguments, not only what its
// form sends: a missing or wrong previous state, a number instead of the FormData. Read them as the
// form would have sent them, or as an empty submission, which the action's schema then refuses in
// French, instead of a TypeError and a 500.

/** The previous state's submission counter, or 0 when the argument is not a state. */
export function previousOf<S extends { n: number }>(previous: unknown): S {
  const n = typeof previous === "object" && previous !== null ? (previous as { n?: unknown }).n : undefined;
  return { n: typeof n === "number" && Number.isSafeInteger(n) && n >= 0 ? n : 0 } as S;
}

/** The posted form, or an empty one when the argument is not a FormData. */
export function formDataOf(formData: unknown): FormData {
  return formData instanceof FormData ? formData : new FormData();
}
