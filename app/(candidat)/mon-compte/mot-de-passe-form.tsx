"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { NewPasswordField, PasswordField } from "@/components/forms/password-field";
import { PASSWORD_RULE } from "@/lib/domain/account/password";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { changerMotDePasse, type MotDePasseField } from "./actions";

const LABELS: Record<MotDePasseField, string> = {
  currentPassword: "Mot de passe actuel *",
  password: "Nouveau mot de passe *",
  passwordConfirmation: "Confirmation du nouveau mot de passe *",
};
const ID = "mot-de-passe";

export function MotDePasseForm() {
  const [state, action, pending] = useActionState(changerMotDePasse, INITIAL_FORM_STATE as FormState<MotDePasseField>);
  return (
    <form action={action} key={state.n} noValidate>
      {state.ok && state.message && <Alert severity="success" role="status" small description={state.message} className="fr-mb-3w" />}
      <ErrorSummary state={state} labels={LABELS} idPrefix={ID} />
      <PasswordField id={`${ID}-currentPassword`} name="currentPassword" label={LABELS.currentPassword} autoComplete="current-password" error={state.fieldErrors?.currentPassword} />
      <NewPasswordField id={`${ID}-password`} label={LABELS.password} hint={PASSWORD_RULE} failing={state.passwordFailing} error={state.fieldErrors?.password} />
      <PasswordField
        id={`${ID}-passwordConfirmation`}
        name="passwordConfirmation"
        label={LABELS.passwordConfirmation}
        autoComplete="new-password"
        error={state.fieldErrors?.passwordConfirmation}
      />
      <Button type="submit" disabled={pending} priority="secondary">
        Changer de mot de passe
      </Button>
    </form>
  );
}
