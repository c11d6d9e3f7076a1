"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useActionState } from "react";
import { EMAIL_MAX_LENGTH } from "@/lib/domain/account/email";
import { fr } from "@/lib/domain/typographie";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { ErrorSummary } from "./error-summary";
import { fieldState, typed } from "./field-state";

const LABELS = { email: "Adresse mail *" };

/** An address and a button ("Mot de passe oublié", "Recevoir un nouveau lien d'activation"); the answer is neutral. */
export function EmailRequestForm({
  action,
  idPrefix,
  submitLabel,
}: {
  action: (state: FormState<"email">, formData: FormData) => Promise<FormState<"email">>;
  idPrefix: string;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE as FormState<"email">);
  return (
    <form action={formAction} key={state.n} noValidate>
      {state.ok && state.message && <Alert severity="success" role="status" as="h2" title="Demande enregistrée" description={state.message} className="fr-mb-4w" />}
      <ErrorSummary state={state} labels={LABELS} idPrefix={idPrefix} />
      <Input
        label={LABELS.email}
        hintText={fr`L'adresse de votre compte, par exemple nom.prenom@domaine.fr`}
        {...fieldState(state, "email")}
        nativeInputProps={{
          id: `${idPrefix}-email`,
          name: "email",
          type: "email",
          autoComplete: "email",
          inputMode: "email",
          required: true,
          maxLength: EMAIL_MAX_LENGTH,
          defaultValue: typed(state, "email"),
          "aria-invalid": state.fieldErrors?.email ? true : undefined,
        }}
      />
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
