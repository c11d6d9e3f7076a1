"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldState, typed } from "@/components/forms/field-state";
import { NewPasswordField, PasswordField } from "@/components/forms/password-field";
import { PASSWORD_RULE } from "@/lib/domain/account/password";
import { CIVILITE_LABELS, CIVILITES, EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, type CreateAccountField } from "@/lib/domain/account/schemas";
import type { Pays } from "@/lib/domain/pays";
import { fr } from "@/lib/domain/typographie";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { creerCompte } from "./actions";

// The labels of Cyclades' "Formulaire de création" [C:CF], word for word.
const LABELS: Record<CreateAccountField, string> = {
  civilite: "Civilité *",
  nomNaissance: "Nom de famille *",
  nomNaissanceConfirmation: "Confirmation du nom de naissance *",
  nomUsage: "Nom d'usage",
  prenoms: "Prénoms *",
  dateNaissance: "Date de naissance *",
  dateNaissanceConfirmation: "Confirmation date de naissance *",
  paysNaissance: "Pays de naissance *",
  email: "Adresse mail *",
  emailConfirmation: "Confirmation de l'adresse mail *",
  password: "Mot de passe *",
  passwordConfirmation: "Confirmation du mot de passe *",
};

const ID = "creer";
const id = (field: CreateAccountField) => `${ID}-${field}`;
const EXEMPLE_DATE = fr`Exemple : 30/05/1998 (jj/mm/aaaa)`;
const EXEMPLE_MAIL = fr`Exemple : nom.prenom@domaine.fr`;

export function CreerCompteForm({ pays }: { pays: readonly Pays[] }) {
  const [state, action, pending] = useActionState(creerCompte, INITIAL_FORM_STATE as FormState<CreateAccountField>);
  const text = (field: CreateAccountField, props: { hint?: string; autoComplete?: string; maxLength?: number; inputMode?: "numeric" | "email"; type?: string; required?: boolean } = {}) => (
    <Input
      label={LABELS[field]}
      hintText={props.hint}
      {...fieldState(state, field)}
      nativeInputProps={{
        id: id(field),
        name: field,
        defaultValue: typed(state, field),
        autoComplete: props.autoComplete ?? "off",
        maxLength: props.maxLength ?? NAME_MAX_LENGTH,
        inputMode: props.inputMode,
        type: props.type ?? "text",
        required: props.required ?? true,
        spellCheck: false,
        "aria-invalid": state.fieldErrors?.[field] ? true : undefined,
      }}
    />
  );

  return (
    <form key={state.n} action={action} noValidate>
      <ErrorSummary state={state} labels={LABELS} idPrefix={ID} />
      <fieldset className="fr-fieldset" aria-labelledby={`${ID}-etat-civil`}>
        <legend className="fr-fieldset__legend" id={`${ID}-etat-civil`}>
          <span className="fr-h4">État civil, tel qu’il figure sur votre pièce d’identité</span>
        </legend>
        <div className="fr-fieldset__element">
          <Select
            label={LABELS.civilite}
            {...fieldState(state, "civilite")}
            nativeSelectProps={{ id: id("civilite"), name: "civilite", defaultValue: typed(state, "civilite"), required: true }}
          >
            <option value="" disabled>
              Sélectionnez une option
            </option>
            {CIVILITES.map((c) => (
              <option key={c} value={c}>
                {CIVILITE_LABELS[c]}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-fieldset__element">{text("nomNaissance", { hint: "(Nom de naissance)", autoComplete: "family-name" })}</div>
        <div className="fr-fieldset__element">{text("nomNaissanceConfirmation")}</div>
        <div className="fr-fieldset__element">{text("nomUsage", { hint: "(Nom marital par exemple)", required: false })}</div>
        <div className="fr-fieldset__element">
          {text("prenoms", { hint: "Notez tous les prénoms précisés sur la pièce d'identité.", autoComplete: "given-name" })}
        </div>
        <div className="fr-fieldset__element">{text("dateNaissance", { hint: EXEMPLE_DATE, autoComplete: "bday", maxLength: 10, inputMode: "numeric" })}</div>
        <div className="fr-fieldset__element">{text("dateNaissanceConfirmation", { hint: EXEMPLE_DATE, maxLength: 10, inputMode: "numeric" })}</div>
        <div className="fr-fieldset__element">
          <Select
            label={LABELS.paysNaissance}
            hint="Pour une naissance dans un département ou une collectivité d'outre-mer, choisissez France."
            {...fieldState(state, "paysNaissance")}
            nativeSelectProps={{ id: id("paysNaissance"), name: "paysNaissance", defaultValue: typed(state, "paysNaissance"), required: true }}
          >
            <option value="" disabled>
              Sélectionnez une option
            </option>
            {pays.map((p) => (
              <option key={p.code} value={p.code}>
                {p.nom}
              </option>
            ))}
          </Select>
        </div>
      </fieldset>

      <fieldset className="fr-fieldset" aria-labelledby={`${ID}-identifiants`}>
        <legend className="fr-fieldset__legend" id={`${ID}-identifiants`}>
          <span className="fr-h4">Identifiants de connexion</span>
        </legend>
        <div className="fr-fieldset__element">
          <p className="fr-text--sm fr-mb-0">
            Renseignez une adresse mail régulièrement consultée. Elle correspondra à votre identifiant de connexion.
          </p>
        </div>
        <div className="fr-fieldset__element">{text("email", { hint: EXEMPLE_MAIL, autoComplete: "email", maxLength: EMAIL_MAX_LENGTH, inputMode: "email", type: "email" })}</div>
        <div className="fr-fieldset__element">{text("emailConfirmation", { hint: EXEMPLE_MAIL, maxLength: EMAIL_MAX_LENGTH, inputMode: "email", type: "email" })}</div>
        <div className="fr-fieldset__element">
          <NewPasswordField id={id("password")} label={LABELS.password} hint={PASSWORD_RULE} failing={state.passwordFailing} error={state.fieldErrors?.password} />
        </div>
        <div className="fr-fieldset__element">
          <PasswordField id={id("passwordConfirmation")} name="passwordConfirmation" label={LABELS.passwordConfirmation} autoComplete="new-password" error={state.fieldErrors?.passwordConfirmation} />
        </div>
      </fieldset>

      <Button type="submit" disabled={pending}>
        Créer mon compte
      </Button>
    </form>
  );
}
