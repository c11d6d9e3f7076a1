"use client";

import { ErreurInattendue, type ErreurProps } from "@/components/erreurs/erreur-inattendue";
import { PageMain } from "@/components/page-main";
import { SiteHeaderPublicLazy } from "@/components/site-header-public-lazy";

// An error in a group's layout itself (its header, say): the root layout's page, with the header
// every visitor can use. Errors in a page are answered by its group's error.tsx.
export default function ErrorPage(props: ErreurProps) {
  return (
    <>
      <SiteHeaderPublicLazy />
      <PageMain>
        <ErreurInattendue {...props} />
      </PageMain>
    </>
  );
}
