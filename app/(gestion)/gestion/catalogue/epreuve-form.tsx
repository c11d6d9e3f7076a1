"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldState, typed } from "@/components/forms/field-state";
import { DISCIPLINES } from "@/lib/domain/candidature/types";
import { DISCIPLINE_NOMS, NATURE_LIBELLES, SECTEUR_LIBELLES } from "@/lib/domain/catalogue/formulaires";
import { EPREUVE_NATURES } from "@/lib/domain/catalogue/types";
import { fr } from "@/lib/domain/typographie";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { enregistrerEpreuve, type EpreuveField } from "./actions";

const LABELS: Record<EpreuveField, string> = {
  code: "Code *",
  libelle: "Libellé *",
  nature: "Nature *",
  disciplines: "Disciplines",
  generale: "Épreuve générale",
  secteur: "Secteur",
  ordre: "Rang",
  actif: "Active",
};
const ID = "epreuve";

export type EpreuveValeurs = Partial<Record<EpreuveField, string>>;

/**
 * Adds an épreuve to an exam or to one of its spécialités (`id` null), or changes one. The secteur
 * is asked for the exam's épreuves only (a spécialité has its own).
 */
export function EpreuveForm({
  examen,
  specialite,
  id,
  initial,
  bouton,
}: {
  examen: string;
  specialite: string | null;
  id: string | null;
  initial: EpreuveValeurs;
  bouton: string;
}) {
  const [state, action, pending] = useActionState(enregistrerEpreuve.bind(null, examen, specialite, id), INITIAL_FORM_STATE as FormState<EpreuveField>);
  const valeur = (f: EpreuveField) => typed(state, f, initial[f] ?? "");
  const coche = (f: "generale" | "actif") => (state.values ? state.values[f] === "on" : initial[f] === "on");
  const disciplines = new Set(valeur("disciplines").split(",").filter(Boolean));
  const input = (f: "code" | "libelle" | "ordre", extra: { hint?: string; maxLength: number; inputMode?: "numeric"; required?: boolean }) => (
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
      {input("code", { hint: fr`Par exemple EP1, EG2 ou E3 : celui des candidats et des relevés de notes.`, maxLength: 10, required: true })}
      {input("libelle", { maxLength: 200, required: true })}
      <RadioButtons
        id={`${ID}-nature`}
        legend={LABELS.nature}
        hintText={fr`Les épreuves facultatives sont gardées au catalogue ; en ligne, les candidats individuels ne choisissent que la langue facultative.`}
        name="nature"
        {...fieldState(state, "nature")}
        options={EPREUVE_NATURES.map((n) => ({ label: NATURE_LIBELLES[n], nativeInputProps: { value: n, defaultChecked: valeur("nature") === n } }))}
      />
      <Checkbox
        id={`${ID}-disciplines`}
        legend={LABELS.disciplines}
        hintText={fr`Ce que l'épreuve évalue : les dispenses, les langues (LVA, LVB) et l'EPS de l'étape « Épreuves » en dépendent. Au moins une pour une épreuve obligatoire.`}
        {...fieldState(state, "disciplines")}
        options={DISCIPLINES.map((d) => ({ label: DISCIPLINE_NOMS[d], nativeInputProps: { name: "disciplines", value: d, defaultChecked: disciplines.has(d) } }))}
      />
      <Checkbox
        id={`${ID}-generale`}
        {...fieldState(state, "generale")}
        options={[
          {
            label: "Épreuve générale, commune aux spécialités",
            hintText: "Elle peut être dispensée au titre d’une autre spécialité.",
            nativeInputProps: { name: "generale", defaultChecked: coche("generale") },
          },
        ]}
      />
      {specialite === null && (
        <Select
          label={LABELS.secteur}
          hint={fr`Pour une épreuve propre aux spécialités d'un secteur.`}
          {...fieldState(state, "secteur")}
          nativeSelectProps={{ id: `${ID}-secteur`, name: "secteur", defaultValue: valeur("secteur") }}
        >
          <option value="">Tous les secteurs</option>
          {(["PRODUCTION", "SERVICES"] as const).map((s) => (
            <option key={s} value={s}>
              {SECTEUR_LIBELLES[s]}
            </option>
          ))}
        </Select>
      )}
      {input("ordre", { hint: fr`L'ordre dans les listes, de 0 à 999.`, maxLength: 3, inputMode: "numeric" })}
      {id !== null && (
        <Checkbox
          id={`${ID}-actif`}
          {...fieldState(state, "actif")}
          options={[{ label: "Active : les candidats la passent", nativeInputProps: { name: "actif", defaultChecked: coche("actif") } }]}
        />
      )}
      <Button type="submit" disabled={pending} iconId="fr-icon-save-line" iconPosition="left">
        {bouton}
      </Button>
    </form>
  );
}
