"use client";

import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { brandTop, homeLinkProps } from "./site-brand";

// A client component, though it reads nothing: its fixed markup then travels once per page, in the
// HTML, rather than twice (the HTML and the RSC payload), on every page and every cached one.
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
