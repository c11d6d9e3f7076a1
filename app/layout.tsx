import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { DsfrProvider, StartDsfrOnHydration } from "@/components/dsfr/client";
import { KeepThemeAttribute } from "@/components/dsfr/keep-theme-attribute";
import { DsfrHead, getHtmlAttributes } from "@/components/dsfr/server";
import { NonceProvider } from "@/components/nonce";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";

export const metadata: Metadata = {
  title: { default: "Inscriptions des candidats individuels", template: "%s – Inscriptions des candidats individuels" },
  description: "Inscription des candidats individuels au baccalauréat professionnel, au CAP, au BP et aux mentions complémentaires.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const lang = "fr";
  // This request's CSP nonce (proxy.ts): react-dsfr's inline head scripts and the colour-scheme
  // <style> they add must carry it. Reading headers() also keeps every page rendered per request,
  // which a nonce requires.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html {...getHtmlAttributes({ lang })}>
      <head>
        <DsfrHead nonce={nonce} preloadFonts={["Marianne-Regular", "Marianne-Medium", "Marianne-Bold"]} />
      </head>
      <body>
        <KeepThemeAttribute />
        <DsfrProvider lang={lang} doCheckNonce={nonce !== undefined}>
          <StartDsfrOnHydration />
          <SkipLinks links={[{ anchor: "#contenu", label: "Contenu" }, { anchor: "#footer", label: "Pied de page" }]} />
          <SiteHeader />
          <main id="contenu" tabIndex={-1} className="fr-container fr-py-6w">
            <NonceProvider nonce={nonce}>{children}</NonceProvider>
          </main>
          <SiteFooter />
        </DsfrProvider>
      </body>
    </html>
  );
}
