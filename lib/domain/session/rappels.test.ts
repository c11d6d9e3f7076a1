import { describe, expect, it } from "vitest";
import { rappelDu, type Rappel, type SituationRappel } from "./rappels";

const CLOTURE = new Date("2026-12-04T16:00:00Z"); // 17 h 00 in Paris
const DEPOT = new Date("2026-12-11T16:00:00Z");
const h = (heures: number, echeance = CLOTURE) => new Date(echeance.getTime() - heures * 3_600_000);
const brouillon = (maintenant: Date, envoyes: Rappel[] = []): SituationRappel => ({
  maintenant,
  inscriptionCloture: CLOTURE,
  depotCloture: DEPOT,
  statut: "BROUILLON",
  dejaEnregistree: false,
  piecesManquantes: 0,
  envoyes: new Set(envoyes),
});

describe("reminders before a deadline", () => {
  it("reminds a draft 72 h then 24 h before the registration closes, each once", () => {
    expect(rappelDu(brouillon(h(73)))).toBeNull();
    expect(rappelDu(brouillon(h(72)))).toBe("BROUILLON_72H");
    expect(rappelDu(brouillon(h(30), ["BROUILLON_72H"]))).toBeNull();
    expect(rappelDu(brouillon(h(24), ["BROUILLON_72H"]))).toBe("BROUILLON_24H");
    expect(rappelDu(brouillon(h(2), ["BROUILLON_72H", "BROUILLON_24H"]))).toBeNull();
    expect(rappelDu(brouillon(h(0)))).toBeNull();
  });

  it("sends only the 24 h reminder to a draft first seen in the last day, and never the 72 h one after it", () => {
    expect(rappelDu(brouillon(h(10)))).toBe("BROUILLON_24H");
    expect(rappelDu(brouillon(h(10), ["BROUILLON_24H"]))).toBeNull();
  });

  it("leaves alone a candidature registered once, désinscrite or annulée", () => {
    expect(rappelDu({ ...brouillon(h(10)), dejaEnregistree: true })).toBeNull();
    expect(rappelDu({ ...brouillon(h(10)), statut: "DESINSCRITE" })).toBeNull();
    expect(rappelDu({ ...brouillon(h(10)), statut: "ANNULEE", piecesManquantes: 2 })).toBeNull();
  });

  it("reminds a registered candidature with pieces missing before the deposit closes", () => {
    const enregistree = (maintenant: Date, manquantes: number, envoyes: Rappel[] = []) => ({ ...brouillon(maintenant, envoyes), statut: "ENREGISTREE" as const, dejaEnregistree: true, piecesManquantes: manquantes });
    expect(rappelDu(enregistree(h(72, DEPOT), 1))).toBe("PIECES_72H");
    expect(rappelDu(enregistree(h(72, DEPOT), 0))).toBeNull();
    expect(rappelDu(enregistree(h(23, DEPOT), 1, ["PIECES_72H"]))).toBe("PIECES_24H");
    // No deposit window: the registration's closing is the deadline.
    expect(rappelDu({ ...enregistree(h(5), 1), depotCloture: null })).toBe("PIECES_24H");
  });
});
