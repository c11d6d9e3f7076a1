import { Header, type HeaderProps } from "@codegouvfr/react-dsfr/Header";

export const brandTop = (
  <>
    République
    <br />
    Française
  </>
);

export const homeLinkProps = { href: "/", title: "Accueil – Inscriptions des candidats individuels" };

export function SiteHeader({ quickAccessItems = [] }: { quickAccessItems?: HeaderProps["quickAccessItems"] }) {
  return (
    <Header
      brandTop={brandTop}
      homeLinkProps={homeLinkProps}
      serviceTitle="Inscriptions des candidats individuels"
      serviceTagline="Baccalauréat professionnel, CAP, BP et mentions complémentaires"
      quickAccessItems={quickAccessItems}
    />
  );
}
