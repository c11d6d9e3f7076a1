"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { useActionState } from "react";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import type { ExamenChoix } from "@/lib/server/gestion/portefeuilles";
import { modifierPortefeuille, type PortefeuilleField } from "./actions";

/** One gestionnaire's portfolio: a box per spécialité, grouped by exam. */
export function PortefeuilleForm({ accountId, nom, examens, choisies }: { accountId: string; nom: string; examens: readonly ExamenChoix[]; choisies: readonly string[] }) {
  const [state, action, pending] = useActionState(modifierPortefeuille, INITIAL_FORM_STATE as FormState<PortefeuilleField>);
  // After a refusal, the boxes as they were ticked; otherwise the saved portfolio.
  const cochees = new Set(state.values?.specialites !== undefined ? state.values.specialites.split(",").filter(Boolean) : choisies);
  const id = `portefeuille-${accountId}`;
  return (
    <form action={action} key={state.n} aria-label={`Portefeuille de ${nom}`}>
      {state.ok && state.message && <Alert severity="success" role="status" small description={state.message} className="fr-mb-3w" />}
      {state.formError && <Alert severity="error" role="alert" small description={state.formError} className="fr-mb-3w" />}
      <input type="hidden" name="accountId" value={accountId} />
      {examens.map((e) => (
        <Checkbox
          key={e.code}
          id={`${id}-${e.code}`}
          legend={e.libelle}
          small
          options={e.specialites.map((s) => ({
            label: `${s.libelle} (${s.code})`,
            nativeInputProps: { name: "specialites", value: s.id, defaultChecked: cochees.has(s.id) },
          }))}
        />
      ))}
      <Button type="submit" disabled={pending} iconId="fr-icon-save-line" iconPosition="left">
        Enregistrer le portefeuille de {nom}
      </Button>
    </form>
  );
}
