import { getScriptToRunAsap } from "@codegouvfr/react-dsfr/useIsDark/scriptToRunAsap";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { defaultColorScheme } from "@/components/dsfr/default-color-scheme";
import {
  buildContentSecurityPolicy,
  buildSecurityHeaders,
  DSFR_COLOR_SCHEME_STYLE_HASHES,
  DSFR_INLINE_SCRIPT_HASH,
  generateNonce,
  nonceOf,
  STRICT_TRANSPORT_SECURITY,
} from "./csp";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

const NONCE = "cmFuZG9tLW5vbmNlLTEyMw==";

/** The policy as directive → sources, to assert on one directive at a time. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split("; ").map((d) => {
      const [name, ...sources] = d.split(" ");
      return [name!, sources];
    }),
  );
}

describe("buildContentSecurityPolicy", () => {
  const production = directives(buildContentSecurityPolicy({ nonce: NONCE, development: false, https: false }));

  it("lets only this response's scripts run, react-dsfr's head script by its hash, and what they load: no other inline script, no eval", () => {
    expect(production.get("script-src")).toEqual(["'self'", `'nonce-${NONCE}'`, DSFR_INLINE_SCRIPT_HASH, "'strict-dynamic'"]);
    expect(production.get("default-src")).toEqual(["'self'"]);
  });

  it("refuses style elements without the nonce but allows style attributes, as DSFR needs", () => {
    expect(production.get("style-src")).toEqual(["'self'", `'nonce-${NONCE}'`, ...DSFR_COLOR_SCHEME_STYLE_HASHES]);
    expect(production.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    // DSFR draws its icons with data: SVGs; its fonts are served by the portal.
    expect(production.get("img-src")).toEqual(["'self'", "data:"]);
    expect(production.get("font-src")).toEqual(["'self'"]);
  });

  it("forbids framing, plugins, foreign forms and base changes", () => {
    expect(production.get("frame-ancestors")).toEqual(["'none'"]);
    expect(production.get("object-src")).toEqual(["'none'"]);
    expect(production.get("form-action")).toEqual(["'self'"]);
    expect(production.get("base-uri")).toEqual(["'self'"]);
  });

  it("allows eval and un-nonced styles in development only (Next's error overlay and style injection)", () => {
    const development = directives(buildContentSecurityPolicy({ nonce: NONCE, development: true, https: false }));
    expect(development.get("script-src")).toEqual(["'self'", `'nonce-${NONCE}'`, DSFR_INLINE_SCRIPT_HASH, "'strict-dynamic'", "'unsafe-eval'"]);
    expect(development.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(production.get("script-src")).not.toContain("'unsafe-eval'");
    for (const sources of production.values()) expect(sources).not.toContain("'unsafe-eval'");
    expect(production.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("the hashes are those of react-dsfr's head script (as DsfrHead renders it without a nonce) and of its two colour-scheme styles", () => {
    expect(DSFR_INLINE_SCRIPT_HASH).toBe(sha256(getScriptToRunAsap({ defaultColorScheme, nonce: undefined, trustedTypesPolicyName: "react-dsfr" })));
    expect([...DSFR_COLOR_SCHEME_STYLE_HASHES].sort()).toEqual([sha256(":root { color-scheme: dark; }"), sha256(":root { color-scheme: light; }")].sort());
  });

  it("a cached public page allows the inline scripts and styles it was rendered with, nothing from elsewhere, and nothing else changes", () => {
    const cached = directives(buildContentSecurityPolicy({ nonce: NONCE, development: false, https: false, cachedPage: true }));
    expect(cached.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(cached.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    for (const [name, sources] of production) if (name !== "script-src" && name !== "style-src") expect(cached.get(name), name).toEqual(sources);
    expect(cached.get("script-src")).not.toContain("'unsafe-eval'");
  });

  it("upgrades plain-http subresources only when the portal itself is on https", () => {
    expect(production.has("upgrade-insecure-requests")).toBe(false);
    expect(directives(buildContentSecurityPolicy({ nonce: NONCE, development: false, https: true })).has("upgrade-insecure-requests")).toBe(true);
  });

  it("refuses a nonce that could break out of its quotes", () => {
    expect(() => buildContentSecurityPolicy({ nonce: "x'; script-src *", development: false, https: false })).toThrow(/base64/);
    expect(() => buildContentSecurityPolicy({ nonce: "", development: false, https: false })).toThrow(/base64/);
  });
});

describe("buildSecurityHeaders", () => {
  it("sends HSTS for two years, sub-domains included, only when APP_URL is https", () => {
    expect(buildSecurityHeaders({ nonce: NONCE, development: false, https: true })["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(STRICT_TRANSPORT_SECURITY).toBe("max-age=63072000; includeSubDomains");
    expect(buildSecurityHeaders({ nonce: NONCE, development: false, https: false })).not.toHaveProperty("Strict-Transport-Security");
  });

  it("puts the nonce where Next reads it back", () => {
    const headers = buildSecurityHeaders({ nonce: NONCE, development: false, https: false });
    expect(nonceOf(headers["Content-Security-Policy"]!)).toBe(NONCE);
    expect(nonceOf(null)).toBeUndefined();
  });
});

describe("generateNonce", () => {
  it("draws 128 random bits, base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, generateNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
  });
});
