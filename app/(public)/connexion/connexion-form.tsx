"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { fieldState, typed } from "@/components/forms/field-state";
import { PasswordField } from "@/components/forms/password-field";
import { EMAIL_MAX_LENGTH } from "@/lib/domain/account/email";
import { fr } from "@/lib/domain/typographie";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { seConnecter, type ConnexionField } from "./actions";

export function ConnexionForm() {
  const [state, action, pending] = useActionState(seConnecter, INITIAL_FORM_STATE as FormState<ConnexionField>);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.formError) alertRef.current?.focus();
  }, [state.n, state.formError]);
  return (
    <form action={action} key={state.n} noValidate>
      {state.formError && (
        <div ref={alertRef} tabIndex={-1} className="fr-mb-4w">
          <Alert
            severity="error"
            role="status"
            as="h2"
            title="Connexion impossible"
            description={
              <>
                <span style={{ display: "block" }}>{state.formError}</span>
                {state.code === "non_active" && (
                  <Link href="/activer/nouveau-lien" className="fr-link">
                    Recevoir un nouveau lien d’activation
                  </Link>
                )}
                {state.code === "verrouille" && (
                  <Link href="/mot-de-passe/oublie" className="fr-link">
                    Mot de passe oublié
                  </Link>
                )}
              </>
            }
          />
        </div>
      )}
      <Input
        label="Adresse mail *"
        hintText={fr`Exemple : nom.prenom@domaine.fr`}
        {...fieldState(state, "email")}
        nativeInputProps={{
          id: "connexion-email",
          name: "email",
          type: "email",
          autoComplete: "username",
          inputMode: "email",
          required: true,
          maxLength: EMAIL_MAX_LENGTH,
          defaultValue: typed(state, "email"),
          "aria-invalid": state.fieldErrors?.email ? true : undefined,
        }}
      />
      <PasswordField id="connexion-password" name="password" label="Mot de passe *" autoComplete="current-password" error={state.fieldErrors?.password} />
      <p>
        <Link href="/mot-de-passe/oublie" className="fr-link fr-text--sm">
          Mot de passe oublié{"\u00a0"}?
        </Link>
      </p>
      <Button type="submit" disabled={pending}>
        Se connecter
      </Button>
    </form>
  );
}
