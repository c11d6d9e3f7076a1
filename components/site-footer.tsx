import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { brandTop, homeLinkProps } from "./site-brand";

export function SiteFooter() {
  return (
    <Footer
      brandTop={brandTop}
      homeLinkProps={homeLinkProps}
      accessibility="non compliant"
      accessibilityLinkProps={{ href: "/accessibilite" }}
      contentDescription="Portail libre d'inscription des candidats individuels aux examens de l'enseignement professionnel. Les inscriptions sont instruites par le service des examens de chaque académie."
      bottomItems={[{ text: "Sessions d'inscription", linkProps: { href: "/" } }]}
    />
  );
}
