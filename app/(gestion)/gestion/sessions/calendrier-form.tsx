"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import type { ChampCalendrier } from "@/lib/domain/session/calendrier";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { modifierCalendrierAction } from "./actions";
import { ChampsCalendrier, LABELS_CALENDRIER } from "./champs-calendrier";

const ID = "calendrier";

export function CalendrierForm({ sessionId, initial, lieu }: { sessionId: string; initial: Partial<Record<ChampCalendrier, string>>; lieu: string }) {
  const [state, action, pending] = useActionState(modifierCalendrierAction, INITIAL_FORM_STATE as FormState<ChampCalendrier>);
  return (
    <form action={action} key={state.n} noValidate aria-label="Calendrier de la session">
      {state.ok && state.message && <Alert severity="success" role="status" small description={state.message} className="fr-mb-3w" />}
      <ErrorSummary state={state} labels={LABELS_CALENDRIER} idPrefix={ID} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <ChampsCalendrier state={state} idPrefix={ID} initial={initial} lieu={lieu} />
      <Button type="submit" disabled={pending} iconId="fr-icon-save-line" iconPosition="left">
        Enregistrer le calendrier
      </Button>
    </form>
  );
}
