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

/** The page's main region, target of the « Contenu » skip link. */
export function PageMain({ children }: { children: React.ReactNode }) {
  return (
    <main id="contenu" tabIndex={-1} className="fr-container fr-py-6w">
      {children}
    </main>
  );
}
