"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldState, typed } from "@/components/forms/field-state";
import { PasswordField } from "@/components/forms/password-field";
import { EMAIL_MAX_LENGTH } from "@/lib/domain/account/email";
import { fr } from "@/lib/domain/typographie";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { changerAdresse, type AdresseField } from "./actions";

const LABELS: Record<AdresseField, string> = {
  email: "Nouvelle adresse mail *",
  emailConfirmation: "Confirmation de la nouvelle adresse mail *",
  currentPassword: "Mot de passe actuel *",
};
const ID = "adresse";

export function AdresseForm() {
  const [state, action, pending] = useActionState(changerAdresse, INITIAL_FORM_STATE as FormState<AdresseField>);
  const email = (f: "email" | "emailConfirmation") => (
    <Input
      label={LABELS[f]}
      hintText={fr`Exemple : nom.prenom@domaine.fr`}
      {...fieldState(state, f)}
      nativeInputProps={{
        id: `${ID}-${f}`,
        name: f,
        type: "email",
        inputMode: "email",
        autoComplete: f === "email" ? "email" : "off",
        required: true,
        maxLength: EMAIL_MAX_LENGTH,
        defaultValue: typed(state, f),
        "aria-invalid": state.fieldErrors?.[f] ? true : undefined,
      }}
    />
  );
  return (
    <form action={action} key={state.n} noValidate>
      {state.ok && state.message && <Alert severity="success" role="status" small description={state.message} className="fr-mb-3w" />}
      <ErrorSummary state={state} labels={LABELS} idPrefix={ID} />
      {email("email")}
      {email("emailConfirmation")}
      <PasswordField id={`${ID}-currentPassword`} name="currentPassword" label={LABELS.currentPassword} autoComplete="current-password" error={state.fieldErrors?.currentPassword} />
      <Button type="submit" disabled={pending} priority="secondary">
        Changer d’adresse mail
      </Button>
    </form>
  );
}
