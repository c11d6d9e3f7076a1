import type { ReactNode } from "react";

/**
 * The page's main region, target of the « Contenu » skip link. Apart from the header
 * (site-brand.tsx): the root's error page, a client component, draws it without loading the header.
 */
export function PageMain({ children }: { children: ReactNode }) {
  return (
    <main id="contenu" tabIndex={-1} className="fr-container fr-py-6w">
      {children}
    </main>
  );
}
