"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useEffect, useRef, type ReactNode } from "react";
import type { FormState } from "@/lib/form-state";

/**
 * Above a form after a failed submission: what went wrong, with a link to each field in error. It
 * takes the focus (with JavaScript), so a screen reader announces it and the keyboard starts there.
 */
export function ErrorSummary<F extends string>({
  state,
  labels,
  idPrefix,
  children,
}: {
  state: FormState<F>;
  labels: Record<F, string>;
  idPrefix: string;
  /** Shown after the form-level message (a link that helps, say). */
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const fields = (Object.keys(labels) as F[]).filter((f) => state.fieldErrors?.[f]);
  const hasErrors = fields.length > 0 || Boolean(state.formError);

  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [state.n, hasErrors]);

  if (!hasErrors) return null;
  const title =
    fields.length === 0
      ? "Votre demande n’a pas abouti"
      : fields.length === 1
        ? "Le formulaire contient une erreur"
        : `Le formulaire contient ${fields.length}\u00a0erreurs`;
  return (
    <div ref={ref} tabIndex={-1} className="fr-mb-4w">
      <Alert
        severity="error"
        role="status"
        as="h2"
        title={title}
        description={
          <>
            {state.formError && <span className="fr-mb-1w" style={{ display: "block" }}>{state.formError}</span>}
            {children}
            {fields.length > 0 && (
              <ul>
                {fields.map((f) => (
                  <li key={f}>
                    <a href={`#${idPrefix}-${f}`}>
                      {labels[f].replace(/\s*\*$/, "")}{"\u00a0"}: {state.fieldErrors?.[f]}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </>
        }
      />
    </div>
  );
}
