"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useActionState, useEffect, useRef } from "react";
import { fr } from "@/lib/domain/typographie";
import type { JustificatifState } from "./actions";

/** « J'ai fourni toutes mes pièces », with the sentence that says what it does; a refusal takes the focus. */
export function FournirForm({ action, nouvelEnvoi }: { action: (previous: JustificatifState, formData: FormData) => Promise<JustificatifState>; nouvelEnvoi: boolean }) {
  const [state, formAction, pending] = useActionState(action, { n: 0 });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.formError) ref.current?.focus();
  }, [state.n, state.formError]);
  return (
    <form action={formAction} aria-labelledby="titre-fournir">
      {state.formError && (
        <div ref={ref} tabIndex={-1} className="fr-mb-3w">
          <Alert severity="error" role="status" as="h3" small description={state.formError} />
        </div>
      )}
      <p>
        {nouvelEnvoi
          ? fr`Vous avez déposé un nouveau fichier depuis votre dernier envoi : indiquez de nouveau que vous avez fourni toutes vos pièces pour que le service des examens puisse les vérifier.`
          : fr`En cliquant sur « J'ai fourni toutes mes pièces », vous confirmez avoir déposé toutes les pièces demandées. Elles seront verrouillées et transmises au service des examens pour vérification : vous ne pourrez plus les modifier, sauf si l'une d'elles est déclarée non conforme.`}
      </p>
      <Button type="submit" disabled={pending} iconId="fr-icon-send-plane-line" iconPosition="left">
        J’ai fourni toutes mes pièces
      </Button>
    </form>
  );
}
