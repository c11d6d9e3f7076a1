import type { FormState } from "@/lib/form-state";

/** DSFR `state` / `stateRelatedMessage` for one field of a form state. */
export function fieldState<F extends string>(state: FormState<F>, field: F): { state: "error" | "default"; stateRelatedMessage?: string } {
  const message = state.fieldErrors?.[field];
  return message ? { state: "error", stateRelatedMessage: message } : { state: "default" };
}

/** The value typed before the failed submission, or the initial one. */
export function typed<F extends string>(state: FormState<F>, field: F, initial = ""): string {
  return state.values?.[field] ?? initial;
}
