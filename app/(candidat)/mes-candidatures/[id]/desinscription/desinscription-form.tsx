"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import Link from "next/link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import type { DesinscriptionState } from "./actions";

const LABELS = { confirmation: "Confirmation de la désinscription" };

export function DesinscriptionForm({ action, retour }: { action: (previous: DesinscriptionState, formData: FormData) => Promise<DesinscriptionState>; retour: string }) {
  const [state, formAction, pending] = useActionState(action, { n: 0 });
  const error = state.fieldErrors?.confirmation;
  return (
    <form action={formAction} key={state.n} noValidate>
      <ErrorSummary state={state} labels={LABELS} idPrefix="desinscription" />
      <Checkbox
        id="desinscription-confirmation"
        {...(error ? { state: "error" as const, stateRelatedMessage: error } : {})}
        options={[
          {
            label: "Je confirme vouloir me désinscrire : je ne serai pas convoqué aux épreuves de cette session.",
            nativeInputProps: { name: "confirmation", value: "on" },
          },
        ]}
      />
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={pending} iconId="fr-icon-close-circle-line" iconPosition="left">
            Me désinscrire
          </Button>
        </li>
        <li>
          <Link className="fr-btn fr-btn--secondary" href={retour}>
            Annuler et revenir au récapitulatif
          </Link>
        </li>
      </ul>
    </form>
  );
}
