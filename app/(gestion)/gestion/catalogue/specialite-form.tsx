"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldState, typed } from "@/components/forms/field-state";
import { NB_LANGUES_LIBELLES, SECTEUR_LIBELLES } from "@/lib/domain/catalogue/formulaires";
import { fr } from "@/lib/domain/typographie";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { enregistrerSpecialite, type SpecialiteField } from "./actions";

const LABELS: Record<SpecialiteField, string> = {
  codeDiplome: "Code diplôme *",
  libelle: "Libellé *",
  sigle: "Sigle",
  secteur: "Secteur *",
  nbLanguesObligatoires: "Langues vivantes obligatoires *",
  travailEnHauteur: "Travaux en hauteur",
  active: "Active",
};
const ID = "specialite";

export type SpecialiteValeurs = Partial<Record<SpecialiteField, string>>;

/** Adds a spécialité to an exam (`id` null) or changes one; after a refusal, what was typed. */
export function SpecialiteForm({ examen, id, initial, bouton }: { examen: string; id: string | null; initial: SpecialiteValeurs; bouton: string }) {
  const [state, action, pending] = useActionState(enregistrerSpecialite.bind(null, examen, id), INITIAL_FORM_STATE as FormState<SpecialiteField>);
  const valeur = (f: SpecialiteField) => typed(state, f, initial[f] ?? "");
  // An unticked box is not posted: after a refusal, the box is as it was sent.
  const coche = (f: "travailEnHauteur" | "active") => (state.values ? state.values[f] === "on" : initial[f] === "on");
  const input = (f: "codeDiplome" | "libelle" | "sigle", extra: { hint?: string; maxLength: number; inputMode?: "numeric"; required?: boolean }) => (
    <Input
      label={LABELS[f]}
      hintText={extra.hint}
      {...fieldState(state, f)}
      nativeInputProps={{
        id: `${ID}-${f}`,
        name: f,
        maxLength: extra.maxLength,
        defaultValue: valeur(f),
        autoComplete: "off",
        ...(extra.inputMode ? { inputMode: extra.inputMode } : {}),
        ...(extra.required ? { required: true } : {}),
        "aria-invalid": state.fieldErrors?.[f] ? true : undefined,
      }}
    />
  );
  return (
    <form action={action} key={state.n} noValidate>
      <ErrorSummary state={state} labels={LABELS} idPrefix={ID} />
      {input("codeDiplome", { hint: fr`8 chiffres, le code BCN du diplôme.`, maxLength: 8, inputMode: "numeric", required: true })}
      {input("libelle", { maxLength: 200, required: true })}
      {input("sigle", { hint: fr`Facultatif : l'abréviation d'usage, montrée à côté du libellé.`, maxLength: 20 })}
      <RadioButtons
        id={`${ID}-secteur`}
        legend={LABELS.secteur}
        name="secteur"
        orientation="horizontal"
        {...fieldState(state, "secteur")}
        options={(["PRODUCTION", "SERVICES"] as const).map((s) => ({ label: SECTEUR_LIBELLES[s], nativeInputProps: { value: s, defaultChecked: valeur("secteur") === s } }))}
      />
      <RadioButtons
        id={`${ID}-nbLanguesObligatoires`}
        legend={LABELS.nbLanguesObligatoires}
        hintText={fr`Selon le règlement d'examen de la spécialité : l'étape « Épreuves » demande autant de langues.`}
        name="nbLanguesObligatoires"
        {...fieldState(state, "nbLanguesObligatoires")}
        options={(["0", "1", "2"] as const).map((n) => ({ label: NB_LANGUES_LIBELLES[n], nativeInputProps: { value: n, defaultChecked: valeur("nbLanguesObligatoires") === n } }))}
      />
      <Checkbox
        id={`${ID}-travailEnHauteur`}
        {...fieldState(state, "travailEnHauteur")}
        options={[
          {
            label: "La formation comporte des travaux en hauteur",
            hintText: "L’attestation de formation aux travaux en hauteur est alors demandée.",
            nativeInputProps: { name: "travailEnHauteur", defaultChecked: coche("travailEnHauteur") },
          },
        ]}
      />
      <Checkbox
        id={`${ID}-active`}
        {...fieldState(state, "active")}
        options={[
          {
            label: "Active : les candidats peuvent la choisir",
            hintText: "Une fois ses épreuves définies.",
            nativeInputProps: { name: "active", defaultChecked: coche("active") },
          },
        ]}
      />
      <Button type="submit" disabled={pending} iconId="fr-icon-save-line" iconPosition="left">
        {bouton}
      </Button>
    </form>
  );
}
