"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useActionState } from "react";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { publierSessionAction } from "./actions";

export function PublicationForm({ sessionId, publiee }: { sessionId: string; publiee: boolean }) {
  const [state, action, pending] = useActionState(publierSessionAction, INITIAL_FORM_STATE as FormState);
  return (
    <form action={action} key={state.n} aria-label="Publication de la session">
      {state.ok && state.message && <Alert severity="success" role="status" small description={state.message} className="fr-mb-3w" />}
      {state.formError && <Alert severity="error" role="alert" small description={state.formError} className="fr-mb-3w" />}
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="publier" value={publiee ? "non" : "oui"} />
      <Button type="submit" disabled={pending} priority={publiee ? "secondary" : "primary"} iconId={publiee ? "fr-icon-eye-off-line" : "fr-icon-eye-line"} iconPosition="left">
        {publiee ? "Retirer la session" : "Publier la session"}
      </Button>
    </form>
  );
}
