import { describe, expect, it } from "vitest";
import { config } from "@/proxy";
import { SESSION_ID_SOURCE } from "./pages-publiques";

// proxy.ts's matcher must be a literal (Next reads it when building): it repeats the session id's
// pattern, checked here.
describe("proxy matcher", () => {
  it("skips exactly the cached public pages when read, and sees them when a body or an action comes", () => {
    const [main, ...withBody] = config.matcher;
    expect(main).toContain(`sessions/${SESSION_ID_SOURCE}$`);
    expect(withBody).toHaveLength(4);
    for (const entry of withBody) expect(typeof entry === "object" && entry.source).toBe(`/((?:|accessibilite|sessions|sessions/${SESSION_ID_SOURCE}))`);
    const mainRegex = new RegExp(`^${main as string}$`);
    for (const path of ["/", "/accessibilite", "/sessions", "/sessions/cmx3gr5x4004d617dhhj20xj3"]) expect(mainRegex.test(path), path).toBe(false);
    for (const path of ["/connexion", "/sessions/autre", "/sessions/", "/vitrine/accueil", "/vitrine/sessions", "/mes-candidatures", "/gestion"]) expect(mainRegex.test(path), path).toBe(true);
  });

  it("skips the routes that check their own body (uploads, the wizard's script posts) and nothing else under a candidature", () => {
    const mainRegex = new RegExp(`^${config.matcher[0] as string}$`);
    for (const path of [
      "/mes-candidatures/c1/justificatifs/1NATID01/fichiers",
      "/mes-candidatures/c1/justificatifs/fichiers/f1",
      "/mes-candidatures/c1/epreuves/suivant",
      "/mes-candidatures/c1/recapitulatif/enregistrer",
    ])
      expect(mainRegex.test(path), path).toBe(false);
    for (const path of ["/mes-candidatures/c1/epreuves", "/mes-candidatures/c1/recapitulatif", "/mes-candidatures/c1/justificatifs", "/mes-candidatures/c1/epreuves/suivant/x"])
      expect(mainRegex.test(path), path).toBe(true);
  });
});
