"use client";

import { lazy, Suspense } from "react";

const SiteHeaderPublic = lazy(() => import("./site-header-public").then((m) => ({ default: m.SiteHeaderPublic })));

/**
 * The cached pages' header (site-header-public.tsx) for the root's error and « Page non trouvée »
 * pages, loaded only when one of them shows: Next puts both in every page's tree, and a plain import
 * put the DSFR header's client code in every page's first load, once for each (~11 Kio gzip in
 * all, issue 11 §3). Drawn on the server as before; in the browser, hydrated once its chunk is in.
 * React.lazy rather than next/dynamic, whose own loader cost every page ~3 Kio gzip more.
 */
export function SiteHeaderPublicLazy() {
  return (
    <Suspense fallback={null}>
      <SiteHeaderPublic />
    </Suspense>
  );
}
