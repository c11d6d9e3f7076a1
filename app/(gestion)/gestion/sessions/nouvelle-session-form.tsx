"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldState, typed } from "@/components/forms/field-state";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import type { ChampCreation } from "@/lib/server/sessions/admin/creer-session";
import { creerSessionAction } from "./actions";
import { ChampsCalendrier, LABELS_CALENDRIER } from "./champs-calendrier";

const ID = "nouvelle-session";
const LABELS: Record<ChampCreation, string> = { examen: "Examen *", annee: "Année de la session *", libelle: "Nom de la session *", ...LABELS_CALENDRIER };

export function NouvelleSessionForm({ examens, anneeProposee, lieu }: { examens: readonly { code: string; libelle: string }[]; anneeProposee: number; lieu: string }) {
  const [state, action, pending] = useActionState(creerSessionAction, INITIAL_FORM_STATE as FormState<ChampCreation>);
  return (
    <form action={action} key={state.n} noValidate>
      <ErrorSummary state={state} labels={LABELS} idPrefix={ID} />
      <Select label={LABELS.examen} {...fieldState(state, "examen")} nativeSelectProps={{ id: `${ID}-examen`, name: "examen", required: true, defaultValue: typed(state, "examen") }}>
        <option value="" disabled>
          Sélectionnez un examen
        </option>
        {examens.map((e) => (
          <option key={e.code} value={e.code}>
            {e.libelle}
          </option>
        ))}
      </Select>
      <Input
        label={LABELS.annee}
        hintText="L’année des épreuves : les inscriptions ont lieu à l’automne précédent."
        {...fieldState(state, "annee")}
        nativeInputProps={{ id: `${ID}-annee`, name: "annee", inputMode: "numeric", required: true, maxLength: 4, defaultValue: typed(state, "annee", String(anneeProposee)), "aria-invalid": state.fieldErrors?.annee ? true : undefined }}
      />
      <Input
        label={LABELS.libelle}
        {...fieldState(state, "libelle")}
        nativeInputProps={{ id: `${ID}-libelle`, name: "libelle", required: true, maxLength: 100, defaultValue: typed(state, "libelle", `Session ${anneeProposee}`), "aria-invalid": state.fieldErrors?.libelle ? true : undefined }}
      />
      <ChampsCalendrier state={state} idPrefix={ID} initial={{}} lieu={lieu} />
      <p className="fr-text--sm">
        La session est créée non publiée, avec les choix proposés de votre dernière session du même examen{"\u00a0"}: vérifiez-les, puis publiez-la.
      </p>
      <Button type="submit" disabled={pending} iconId="fr-icon-add-line">
        Créer la session
      </Button>
    </form>
  );
}
