import { describe, expect, it } from "vitest";
import { annonceProlongation, deciderProlongation } from "./prolongation";

const PARIS = "Europe/Paris";
const CLOTURE = new Date("2026-12-04T16:00:00Z"); // vendredi 4 décembre 2026 à 17 h 00, Paris

describe("extending a deadline", () => {
  it("moves it later, typed in the académie's time, with its reason", () => {
    const d = deciderProlongation({ echeance: "inscriptionCloture", actuelle: CLOTURE, nouvelleLocal: "2026-12-04T23:59", motif: "  Panne du portail   entre 16 h et 18 h ", zone: PARIS });
    expect(d).toEqual({ ok: true, nouvelle: new Date("2026-12-04T22:59:00Z"), motif: "Panne du portail entre 16 h et 18 h" });
    const reunion = deciderProlongation({ echeance: "inscriptionCloture", actuelle: CLOTURE, nouvelleLocal: "2026-12-05T02:00", motif: "Panne du portail à La Réunion", zone: "Indian/Reunion" });
    expect(reunion.ok && reunion.nouvelle.toISOString()).toBe("2026-12-04T22:00:00.000Z");
  });

  it("never brings a deadline forward, and asks for a reason", () => {
    const d = deciderProlongation({ echeance: "inscriptionCloture", actuelle: CLOTURE, nouvelleLocal: "2026-12-04T17:00", motif: "panne", zone: PARIS });
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.fieldErrors.nouvelleLocal).toBe("Une prolongation repousse l’échéance\u00a0: choisissez une date postérieure au vendredi 4 décembre 2026 à 17\u00a0h\u00a000, heure de Paris.");
    expect(d.fieldErrors.motif).toMatch(/au moins 10 caractères/);
  });

  it("refuses a time that does not exist that day, and a deadline the session does not have", () => {
    const d = deciderProlongation({ echeance: "depotCloture", actuelle: null, nouvelleLocal: "2027-03-28T02:30", motif: "Panne du serveur de dépôt", zone: PARIS });
    expect(!d.ok && d.fieldErrors).toEqual({
      echeance: expect.stringContaining("n’a pas de date pour la clôture du dépôt des pièces"),
      nouvelleLocal: expect.stringContaining("n'existe pas"),
    });
  });

  it("tells candidates the new and the old date, in words", () => {
    expect(annonceProlongation({ echeance: "inscriptionCloture", ancienne: CLOTURE, nouvelle: new Date("2026-12-04T22:59:00Z"), motif: "Panne du portail", zone: PARIS })).toBe(
      "Date prolongée\u00a0: la clôture des inscriptions est repoussée au vendredi 4 décembre 2026 à 23\u00a0h\u00a059 (au lieu du vendredi 4 décembre 2026 à 17\u00a0h\u00a000), heure de Paris. Motif\u00a0: Panne du portail",
    );
  });
});
