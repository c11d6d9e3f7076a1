"use client";

import Link from "next/link";
const NBSP = "\u00A0";

export type ErreurProps = {
  error: Error & { digest?: string };
  reset: () => void;
  /** Next 16: refreshes the server components, then resets the boundary. */
  retry?: () => void;
};

/** DSFR "erreur inattendue" (500) model: the content, inside whichever header and main region the page has. */
export function ErreurInattendue({ error, reset, retry }: ErreurProps) {
  return (
    <div className="fr-my-7w fr-mt-md-12w fr-mb-md-10w fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-grid-row--center">
      <div className="fr-py-0 fr-col-12 fr-col-md-8">
        <h1>Erreur inattendue</h1>
        <p className="fr-text--sm fr-mb-3w">Erreur 500</p>
        <p className="fr-text--lead fr-mb-3w">Désolé, le service rencontre un problème{NBSP}; nous travaillons pour le résoudre le plus rapidement possible.</p>
        <p className="fr-text--sm fr-mb-5w">
          Essayez de rafraîchir la page ou bien réessayez plus tard. Les informations déjà enregistrées de votre
          candidature ne sont pas perdues.
          {/* The digest ties this page to the server's log line; nothing else about the error is shown. */}
          {error.digest && (
            <>
              {" "}
              Si vous contactez le service des examens, indiquez la référence{NBSP}: <code>{error.digest}</code>.
            </>
          )}
        </p>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button type="button" className="fr-btn" onClick={() => (retry ?? reset)()}>
              Réessayer
            </button>
          </li>
          <li>
            <Link className="fr-btn fr-btn--secondary" href="/">
              Page d’accueil
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
