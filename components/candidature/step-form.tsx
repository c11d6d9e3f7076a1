"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useActionState, useState, type FormEvent, type ReactNode } from "react";
import { envoyerFormulaire } from "@/components/forms/envoi-script";
import { ErrorSummary } from "@/components/forms/error-summary";
import type { FormValues } from "@/lib/domain/candidature/formulaires";
import { formValues } from "@/lib/form-data";
import { CANDIDATURE_MODIFIEE, CHAMP_REVISION } from "@/lib/domain/candidature/revision";
import { fr } from "@/lib/domain/typographie";
import { ChampsContext } from "./champs";
import { INITIAL_STEP_STATE, type StepFormState } from "./step-form-state";

export type StepAction = (previous: StepFormState, formData: FormData) => Promise<StepFormState>;

/**
 * A wizard step: a plain form posting to its server action without JavaScript; with it, the
 * page's script posts the same fields to the step's route handler (./suivant, the lighter path on
 * a deadline night) and shows its answer in place, or opens the next step. The error summary, the fields, Précédent / Suivant. Read
 * only once the window is closed: the fields are disabled and nothing can be sent. It posts the
 * revision its page was drawn from: if another tab saved since, the server refuses it, and the
 * summary links to the step as it now stands (a full reload, which drops what was typed here).
 */
export function StepForm({
  action,
  revision,
  initial,
  labels,
  precedent,
  suivantLabel = "Suivant",
  lectureSeule,
  suivantLecture,
  children,
}: {
  action: StepAction;
  /** The candidature's revision when the page was drawn. */
  revision: number;
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
  const [actionState, formAction] = useActionState(action, INITIAL_STEP_STATE);
  // The state the route answered (the server action only runs without JavaScript).
  const [envoye, setEnvoye] = useState<StepFormState | null>(null);
  const [pending, setPending] = useState(false);
  const state = envoye && envoye.n > actionState.n ? envoye : actionState;
  const router = useRouter();
  const errors = state.fieldErrors ?? {};
  // A message on a field this form does not show (a tampered request, a rule across steps) goes on top.
  const ailleurs = Object.entries(errors).filter(([field]) => !(field in labels)).map(([, message]) => message);
  const formError = [state.formError, ...ailleurs].filter(Boolean).join(" ") || undefined;
  const summaryState = { n: state.n, fieldErrors: errors, ...(formError ? { formError } : {}) };
  const pathname = usePathname();

  async function envoyer(event: FormEvent<HTMLFormElement>) {
    // React runs no form action for a submit whose default is prevented.
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget);
    setPending(true);
    const suite = await envoyerFormulaire<Omit<StepFormState, "n">>(`${pathname}/suivant`, formData);
    if ("aller" in suite) {
      if (suite.pleinePage) window.location.assign(suite.aller);
      else router.push(suite.aller);
      return;
    }
    // Refused, or nothing reached the server: the form again, with what was typed.
    const { [CHAMP_REVISION]: revisionPostee, ...values } = formValues(formData);
    setEnvoye({ values, ...(typeof revisionPostee === "string" ? { revision: revisionPostee } : {}), ...suite.state, ...(suite.message ? { formError: suite.message } : {}), n: state.n + 1 });
    setPending(false);
  }

  return (
    <form action={formAction} onSubmit={envoyer} key={state.n} noValidate aria-label="Étape du formulaire d’inscription">
      <ErrorSummary state={summaryState} labels={labels} idPrefix="etape">
        {state.code === CANDIDATURE_MODIFIEE && (
          <>
            <span className="fr-mb-1w" style={{ display: "block" }}>
              {fr`Ce que vous avez saisi reste affiché ci-dessous, sans être enregistré : en rechargeant l'étape, vous le perdrez.`}
            </span>
            {/* A plain link: a full reload draws the step, its fields and its revision afresh. */}
            <a className="fr-link" href={pathname}>
              Afficher l’étape telle qu’elle est enregistrée
            </a>
          </>
        )}
      </ErrorSummary>
      <input type="hidden" name={CHAMP_REVISION} value={state.revision ?? String(revision)} />
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
