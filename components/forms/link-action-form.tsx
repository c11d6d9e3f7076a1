"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useActionState } from "react";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";

/**
 * One button that uses the link's token ("Activer mon compte", "Confirmer ma nouvelle adresse"):
 * a POST, so that mail scanners following the link do not use it up.
 */
export function LinkActionForm({ action, token, label }: { action: (state: FormState, formData: FormData) => Promise<FormState>; token: string; label: string }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} key={state.n}>
      {state.formError && <Alert severity="error" role="status" as="h2" small description={state.formError} className="fr-mb-3w" />}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending}>
        {label}
      </Button>
    </form>
  );
}
