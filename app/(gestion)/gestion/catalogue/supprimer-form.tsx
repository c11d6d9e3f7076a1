"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useActionState } from "react";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { supprimerEpreuve, supprimerSpecialite } from "./actions";

/** Removes (or, when saved candidatures name it, deactivates) a spécialité or an épreuve. */
export function SupprimerForm({ quoi, id, bouton, explication }: { quoi: "specialite" | "epreuve"; id: string; bouton: string; explication: string }) {
  const [state, action, pending] = useActionState((quoi === "specialite" ? supprimerSpecialite : supprimerEpreuve).bind(null, id), INITIAL_FORM_STATE as FormState<never>);
  return (
    <form action={action} key={state.n}>
      {state.formError && <Alert severity="error" role="alert" small description={state.formError} className="fr-mb-3w" />}
      <p className="fr-text--sm">{explication}</p>
      <Button type="submit" priority="secondary" disabled={pending} iconId="fr-icon-delete-line" iconPosition="left">
        {bouton}
      </Button>
    </form>
  );
}
