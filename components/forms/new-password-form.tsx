"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useActionState } from "react";
import { PASSWORD_RULE } from "@/lib/domain/account/password";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { ErrorSummary } from "./error-summary";
import { NewPasswordField, PasswordField } from "./password-field";

type Field = "password" | "passwordConfirmation";
const LABELS: Record<Field, string> = { password: "Nouveau mot de passe *", passwordConfirmation: "Confirmation du mot de passe *" };

/** A new password and its confirmation, for a link's token (password reset, staff invitation). */
export function NewPasswordForm({
  action,
  token,
  idPrefix,
  submitLabel,
}: {
  action: (state: FormState<Field>, formData: FormData) => Promise<FormState<Field>>;
  token: string;
  idPrefix: string;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE as FormState<Field>);
  return (
    <form action={formAction} key={state.n} noValidate>
      <ErrorSummary state={state} labels={LABELS} idPrefix={idPrefix} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordField id={`${idPrefix}-password`} label={LABELS.password} hint={PASSWORD_RULE} failing={state.passwordFailing} error={state.fieldErrors?.password} />
      <PasswordField
        id={`${idPrefix}-passwordConfirmation`}
        name="passwordConfirmation"
        label={LABELS.passwordConfirmation}
        autoComplete="new-password"
        error={state.fieldErrors?.passwordConfirmation}
      />
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
