"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import Link from "next/link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CANDIDATURE_MODIFIEE, CHAMP_REVISION } from "@/lib/domain/candidature/revision";
import type { DesinscriptionState } from "./actions";

const LABELS = { confirmation: "Confirmation de la désinscription" };

/** The confirmation, with the revision the page was drawn from: a désinscription decided on an outdated page is refused. */
export function DesinscriptionForm({
  action,
  retour,
  revision,
}: {
  action: (previous: DesinscriptionState, formData: FormData) => Promise<DesinscriptionState>;
  retour: string;
  /** The candidature's revision when the page was drawn. */
  revision: number;
}) {
  const [state, formAction, pending] = useActionState(action, { n: 0 });
  const error = state.fieldErrors?.confirmation;
  return (
    <form action={formAction} key={state.n} noValidate>
      <ErrorSummary state={state} labels={LABELS} idPrefix="desinscription">
        {state.code === CANDIDATURE_MODIFIEE && (
          // A plain link: a full reload draws the récapitulatif and its revision afresh.
          <a className="fr-link" href={retour}>
            Relire le récapitulatif à jour
          </a>
        )}
      </ErrorSummary>
      <input type="hidden" name={CHAMP_REVISION} value={String(revision)} />
      <Checkbox
        id="desinscription-confirmation"
        {...(error ? { state: "error" as const, stateRelatedMessage: error } : {})}
        options={[
          {
            label: "Je confirme vouloir me désinscrire : je ne serai pas convoqué aux épreuves de cette session.",
            nativeInputProps: { name: "confirmation", value: "on" },
          },
        ]}
      />
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={pending} iconId="fr-icon-close-circle-line" iconPosition="left">
            Me désinscrire
          </Button>
        </li>
        <li>
          <Link className="fr-btn fr-btn--secondary" href={retour}>
            Annuler et revenir au récapitulatif
          </Link>
        </li>
      </ul>
    </form>
  );
}
