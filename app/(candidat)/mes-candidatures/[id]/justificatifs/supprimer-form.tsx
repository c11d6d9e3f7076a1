"use client";

import { useActionState } from "react";
import type { JustificatifState } from "./actions";

/** "Supprimer" beside a file; a refusal shows under the button. */
export function SupprimerForm({
  action,
  fichierId,
  pieceCode,
  nom,
}: {
  action: (previous: JustificatifState, formData: FormData) => Promise<JustificatifState>;
  fichierId: string;
  pieceCode: string;
  nom: string;
}) {
  const [state, formAction, pending] = useActionState(action, { n: 0 });
  const errorId = `supprimer-${fichierId}-erreur`;
  return (
    <form action={formAction} className="fr-mt-1w">
      <input type="hidden" name="fichierId" value={fichierId} />
      <input type="hidden" name="piece" value={pieceCode} />
      <button
        type="submit"
        className="fr-btn fr-btn--sm fr-btn--tertiary fr-icon-delete-line fr-btn--icon-left"
        disabled={pending}
        {...(state.formError ? { "aria-describedby": errorId } : {})}
      >
        Supprimer<span className="fr-sr-only"> le fichier {nom}</span>
      </button>
      {state.formError && (
        <p id={errorId} className="fr-error-text" role="alert">
          {state.formError}
        </p>
      )}
    </form>
  );
}
