import { describe, expect, it } from "vitest";
import { auteurAction, libelleAction } from "./historique";

describe("the dossier's trail", () => {
  it("says each action and its author in French", () => {
    expect(libelleAction("justificatif.non_conforme")).toBe("Pièce marquée « Non conforme »");
    expect(libelleAction("inconnue.action")).toBe("inconnue.action");
    expect(auteurAction("CANDIDAT", { prenoms: "Camille", nomNaissance: "Essai" })).toBe("le candidat");
    expect(auteurAction("GESTIONNAIRE", { prenoms: "Dominique", nomNaissance: "Essai" })).toBe("Dominique Essai (gestionnaire)");
    expect(auteurAction(null, null)).toBe("le portail");
  });
});
