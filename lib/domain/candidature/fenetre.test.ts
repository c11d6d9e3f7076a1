import { describe, expect, it } from "vitest";
import { windowState } from "../calendar";
import { bandeauFenetre, messageRefus } from "./fenetre";
import { canTransition } from "./statut";

// Clermont 2024: "du jeudi 19 octobre 2023 à 9h au vendredi 1er Décembre 2023 à 17h" [C:CF].
const CLERMONT = { opensAt: new Date("2023-10-19T07:00:00Z"), closesAt: new Date("2023-12-01T16:00:00Z") };
const PARIS = "Europe/Paris";

describe("deadline messages", () => {
  it("says until when the candidate may edit, in the académie's local time", () => {
    expect(bandeauFenetre("OUVERTE", CLERMONT, PARIS)).toContain("jusqu’au vendredi 1er décembre 2023 à 17\u00a0h\u00a000, heure de Paris");
  });

  it("says when the server closed, from the closing instant on", () => {
    const justAfter = new Date(CLERMONT.closesAt.getTime());
    expect(windowState(CLERMONT, justAfter)).toBe("CLOSE");
    const refus = canTransition("BROUILLON", "SAUVEGARDER_BROUILLON", { actor: "CANDIDAT", windowState: windowState(CLERMONT, justAfter) });
    expect(refus.ok).toBe(false);
    if (refus.ok) return;
    expect(messageRefus(refus, CLERMONT, PARIS)).toBe(
      "Le serveur d’inscription est fermé depuis le vendredi 1er décembre 2023 à 17\u00a0h\u00a000, heure de Paris\u00a0: rien n’a été enregistré. Pour toute question, contactez le service des examens.",
    );
    expect(bandeauFenetre("CLOSE", CLERMONT, PARIS)).toMatch(/^Le serveur d’inscription est fermé depuis le vendredi 1er décembre 2023/);
  });

  it("gives the opening date before the window opens, and other refusals as they are", () => {
    const avant = canTransition("BROUILLON", "ENREGISTRER", { actor: "CANDIDAT", windowState: "A_VENIR" });
    if (avant.ok) throw new Error("expected a refusal");
    expect(messageRefus(avant, CLERMONT, PARIS)).toContain("jeudi 19 octobre 2023 à 9\u00a0h\u00a000, heure de Paris");
    const interdite = canTransition("ANNULEE", "ENREGISTRER", { actor: "CANDIDAT", windowState: "OUVERTE" });
    if (interdite.ok) throw new Error("expected a refusal");
    expect(messageRefus(interdite, CLERMONT, PARIS)).toBe(interdite.message);
  });
});
