"use client";

import "@codegouvfr/react-dsfr/main.css";
import { ErreurInattendue, type ErreurProps } from "@/components/erreurs/erreur-inattendue";

// Replaces the root layout when it fails itself: no DSFR header, so the page stands alone with
// the same message as every other error page.
export default function GlobalError(props: ErreurProps) {
  return (
    <html lang="fr">
      <body>
        <main id="contenu" className="fr-container fr-py-6w">
          <ErreurInattendue {...props} />
        </main>
      </body>
    </html>
  );
}
