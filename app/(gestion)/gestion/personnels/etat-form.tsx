"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";

/** « Désactiver » or « Réactiver » one staff account, with the answer beside the button. */
export function EtatPersonnelForm({
  action,
  accountId,
  nom,
  actif,
}: {
  action: (state: FormState<"accountId">, formData: FormData) => Promise<FormState<"accountId">>;
  accountId: string;
  nom: string;
  /** Whether the account is active now (the button deactivates it). */
  actif: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, { n: 0 } as FormState<"accountId">);
  return (
    <form action={formAction} key={state.n}>
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="actif" value={actif ? "0" : "1"} />
      <button type="submit" className={`fr-btn fr-btn--sm ${actif ? "fr-btn--tertiary" : "fr-btn--secondary"}`} disabled={pending}>
        {actif ? "Désactiver" : "Réactiver"}
        <span className="fr-sr-only"> le compte de {nom}</span>
      </button>
      {(state.message || state.formError) && (
        <p className={`fr-text--sm fr-mt-1w fr-mb-0 ${state.formError ? "fr-error-text" : "fr-valid-text"}`} role="status">
          {state.message ?? state.formError}
        </p>
      )}
    </form>
  );
}
