"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/lib/form-state";
import { envoyerRappelsDus } from "./actions";

/** The button that runs the quarter-hourly job now, for the admin's académie, and what it sent. */
export function EnvoyerRappelsForm() {
  const [state, action, pending] = useActionState(envoyerRappelsDus, INITIAL_FORM_STATE);
  return (
    <form action={action} key={state.n} className="fr-mb-6w">
      <Button type="submit" disabled={pending} iconId="fr-icon-mail-line" iconPosition="left">
        Envoyer maintenant les rappels dus
      </Button>
      {state.ok && state.message && <Alert severity="success" role="status" small description={state.message} className="fr-mt-3w" />}
      {state.formError && <Alert severity="error" role="alert" small description={state.formError} className="fr-mt-3w" />}
    </form>
  );
}
