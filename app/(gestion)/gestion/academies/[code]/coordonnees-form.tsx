"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldState, typed } from "@/components/forms/field-state";
import { ADRESSE_LIGNES_MAX, ADRESSE_MAX, URL_MAX } from "@/lib/domain/gestion/academies";
import { fr } from "@/lib/domain/typographie";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import type { CoordonneesField } from "./actions";

const LABELS: Record<CoordonneesField, string> = {
  adressePostale: "Adresse postale du service des examens",
  amenagementUrl: "Page de demande d’aménagement d’épreuves",
};
const ID = "coordonnees";

/** Postal address and aménagement link, shown to candidates on each session's page. */
export function CoordonneesForm({
  action,
  valeurs,
}: {
  action: (state: FormState<CoordonneesField>, formData: FormData) => Promise<FormState<CoordonneesField>>;
  valeurs: Record<CoordonneesField, string>;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE as FormState<CoordonneesField>);
  return (
    <form action={formAction} key={state.n} noValidate aria-labelledby="titre-coordonnees">
      {state.ok && state.message && <Alert severity="success" role="status" small description={state.message} className="fr-mb-3w" />}
      <ErrorSummary state={state} labels={LABELS} idPrefix={ID} />
      <Input
        textArea
        label={LABELS.adressePostale}
        hintText={fr`Une ligne par ligne de l'enveloppe (${ADRESSE_LIGNES_MAX} au plus) : service, bureau, voie, code postal et ville.`}
        {...fieldState(state, "adressePostale")}
        nativeTextAreaProps={{ id: `${ID}-adressePostale`, name: "adressePostale", rows: 5, maxLength: ADRESSE_MAX, defaultValue: typed(state, "adressePostale", valeurs.adressePostale), "aria-invalid": state.fieldErrors?.adressePostale ? true : undefined }}
      />
      <Input
        label={LABELS.amenagementUrl}
        hintText={fr`Adresse complète commençant par https://.`}
        {...fieldState(state, "amenagementUrl")}
        nativeInputProps={{ id: `${ID}-amenagementUrl`, name: "amenagementUrl", type: "url", maxLength: URL_MAX, autoComplete: "url", defaultValue: typed(state, "amenagementUrl", valeurs.amenagementUrl), "aria-invalid": state.fieldErrors?.amenagementUrl ? true : undefined }}
      />
      <Button type="submit" disabled={pending} iconId="fr-icon-save-line" iconPosition="left">
        Enregistrer l’adresse et le lien
      </Button>
    </form>
  );
}
