"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldState, typed } from "@/components/forms/field-state";
import { MAX_MOTIF } from "@/lib/domain/gestion/operations";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { retablirCandidatureAction, type RetablissementField } from "./retablir-actions";

const LABELS: Record<RetablissementField, string> = { raison: "Raison du retrait de l’annulation *" };
const ID = "retablir";

export function RetablirForm({ candidatureId }: { candidatureId: string }) {
  const [state, action, pending] = useActionState(retablirCandidatureAction, INITIAL_FORM_STATE as FormState<RetablissementField>);
  if (state.ok) return <Alert severity="success" role="status" small description={state.message ?? ""} />;
  return (
    <form action={action} key={state.n} noValidate>
      <ErrorSummary state={state} labels={LABELS} idPrefix={ID} />
      <input type="hidden" name="candidatureId" value={candidatureId} />
      <Input
        label={LABELS.raison}
        hintText={`Conservée dans l’historique du dossier. ${MAX_MOTIF} caractères au plus.`}
        textArea
        {...fieldState(state, "raison")}
        nativeTextAreaProps={{ id: `${ID}-raison`, name: "raison", rows: 3, required: true, maxLength: MAX_MOTIF, defaultValue: typed(state, "raison") }}
      />
      <Button type="submit" disabled={pending} priority="secondary" iconId="fr-icon-arrow-go-back-line">
        Retirer l’annulation
      </Button>
    </form>
  );
}
