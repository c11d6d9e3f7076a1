import type { ReactNode } from "react";
import { PageMain } from "@/components/page-main";
import { SiteHeaderPublic } from "@/components/site-header-public";

// The public pages served from the cache (lib/cache/pages-publiques.ts): nothing here reads the
// request, so Next prerenders them and renders them again in the background.
export default function VitrineLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeaderPublic />
      <PageMain>{children}</PageMain>
    </>
  );
}
