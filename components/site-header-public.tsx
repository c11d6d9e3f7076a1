"use client";

import type { HeaderProps } from "@codegouvfr/react-dsfr/Header";
import { useIndiceConnexion } from "./indice-connexion";
import { PortalHeader, SIGNED_OUT_ITEMS } from "./site-brand";

/**
 * The header of the pages served from the cache (home, sessions, accessibility, « Page non
 * trouvée »): their HTML is the same for everyone, so it is drawn signed out and, in the browser,
 * switched to the signed-in links when the proxy's hint cookie says a session cookie is held. The
 * links lead to pages that check the session themselves; « Se déconnecter » opens the sign-out
 * page (its button is a form that works without JavaScript).
 */
export function SiteHeaderPublic() {
  const signedIn = useIndiceConnexion();
  const quickAccessItems: HeaderProps["quickAccessItems"] = signedIn
    ? [
        { iconId: "fr-icon-file-text-line", linkProps: { href: "/espace" }, text: "Mon espace" },
        { iconId: "fr-icon-account-circle-line", linkProps: { href: "/mon-compte" }, text: "Mon compte" },
        { iconId: "fr-icon-logout-box-r-line", linkProps: { href: "/deconnexion" }, text: "Se déconnecter" },
      ]
    : SIGNED_OUT_ITEMS;
  return <PortalHeader quickAccessItems={quickAccessItems} />;
}
