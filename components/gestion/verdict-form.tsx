"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useActionState, useEffect, useRef } from "react";
import { MAX_COMMENTAIRE } from "@/lib/domain/candidature/piece-statut";
import { VERDICT_LIBELLES, type VerdictCode } from "@/lib/domain/gestion/verdict";
import type { VerdictState } from "@/app/(gestion)/gestion/candidatures/[id]/actions";

type Props = {
  action: (state: VerdictState, formData: FormData) => Promise<VerdictState>;
  candidatureId: string;
  pieceCode: string;
  pieceLibelle: string;
  /** The piece's updatedAt as drawn: a later change is a conflict. */
  attendu: string;
  verdicts: readonly VerdictCode[];
  /** Today in the académie ("AAAA-MM-JJ"): the default and the latest date of receipt. */
  aujourdhui: string;
  suite: "dossier" | "file";
  /** R, N, C choose; Entrée sends (the review queue), while the focus is in the form. */
  raccourcis?: boolean;
  /** The queue's own query (portefeuille, apres) to come back to after the decision. */
  file?: string;
};

/** The decision on one piece: Reçue (date), Non conforme (comment required) or Conforme. */
export function VerdictForm({ action, candidatureId, pieceCode, pieceLibelle, attendu, verdicts, aujourdhui, suite, raccourcis = false, file = "" }: Props) {
  const [state, formAction, pending] = useActionState(action, { n: 0 } as VerdictState);
  const commentaire = useRef<HTMLTextAreaElement>(null);
  const formulaire = useRef<HTMLFormElement>(null);
  const id = `verdict-${pieceCode}`;

  // Single-key shortcuts only while the focus is inside this form (WCAG 2.1.4): typing elsewhere on
  // the page never decides anything.
  useEffect(() => {
    const form = formulaire.current;
    if (!raccourcis || !form) return;
    const touches: Record<string, VerdictCode> = { r: "RECUE", n: "NON_CONFORME", c: "CONFORME" };
    const surTouche = (event: KeyboardEvent) => {
      const cible = event.target as HTMLElement | null;
      if (event.ctrlKey || event.metaKey || event.altKey || (cible && /^(INPUT|TEXTAREA|SELECT)$/.test(cible.tagName) && (cible as HTMLInputElement).type !== "radio")) return;
      const verdict = touches[event.key.toLowerCase()];
      if (!verdict || !verdicts.includes(verdict)) return;
      event.preventDefault();
      const radio = formulaire.current?.querySelector<HTMLInputElement>(`input[name="verdict"][value="${verdict}"]`);
      if (radio) radio.checked = true;
      radio?.focus();
      if (verdict === "NON_CONFORME") setTimeout(() => commentaire.current?.focus(), 0);
    };
    form.addEventListener("keydown", surTouche);
    return () => form.removeEventListener("keydown", surTouche);
  }, [raccourcis, verdicts]);

  const erreur = (champ: "verdict" | "commentaire" | "dateReception") => state.fieldErrors?.[champ];
  return (
    <form ref={formulaire} action={formAction} key={state.n} noValidate aria-label={`Décision sur la pièce ${pieceLibelle}`}>
      {state.formError && (
        <Alert
          severity={state.conflit ? "warning" : "error"}
          small
          role="alert"
          description={state.formError}
          className="fr-mb-2w"
        />
      )}
      {state.conflit && (
        <p>
          <a className="fr-link" href={suite === "file" ? "/gestion/pieces" : `/gestion/candidatures/${candidatureId}#piece-${pieceCode}`}>
            Afficher l’état actuel de la pièce
          </a>
        </p>
      )}
      <input type="hidden" name="candidatureId" value={candidatureId} />
      <input type="hidden" name="pieceCode" value={pieceCode} />
      <input type="hidden" name="attendu" value={attendu} />
      <input type="hidden" name="suite" value={suite} />
      {file && <input type="hidden" name="file" value={file} />}
      <fieldset className={`fr-fieldset${erreur("verdict") ? " fr-fieldset--error" : ""}`} id={`${id}-decision`} aria-labelledby={`${id}-legende${erreur("verdict") ? ` ${id}-verdict-erreur` : ""}`}>
        <legend className="fr-fieldset__legend--regular fr-fieldset__legend" id={`${id}-legende`}>
          Décision
          {raccourcis && (
            <span className="fr-hint-text">
              Raccourcis clavier dans ce formulaire{"\u00a0"}: R Reçue, N Non conforme, C Conforme, puis Entrée pour enregistrer.
            </span>
          )}
        </legend>
        {verdicts.map((v) => (
          <div className="fr-fieldset__element fr-fieldset__element--inline" key={v}>
            <div className="fr-radio-group">
              <input type="radio" id={`${id}-${v}`} name="verdict" value={v} defaultChecked={state.values?.verdict === v} />
              <label className="fr-label" htmlFor={`${id}-${v}`}>
                {VERDICT_LIBELLES[v]}
              </label>
            </div>
          </div>
        ))}
        {erreur("verdict") && (
          <div className="fr-messages-group" id={`${id}-verdict-erreur`} aria-live="polite">
            <p className="fr-message fr-message--error">{erreur("verdict")}</p>
          </div>
        )}
      </fieldset>
      {verdicts.some((v) => v !== "CONFORME") && (
        <div className={`fr-input-group${erreur("dateReception") ? " fr-input-group--error" : ""}`}>
          <label className="fr-label" htmlFor={`${id}-date`}>
            Date de réception
            <span className="fr-hint-text">Pour « Reçue » et « Non conforme »{"\u00a0"}; aujourd’hui si vous la laissez telle quelle.</span>
          </label>
          <input
            className={`fr-input${erreur("dateReception") ? " fr-input--error" : ""}`}
            type="date"
            id={`${id}-date`}
            name="dateReception"
            max={aujourdhui}
            defaultValue={state.values?.dateReception ?? aujourdhui}
            aria-invalid={erreur("dateReception") ? true : undefined}
            aria-describedby={erreur("dateReception") ? `${id}-date-erreur` : undefined}
          />
          {erreur("dateReception") && (
            <p className="fr-error-text" id={`${id}-date-erreur`}>
              {erreur("dateReception")}
            </p>
          )}
        </div>
      )}
      {verdicts.includes("NON_CONFORME") && (
        <div className={`fr-input-group${erreur("commentaire") ? " fr-input-group--error" : ""}`}>
          <label className="fr-label" htmlFor={`${id}-commentaire`}>
            Commentaire au candidat
            <span className="fr-hint-text">Obligatoire pour « Non conforme »{"\u00a0"}: ce qui ne va pas et ce qu’il doit déposer (au plus {MAX_COMMENTAIRE} caractères).</span>
          </label>
          <textarea
            ref={commentaire}
            className={`fr-input${erreur("commentaire") ? " fr-input--error" : ""}`}
            id={`${id}-commentaire`}
            name="commentaire"
            rows={3}
            maxLength={MAX_COMMENTAIRE}
            defaultValue={state.values?.commentaire ?? ""}
            aria-invalid={erreur("commentaire") ? true : undefined}
            aria-describedby={erreur("commentaire") ? `${id}-commentaire-erreur` : undefined}
          />
          {erreur("commentaire") && (
            <p className="fr-error-text" id={`${id}-commentaire-erreur`}>
              {erreur("commentaire")}
            </p>
          )}
        </div>
      )}
      <button type="submit" className="fr-btn" disabled={pending}>
        Enregistrer la décision
      </button>
    </form>
  );
}
