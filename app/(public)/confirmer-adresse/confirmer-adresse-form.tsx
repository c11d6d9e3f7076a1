"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import Link from "next/link";
import { useActionState } from "react";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";

export function ConfirmerAdresseForm({ action, token }: { action: (state: FormState, formData: FormData) => Promise<FormState>; token: string }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  if (state.ok) {
    return (
      <>
        <Alert severity="success" role="status" as="h2" title="Adresse mail modifiée" description={state.message ?? ""} className="fr-mb-4w" />
        <Link className="fr-btn" href="/mon-compte">
          Mon compte
        </Link>
      </>
    );
  }
  return (
    <form action={formAction} key={state.n}>
      {state.formError && <Alert severity="error" role="status" as="h2" small description={state.formError} className="fr-mb-3w" />}
      <p>Cette adresse deviendra celle de votre compte{"\u00a0"}: votre identifiant de connexion et l’adresse où vous écrit le service des examens.</p>
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending}>
        Confirmer ma nouvelle adresse
      </Button>
    </form>
  );
}
