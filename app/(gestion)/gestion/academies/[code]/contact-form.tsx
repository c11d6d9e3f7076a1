"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldState, typed } from "@/components/forms/field-state";
import { LIBELLE_CONTACT_MAX, ORDRE_MAX, TELEPHONE_MAX } from "@/lib/domain/gestion/academies";
import { EMAIL_MAX_LENGTH } from "@/lib/domain/account/email";
import { fr } from "@/lib/domain/typographie";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import type { ContactField } from "./actions";

const LABELS: Record<ContactField, string> = {
  libelle: "Libellé *",
  email: "Adresse mail",
  telephone: "Téléphone",
  ordre: "Rang dans la liste",
};

type Contact = { id: string; libelle: string; email: string | null; telephone: string | null; ordre: number };

/** Adds a contact (without `contact`) or changes one. */
export function ContactForm({
  action,
  contact,
  ordreSuivant = 0,
}: {
  action: (state: FormState<ContactField>, formData: FormData) => Promise<FormState<ContactField>>;
  contact?: Contact;
  /** The rank offered to a new contact: after the last one. */
  ordreSuivant?: number;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE as FormState<ContactField>);
  const id = contact ? `contact-${contact.id}` : "contact-nouveau";
  const nom = contact ? fr`le contact « ${contact.libelle} »` : "le nouveau contact";
  const input = (f: ContactField, props: { type?: string; maxLength: number; autoComplete?: string; hint?: string; initial: string; inputMode?: "numeric" | "tel" | "email" }) => (
    <Input
      label={LABELS[f]}
      hintText={props.hint}
      {...fieldState(state, f)}
      nativeInputProps={{
        id: `${id}-${f}`,
        name: f,
        type: props.type ?? "text",
        maxLength: props.maxLength,
        autoComplete: props.autoComplete ?? "off",
        inputMode: props.inputMode,
        required: f === "libelle",
        defaultValue: typed(state, f, props.initial),
        "aria-invalid": state.fieldErrors?.[f] ? true : undefined,
      }}
    />
  );
  return (
    <form action={formAction} key={state.n} noValidate aria-label={contact ? fr`Modifier ${nom}` : "Ajouter un contact"}>
      {state.ok && state.message && <Alert severity="success" role="status" small description={state.message} className="fr-mb-3w" />}
      <ErrorSummary state={state} labels={LABELS} idPrefix={id} />
      {contact && <input type="hidden" name="contactId" value={contact.id} />}
      {input("libelle", { maxLength: LIBELLE_CONTACT_MAX, hint: fr`Le service ou le bureau, par exemple « Bureau des baccalauréats professionnels ».`, initial: contact?.libelle ?? "" })}
      {input("email", { type: "email", maxLength: EMAIL_MAX_LENGTH, inputMode: "email", hint: fr`Une adresse de service, jamais celle d'une personne.`, initial: contact?.email ?? "" })}
      {input("telephone", { type: "tel", maxLength: TELEPHONE_MAX, inputMode: "tel", hint: fr`Exemple : 03 83 00 00 00. L'adresse mail ou le téléphone, ou les deux.`, initial: contact?.telephone ?? "" })}
      {input("ordre", { maxLength: String(ORDRE_MAX).length, inputMode: "numeric", hint: fr`Les contacts sont présentés aux candidats du plus petit rang au plus grand.`, initial: String(contact?.ordre ?? ordreSuivant) })}
      <Button type="submit" disabled={pending} iconId={contact ? "fr-icon-save-line" : "fr-icon-add-line"} iconPosition="left">
        {contact ? (
          <>
            Enregistrer<span className="fr-sr-only"> {nom}</span>
          </>
        ) : (
          "Ajouter le contact"
        )}
      </Button>
    </form>
  );
}

/** Removes one contact, with the answer beside the button. */
export function SupprimerContactForm({
  action,
  contact,
}: {
  action: (state: FormState<"contactId">, formData: FormData) => Promise<FormState<"contactId">>;
  contact: Pick<Contact, "id" | "libelle">;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE as FormState<"contactId">);
  return (
    <form action={formAction} key={state.n} className="fr-mt-2w">
      <input type="hidden" name="contactId" value={contact.id} />
      <Button type="submit" priority="tertiary" size="small" disabled={pending} iconId="fr-icon-delete-line" iconPosition="left">
        Supprimer<span className="fr-sr-only">{fr` le contact « ${contact.libelle} »`}</span>
      </Button>
      {state.formError && (
        <p className="fr-error-text" role="status">
          {state.formError}
        </p>
      )}
    </form>
  );
}
