"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldState, typed } from "@/components/forms/field-state";
import { LIBELLES_ECHEANCES, MOTIF_MAX, type Echeance } from "@/lib/domain/session/prolongation";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import type { ChampProlongation } from "@/lib/server/sessions/admin/prolonger-echeance";
import { prolongerEcheanceAction } from "./actions";

const ID = "prolongation";
const LABELS: Record<ChampProlongation, string> = { echeance: "Échéance *", nouvelleLocal: "Nouvelle date et heure *", motif: "Motif *" };
const majuscule = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function ProlongationForm({ sessionId, echeances, lieu }: { sessionId: string; echeances: readonly { echeance: Echeance; actuelle: string }[]; lieu: string }) {
  const [state, action, pending] = useActionState(prolongerEcheanceAction, INITIAL_FORM_STATE as FormState<ChampProlongation>);
  return (
    <form action={action} key={state.n} noValidate aria-label="Prolonger une échéance">
      {state.ok && state.message && <Alert severity="success" role="status" small description={state.message} className="fr-mb-3w" />}
      <ErrorSummary state={state} labels={LABELS} idPrefix={ID} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <Select label={LABELS.echeance} {...fieldState(state, "echeance")} nativeSelectProps={{ id: `${ID}-echeance`, name: "echeance", required: true, defaultValue: typed(state, "echeance", echeances[0]?.echeance ?? "") }}>
        {echeances.map((e) => (
          <option key={e.echeance} value={e.echeance}>
            {majuscule(LIBELLES_ECHEANCES[e.echeance])} (actuellement le {e.actuelle})
          </option>
        ))}
      </Select>
      <Input
        label={LABELS.nouvelleLocal}
        hintText={`À l’heure légale de l’académie (${lieu}), postérieure à l’échéance actuelle.`}
        {...fieldState(state, "nouvelleLocal")}
        nativeInputProps={{ id: `${ID}-nouvelleLocal`, name: "nouvelleLocal", type: "datetime-local", required: true, defaultValue: typed(state, "nouvelleLocal"), "aria-invalid": state.fieldErrors?.nouvelleLocal ? true : undefined }}
      />
      <Input
        label={LABELS.motif}
        hintText="Affiché aux candidats sur la page de la session et dans leur candidature, et conservé."
        textArea
        {...fieldState(state, "motif")}
        nativeTextAreaProps={{ id: `${ID}-motif`, name: "motif", required: true, maxLength: MOTIF_MAX, rows: 3, defaultValue: typed(state, "motif"), "aria-invalid": state.fieldErrors?.motif ? true : undefined }}
      />
      <Button type="submit" disabled={pending} iconId="fr-icon-time-line" iconPosition="left">
        Prolonger l’échéance
      </Button>
    </form>
  );
}
