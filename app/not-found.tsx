import type { Metadata } from "next";
import { PageNonTrouvee } from "@/components/erreurs/page-non-trouvee";
import { PageMain } from "@/components/page-main";
import { SiteHeaderPublicLazy } from "@/components/site-header-public-lazy";

export const metadata: Metadata = { title: "Page non trouvée" };

// Next renders the root not-found into every page's tree, the cached ones included: it reads
// nothing from the request. An address that matches no page is answered by
// app/(public)/[...introuvable] (drawn per request, its scripts carrying the response's nonce);
// a page's own notFound() by its group's not-found.tsx.
export default function NotFound() {
  return (
    <>
      <SiteHeaderPublicLazy />
      <PageMain>
        <PageNonTrouvee />
      </PageMain>
    </>
  );
}
