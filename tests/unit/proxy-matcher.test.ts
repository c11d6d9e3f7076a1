import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { config } from "../../proxy";

// Which paths proxy.ts runs on, compiled by Next's own function from its matcher. The two routes of
// a piece's files must stay out of it: the proxy would cut an upload's body at 64 kB
// (proxyClientMaxBodySize) and replace a served file's `sandbox` CSP with a page's.
// Not in Next's public types: the function the build itself uses to compile `config.matcher`.
const { getMiddlewareMatchers } = createRequire(import.meta.url)("next/dist/build/analysis/get-page-static-info.js") as {
  getMiddlewareMatchers: (matcher: unknown, nextConfig: object) => { regexp: string }[];
};
const matchers = getMiddlewareMatchers(config.matcher, {}).map((m) => new RegExp(m.regexp));
const runsOn = (path: string) => matchers.some((m) => m.test(path));

describe("proxy.ts matcher", () => {
  it("leaves out the upload of a piece's file and the file served back", () => {
    expect(runsOn("/mes-candidatures/cm0abc/justificatifs/1NATID01/fichiers")).toBe(false);
    expect(runsOn("/mes-candidatures/cm0abc/justificatifs/fichiers/cm0xyz")).toBe(false);
  });

  it("still runs on every page around them, their RSC requests and server actions included", () => {
    for (const path of [
      "/",
      "/mes-candidatures",
      "/mes-candidatures/cm0abc/justificatifs",
      "/mes-candidatures/cm0abc/justificatifs.rsc",
      "/mes-candidatures/cm0abc/recapitulatif",
      "/mes-candidatures/cm0abc/justificatifs/1NATID01/fichiers/autre",
      "/mes-candidatures/cm0abc/autre/justificatifs/1NATID01/fichiers",
      "/mes-candidatures/cm0abc/confirmation/1",
    ])
      expect(runsOn(path), path).toBe(true);
    expect(runsOn("/api/health")).toBe(false);
  });
});
