"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldState, typed } from "@/components/forms/field-state";
import { NOM_MAX, URL_MAX } from "@/lib/domain/gestion/academies";
import { fr } from "@/lib/domain/typographie";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import type { IdentiteField } from "./actions";

const LABELS: Record<IdentiteField, string> = {
  nom: "Nom de l’académie *",
  timeZone: "Fuseau horaire *",
  departements: "Départements *",
  siteUrl: "Site de l’académie",
};
const ID = "identite";

/** The national admin's form: name, zone, départements, site. */
export function IdentiteForm({
  action,
  valeurs,
  zones,
  fuseauBloque,
}: {
  action: (state: FormState<IdentiteField>, formData: FormData) => Promise<FormState<IdentiteField>>;
  valeurs: Record<IdentiteField, string>;
  zones: readonly { value: string; label: string }[];
  /** Why the zone cannot change now (sessions still running), shown under the field. */
  fuseauBloque: string | null;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE as FormState<IdentiteField>);
  return (
    <form action={formAction} key={state.n} noValidate aria-labelledby="titre-identite">
      {state.ok && state.message && <Alert severity="success" role="status" small description={state.message} className="fr-mb-3w" />}
      <ErrorSummary state={state} labels={LABELS} idPrefix={ID} />
      <Input
        label={LABELS.nom}
        {...fieldState(state, "nom")}
        nativeInputProps={{ id: `${ID}-nom`, name: "nom", required: true, maxLength: NOM_MAX, autoComplete: "off", defaultValue: typed(state, "nom", valeurs.nom), "aria-invalid": state.fieldErrors?.nom ? true : undefined }}
      />
      <Select
        label={LABELS.timeZone}
        // The reason a new zone would be refused, until the refusal itself says it under the field.
        hint={(!state.fieldErrors?.timeZone && fuseauBloque) || fr`Les dates des sessions sont saisies et affichées dans ce fuseau.`}
        {...fieldState(state, "timeZone")}
        nativeSelectProps={{ id: `${ID}-timeZone`, name: "timeZone", required: true, defaultValue: typed(state, "timeZone", valeurs.timeZone), "aria-invalid": state.fieldErrors?.timeZone ? true : undefined }}
      >
        {zones.map((z) => (
          <option key={z.value} value={z.value}>
            {z.label}
          </option>
        ))}
      </Select>
      <Input
        label={LABELS.departements}
        hintText={fr`Codes séparés par des espaces, par exemple 54 55 57 88, 2A 2B ou 974. Un département ne relève que d'une académie.`}
        {...fieldState(state, "departements")}
        nativeInputProps={{ id: `${ID}-departements`, name: "departements", required: true, maxLength: 500, autoComplete: "off", spellCheck: false, defaultValue: typed(state, "departements", valeurs.departements), "aria-invalid": state.fieldErrors?.departements ? true : undefined }}
      />
      <Input
        label={LABELS.siteUrl}
        hintText={fr`Adresse complète, par exemple https://www.ac-nancy-metz.fr.`}
        {...fieldState(state, "siteUrl")}
        nativeInputProps={{ id: `${ID}-siteUrl`, name: "siteUrl", type: "url", maxLength: URL_MAX, autoComplete: "url", defaultValue: typed(state, "siteUrl", valeurs.siteUrl), "aria-invalid": state.fieldErrors?.siteUrl ? true : undefined }}
      />
      <Button type="submit" disabled={pending} iconId="fr-icon-save-line" iconPosition="left">
        Enregistrer le nom, le fuseau et les départements
      </Button>
    </form>
  );
}
