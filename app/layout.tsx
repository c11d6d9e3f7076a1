import type { Metadata } from "next";
import type { ReactNode } from "react";
import { DsfrProvider, StartDsfrOnHydration } from "@/components/dsfr/client";
import { KeepThemeAttribute } from "@/components/dsfr/keep-theme-attribute";
import { DsfrHead, getHtmlAttributes } from "@/components/dsfr/server";
import { SiteFooter } from "@/components/site-footer";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";

export const metadata: Metadata = {
  title: { default: "Inscriptions des candidats individuels", template: "%s – Inscriptions des candidats individuels" },
  description: "Inscription des candidats individuels au baccalauréat professionnel, au CAP, au BP et aux mentions complémentaires.",
};

// Reads nothing from the request, so that the cached public pages (app/(vitrine)) can be
// prerendered: react-dsfr's inline head script and its colour-scheme styles are allowed by hash
// (lib/security/csp.ts) rather than by nonce; the header and the <main> come from each group's
// layout (components/page-frame.tsx per request, app/(vitrine)/layout.tsx from the cache).
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
          {children}
          <SiteFooter />
        </DsfrProvider>
      </body>
    </html>
  );
}
