"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldState, typed } from "@/components/forms/field-state";
import { CIVILITE_LABELS, CIVILITES, NAME_MAX_LENGTH } from "@/lib/domain/account/schemas";
import type { Pays } from "@/lib/domain/pays";
import { fr } from "@/lib/domain/typographie";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { modifierIdentite, type IdentiteField } from "./actions";

const LABELS: Record<IdentiteField, string> = {
  civilite: "Civilité *",
  nomNaissance: "Nom de famille *",
  nomUsage: "Nom d'usage",
  prenoms: "Prénoms *",
  dateNaissance: "Date de naissance *",
  paysNaissance: "Pays de naissance *",
};
const ID = "identite";

export function IdentiteForm({ initial, pays }: { initial: Record<IdentiteField, string>; pays: readonly Pays[] }) {
  const [state, action, pending] = useActionState(modifierIdentite, INITIAL_FORM_STATE as FormState<IdentiteField>);
  const value = (f: IdentiteField) => typed(state, f, initial[f]);
  const input = (f: IdentiteField, props: { hint?: string; required?: boolean; maxLength?: number; inputMode?: "numeric" } = {}) => (
    <Input
      label={LABELS[f]}
      hintText={props.hint}
      {...fieldState(state, f)}
      nativeInputProps={{
        id: `${ID}-${f}`,
        name: f,
        defaultValue: value(f),
        required: props.required ?? true,
        maxLength: props.maxLength ?? NAME_MAX_LENGTH,
        inputMode: props.inputMode,
        spellCheck: false,
        "aria-invalid": state.fieldErrors?.[f] ? true : undefined,
      }}
    />
  );
  return (
    <form action={action} key={state.n} noValidate>
      {state.ok && state.message && <Alert severity="success" role="status" small description={state.message} className="fr-mb-3w" />}
      <ErrorSummary state={state} labels={LABELS} idPrefix={ID} />
      <Select
        label={LABELS.civilite}
        {...fieldState(state, "civilite")}
        nativeSelectProps={{ id: `${ID}-civilite`, name: "civilite", defaultValue: value("civilite"), required: true }}
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
      {input("nomNaissance", { hint: "(Nom de naissance)" })}
      {input("nomUsage", { hint: "(Nom marital par exemple)", required: false })}
      {input("prenoms", { hint: "Notez tous les prénoms précisés sur la pièce d'identité." })}
      {input("dateNaissance", { hint: fr`Exemple : 30/05/1998 (jj/mm/aaaa)`, maxLength: 10, inputMode: "numeric" })}
      <Select
        label={LABELS.paysNaissance}
        hint="Pour une naissance dans un département ou une collectivité d'outre-mer, choisissez France."
        {...fieldState(state, "paysNaissance")}
        nativeSelectProps={{ id: `${ID}-paysNaissance`, name: "paysNaissance", defaultValue: value("paysNaissance"), required: true }}
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
      <Button type="submit" disabled={pending}>
        Enregistrer mon état civil
      </Button>
    </form>
  );
}
