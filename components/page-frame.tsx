import { headers } from "next/headers";
import type { ReactNode } from "react";
import { NonceProvider } from "@/components/nonce";
import { SiteHeader } from "@/components/site-header";
import { PageMain } from "@/components/page-main";

/**
 * Header and main region of the pages rendered per request (every page but the cached public
 * ones, app/(vitrine)): the header shows who is signed in, and the page's own <style> elements get
 * this request's CSP nonce (proxy.ts).
 */
export async function DynamicPageFrame({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <>
      <SiteHeader />
      <PageMain>
        <NonceProvider nonce={nonce}>{children}</NonceProvider>
      </PageMain>
    </>
  );
}
