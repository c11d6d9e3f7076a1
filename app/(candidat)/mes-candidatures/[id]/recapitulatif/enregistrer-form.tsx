"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { envoyerFormulaire } from "@/components/forms/envoi-script";
import { ETAPES } from "@/lib/domain/candidature/libelles";
import { CANDIDATURE_MODIFIEE, CHAMP_REVISION } from "@/lib/domain/candidature/revision";
import { fr } from "@/lib/domain/typographie";
import type { EnregistrerState } from "./actions";

/**
 * The ENREGISTRER button; a refusal lists, step by step, what to complete, with a link to each step.
 * It posts the revision the récapitulatif was drawn from: what the candidate signs is what they read,
 * so if the candidature changed since, the server refuses and the form links to the current récapitulatif.
 * Without JavaScript it posts to its server action; with it, the page's script posts to the route
 * handler ./enregistrer (the lighter path on a deadline night), which calls the same service.
 */
export function EnregistrerForm({
  action,
  base,
  revision,
}: {
  action: (previous: EnregistrerState, formData: FormData) => Promise<EnregistrerState>;
  base: string;
  /** The candidature's revision when the récapitulatif was drawn. */
  revision: number;
}) {
  const [actionState, formAction] = useActionState(action, { n: 0 });
  const [envoye, setEnvoye] = useState<EnregistrerState | null>(null);
  const [pending, setPending] = useState(false);
  const state = envoye && envoye.n > actionState.n ? envoye : actionState;
  const router = useRouter();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.formError) ref.current?.focus();
  }, [state.n, state.formError]);

  async function envoyer(event: FormEvent<HTMLFormElement>) {
    // React runs no form action for a submit whose default is prevented.
    event.preventDefault();
    if (pending) return;
    setPending(true);
    const suite = await envoyerFormulaire<Omit<EnregistrerState, "n">>(`${base}/recapitulatif/enregistrer`, new FormData(event.currentTarget));
    if ("aller" in suite) {
      if (suite.pleinePage) window.location.assign(suite.aller);
      else router.push(suite.aller);
      return;
    }
    setEnvoye({ ...suite.state, ...(suite.message ? { formError: suite.message } : {}), n: state.n + 1 });
    setPending(false);
  }

  return (
    <form action={formAction} onSubmit={envoyer} aria-label="Enregistrer la candidature">
      {state.formError && (
        <div ref={ref} tabIndex={-1} className="fr-mb-3w">
          <Alert
            severity="error"
            role="status"
            as="h2"
            title="Votre candidature n’est pas enregistrée"
            description={
              <>
                <span style={{ display: "block" }}>{state.formError}</span>
                {state.code === CANDIDATURE_MODIFIEE && (
                  // A plain link: a full reload draws the récapitulatif and its revision afresh.
                  <a className="fr-link" href={`${base}/recapitulatif`}>
                    Relire le récapitulatif à jour
                  </a>
                )}
                {state.etapes && (
                  <ul>
                    {ETAPES.filter((e) => e.key !== "recapitulatif" && state.etapes?.[e.key]).map((e) => (
                      <li key={e.key}>
                        <Link href={`${base}/${e.key}`}>
                          {fr`Étape ${e.numero}, ${e.titre} :`} {state.etapes?.[e.key as keyof typeof state.etapes]?.join(" ")}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </>
            }
          />
        </div>
      )}
      <input type="hidden" name={CHAMP_REVISION} value={String(revision)} />
      <Button type="submit" disabled={pending} size="large" iconId="fr-icon-save-line">
        ENREGISTRER
      </Button>
    </form>
  );
}
