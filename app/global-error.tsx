"use client";

import Link from "next/link";
import "@codegouvfr/react-dsfr/main.css";

const NBSP = "\u00A0";

// Replaces the root layout when it fails itself: no DSFR header, so the page stands alone.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <body>
        <main id="contenu" className="fr-container fr-py-6w">
          <h1>Erreur inattendue</h1>
          <p className="fr-text--lead">
            Le portail des inscriptions des candidats individuels rencontre un problème{NBSP}; nous travaillons pour le
            résoudre le plus rapidement possible.
          </p>
          <p>
            Essayez de recharger la page ou réessayez plus tard.
            {error.digest && (
              <>
                {" "}
                Référence de l’erreur{NBSP}: <code>{error.digest}</code>.
              </>
            )}
          </p>
          <ul className="fr-btns-group fr-btns-group--inline-md">
            <li>
              <button type="button" className="fr-btn" onClick={() => reset()}>
                Réessayer
              </button>
            </li>
            <li>
              <Link className="fr-btn fr-btn--secondary" href="/">
                Page d’accueil
              </Link>
            </li>
          </ul>
        </main>
      </body>
    </html>
  );
}
