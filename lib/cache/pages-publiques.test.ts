import { describe, expect, it } from "vitest";
import { isCachedPublicPath, isInternalRenderPath, publicPathOf } from "./pages-publiques";

describe("isCachedPublicPath", () => {
  it("serves the home page, the closed sessions, the accessibility statement and each session page from the cache", () => {
    for (const path of ["/", "/sessions", "/accessibilite", "/sessions/cmx3gr5x4004d617dhhj20xj3"]) expect(isCachedPublicPath(path), path).toBe(true);
  });

  it("leaves a session address that cannot be a session's id to the dynamic « Page non trouvée »: no cache entry per string", () => {
    for (const path of ["/sessions/session-inconnue", `/sessions/c${"x".repeat(400)}`, "/sessions/CMX3GR5X4004D617DHHJ20XJ3", "/sessions/clx0abc"]) expect(isCachedPublicPath(path), path).toBe(false);
  });

  it("renders every other page per request: sign-in, the candidate's and the staff's spaces", () => {
    for (const path of ["/connexion", "/creer-compte", "/mes-candidatures", "/mes-candidatures/x/identification", "/gestion", "/gestion/sessions/x/apercu", "/sessions/", "/sessions/x/y", "/inscription", "/verifier/ABC", "/vitrine/accueil"]) {
      expect(isCachedPublicPath(path), path).toBe(false);
    }
  });
});

describe("publicPathOf", () => {
  it("sends an internal render path asked for directly to its public page, anything else under it to the home page", () => {
    expect(publicPathOf("/vitrine/accueil")).toBe("/");
    expect(publicPathOf("/vitrine/sessions")).toBe("/sessions");
    for (const path of ["/vitrine", "/vitrine/n-importe-quoi", "/vitrine/sessions/x"]) expect(publicPathOf(path), path).toBe("/");
  });
});

describe("isInternalRenderPath", () => {
  it("recognises the internal render paths, asked for directly, and nothing else", () => {
    for (const path of ["/vitrine", "/vitrine/accueil", "/vitrine/n-importe-quoi"]) expect(isInternalRenderPath(path), path).toBe(true);
    for (const path of ["/", "/vitrines", "/sessions/vitrine"]) expect(isInternalRenderPath(path), path).toBe(false);
  });
});
