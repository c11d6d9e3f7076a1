import { Header, type HeaderProps } from "@codegouvfr/react-dsfr/Header";

// What both headers (components/site-header.tsx per request, components/site-header-public.tsx on
// the cached pages) and the footer show.

export const brandTop = (
  <>
    République
    <br />
    Française
  </>
);

export const homeLinkProps = { href: "/", title: "Accueil – Inscriptions des candidats individuels" };

export const SERVICE_TITLE = "Inscriptions des candidats individuels";
export const SERVICE_TAGLINE = "Baccalauréat professionnel, CAP, BP et mentions complémentaires";

/** The quick access of a visitor who is not signed in. */
export const SIGNED_OUT_ITEMS: HeaderProps["quickAccessItems"] = [
  { iconId: "fr-icon-account-circle-line", linkProps: { href: "/connexion" }, text: "Se connecter" },
  { iconId: "fr-icon-add-circle-line", linkProps: { href: "/creer-compte" }, text: "Créer un compte" },
];

/** The DSFR header of the portal with these quick-access items. */
export function PortalHeader({ quickAccessItems }: { quickAccessItems: HeaderProps["quickAccessItems"] }) {
  return (
    <Header
      brandTop={brandTop}
      homeLinkProps={homeLinkProps}
      serviceTitle={SERVICE_TITLE}
      serviceTagline={SERVICE_TAGLINE}
      quickAccessItems={quickAccessItems}
      // No "Paramètres d'affichage" button opens it, and its hidden dialog's <h1> came first in
      // the page: Next's route announcer, which reads the first <h1> when a client-side
      // navigation has not committed the new <title> yet, told screen readers that name.
      disableDisplay
    />
  );
}
