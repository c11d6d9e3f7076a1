import type { Metadata } from "next";
import type { ReactNode } from "react";
import { DsfrProvider, StartDsfrOnHydration } from "@/components/dsfr/client";
import { KeepThemeAttribute } from "@/components/dsfr/keep-theme-attribute";
import { DsfrHead, getHtmlAttributes } from "@/components/dsfr/server";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";

export const metadata: Metadata = {
  title: { default: "Inscriptions des candidats individuels", template: "%s – Inscriptions des candidats individuels" },
  description: "Inscription des candidats individuels au baccalauréat professionnel, au CAP, au BP et aux mentions complémentaires.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const lang = "fr";
  return (
    <html {...getHtmlAttributes({ lang })}>
      <head>
        <DsfrHead preloadFonts={["Marianne-Regular", "Marianne-Medium", "Marianne-Bold"]} />
      </head>
      <body>
        <KeepThemeAttribute />
        <DsfrProvider lang={lang}>
          <StartDsfrOnHydration />
          <SkipLinks links={[{ anchor: "#contenu", label: "Contenu" }, { anchor: "#footer", label: "Pied de page" }]} />
          <SiteHeader />
          <main id="contenu" tabIndex={-1} className="fr-container fr-py-6w">
            {children}
          </main>
          <SiteFooter />
        </DsfrProvider>
      </body>
    </html>
  );
}
