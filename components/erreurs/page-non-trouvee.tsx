"use client";

import Link from "next/link";
import { NBSP } from "@/components/sessions/session-labels";

/**
 * DSFR "page d'erreur 404" model: the content, inside whichever header and main region the page has.
 * A client component, though it reads nothing: Next puts the not-found pages into every page's RSC
 * payload (the root one and the group's), where a server component's markup would be copied twice.
 */
export function PageNonTrouvee() {
  return (
    <div className="fr-my-7w fr-mt-md-12w fr-mb-md-10w fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-grid-row--center">
      <div className="fr-py-0 fr-col-12 fr-col-md-8">
        <h1>Page non trouvée</h1>
        <p className="fr-text--sm fr-mb-3w">Erreur 404</p>
        <p className="fr-text--lead fr-mb-3w">
          La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.
        </p>
        <p className="fr-text--sm fr-mb-5w">
          Si vous avez tapé l’adresse web dans le navigateur, vérifiez qu’elle est correcte. La page n’est peut-être plus
          disponible{NBSP}: une session d’inscription retirée par l’académie, par exemple. Dans ce cas, pour continuer votre
          visite, vous pouvez consulter la page d’accueil et la liste des sessions.
        </p>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Link className="fr-btn" href="/">
              Page d’accueil
            </Link>
          </li>
          <li>
            <Link className="fr-btn fr-btn--secondary" href="/#sessions-ouvertes">
              Sessions ouvertes
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
