"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldState, typed } from "@/components/forms/field-state";
import { MAX_MOTIF } from "@/lib/domain/gestion/operations";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { annulerDossiersIncomplets, type AnnulationField } from "./actions";

/** The bulk annulation of one session: the reason (required, on every letter) and an explicit confirmation. */
export function AnnulationForm({ sessionId, nombre }: { sessionId: string; nombre: number }) {
  const [state, action, pending] = useActionState(annulerDossiersIncomplets, INITIAL_FORM_STATE as FormState<AnnulationField>);
  const id = `annulation-${sessionId}`;
  const dossiers = nombre > 1 ? `les ${nombre.toLocaleString("fr-FR")}\u00a0candidatures` : "la candidature";
  const labels: Record<AnnulationField, string> = { motif: "Motif de l’annulation *", confirmation: "Confirmation *" };
  const confirmation = fieldState(state, "confirmation");
  return (
    <form action={action} key={state.n} noValidate>
      <ErrorSummary state={state} labels={labels} idPrefix={id} />
      <input type="hidden" name="session" value={sessionId} />
      <Input
        label={labels.motif}
        hintText={`Enregistré sur chaque candidature et imprimé sur chaque lettre. ${MAX_MOTIF} caractères au plus.`}
        textArea
        {...fieldState(state, "motif")}
        nativeTextAreaProps={{
          id: `${id}-motif`,
          name: "motif",
          rows: 3,
          required: true,
          maxLength: MAX_MOTIF,
          defaultValue: typed(state, "motif", "Dossier incomplet à la date limite de dépôt des pièces justificatives."),
          "aria-invalid": state.fieldErrors?.motif ? true : undefined,
        }}
      />
      <Checkbox
        id={`${id}-confirmation`}
        legend={labels.confirmation}
        state={confirmation.state}
        stateRelatedMessage={confirmation.stateRelatedMessage}
        options={[{ label: `J’annule ${dossiers} ci-dessus et j’en notifie les candidats`, nativeInputProps: { name: "confirmation", value: "on" } }]}
      />
      <Button type="submit" disabled={pending} priority="primary" iconId="fr-icon-close-circle-line">
        {nombre > 1 ? `Annuler ${nombre.toLocaleString("fr-FR")}\u00a0candidatures` : "Annuler la candidature"}
      </Button>
    </form>
  );
}
