"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import type { FormValues } from "@/lib/domain/candidature/formulaires";
import { ChampsContext } from "./champs";
import { INITIAL_STEP_STATE, type StepFormState } from "./step-form-state";

export type StepAction = (previous: StepFormState, formData: FormData) => Promise<StepFormState>;

/**
 * A wizard step: a plain form posting to its server action (it works without JavaScript; with
 * it, useActionState keeps the page), the error summary, the fields, Précédent / Suivant. Read
 * only once the window is closed: the fields are disabled and nothing can be sent.
 */
export function StepForm({
  action,
  initial,
  labels,
  precedent,
  suivantLabel = "Suivant",
  lectureSeule,
  suivantLecture,
  children,
}: {
  action: StepAction;
  initial: FormValues;
  /** Label of each field, for the error summary. */
  labels: Record<string, string>;
  precedent?: string;
  suivantLabel?: string;
  lectureSeule: boolean;
  /** Where "Étape suivante" leads when the form is read only. */
  suivantLecture: string;
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_STEP_STATE);
  const errors = state.fieldErrors ?? {};
  // A message on a field this form does not show (a tampered request, a rule across steps) goes on top.
  const ailleurs = Object.entries(errors).filter(([field]) => !(field in labels)).map(([, message]) => message);
  const formError = [state.formError, ...ailleurs].filter(Boolean).join(" ") || undefined;
  const summaryState = { n: state.n, fieldErrors: errors, ...(formError ? { formError } : {}) };

  return (
    <form action={formAction} key={state.n} noValidate aria-label="Étape du formulaire d’inscription">
      <ErrorSummary state={summaryState} labels={labels} idPrefix="etape" />
      <ChampsContext.Provider value={{ values: state.values ?? initial, errors }}>
        <fieldset disabled={lectureSeule} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
          {children}
        </fieldset>
      </ChampsContext.Provider>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--right fr-btns-group--icon-left fr-mt-4w">
        {precedent && (
          <li>
            <Link className="fr-btn fr-btn--secondary fr-icon-arrow-left-line" href={precedent}>
              Précédent
            </Link>
          </li>
        )}
        <li>
          {lectureSeule ? (
            <Link className="fr-btn fr-icon-arrow-right-line" href={suivantLecture}>
              Étape suivante
            </Link>
          ) : (
            <Button type="submit" disabled={pending} iconId="fr-icon-arrow-right-line">
              {suivantLabel}
            </Button>
          )}
        </li>
      </ul>
    </form>
  );
}
