"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { commencer } from "./actions";

const LABELS = { modalitesAcceptees: "Modalités d’inscription" };

export function ModalitesForm({ sessionId, accord }: { sessionId: string; accord: string }) {
  const [state, formAction, pending] = useActionState(commencer, { n: 0 });
  const error = state.fieldErrors?.modalitesAcceptees;
  return (
    <form action={formAction} key={state.n} noValidate>
      <ErrorSummary state={state} labels={LABELS} idPrefix="modalites" />
      <input type="hidden" name="sessionId" value={sessionId} />
      <Checkbox
        id="modalites-modalitesAcceptees"
        {...(error ? { state: "error" as const, stateRelatedMessage: error } : {})}
        options={[{ label: accord, nativeInputProps: { name: "modalitesAcceptees", value: "on" } }]}
      />
      <Button type="submit" disabled={pending} iconId="fr-icon-arrow-right-line" iconPosition="right">
        Commencer mon inscription
      </Button>
    </form>
  );
}
