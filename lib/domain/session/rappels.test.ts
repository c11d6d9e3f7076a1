import { describe, expect, it } from "vitest";
import { bilanRappels, calendrierRappels, rappelDu, rappelEnCours, RAPPELS, etatRappel, type FamilleRappel, type Rappel, type SituationRappel } from "./rappels";

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

describe("a session's reminders", () => {
  const session = { inscriptionCloture: CLOTURE, depotCloture: DEPOT };

  it("falls due 72 h and 24 h before each deadline, the pieces' at the deposit's closing (or the registration's without one)", () => {
    expect(calendrierRappels(session).map((r) => [r.rappel, r.echeance.toISOString(), r.du.toISOString()])).toEqual([
      ["BROUILLON_72H", "2026-12-04T16:00:00.000Z", "2026-12-01T16:00:00.000Z"],
      ["BROUILLON_24H", "2026-12-04T16:00:00.000Z", "2026-12-03T16:00:00.000Z"],
      ["PIECES_72H", "2026-12-11T16:00:00.000Z", "2026-12-08T16:00:00.000Z"],
      ["PIECES_24H", "2026-12-11T16:00:00.000Z", "2026-12-10T16:00:00.000Z"],
    ]);
    expect(calendrierRappels({ ...session, depotCloture: null }).find((r) => r.rappel === "PIECES_24H")?.echeance).toEqual(CLOTURE);
  });

  it("has one reminder of each family under way inside the last 72 h, none before or after", () => {
    expect(rappelEnCours("BROUILLON", session, h(73))).toBeNull();
    expect(rappelEnCours("BROUILLON", session, h(72))).toEqual({ rappel: "BROUILLON_72H", echeance: CLOTURE, regle: ["BROUILLON_72H", "BROUILLON_24H"] });
    expect(rappelEnCours("BROUILLON", session, h(24))).toEqual({ rappel: "BROUILLON_24H", echeance: CLOTURE, regle: ["BROUILLON_24H"] });
    expect(rappelEnCours("BROUILLON", session, h(0))).toBeNull();
    expect(rappelEnCours("PIECES", session, h(10))).toBeNull();
    expect(rappelEnCours("PIECES", session, h(10, DEPOT))?.rappel).toBe("PIECES_24H");
  });

  it("says where each reminder stands: not due yet, under way until the next one takes over or the deadline, then over", () => {
    const etats = (maintenant: Date) => calendrierRappels(session).map((r) => etatRappel(r, maintenant));
    expect(etats(h(73))).toEqual(["A_VENIR", "A_VENIR", "A_VENIR", "A_VENIR"]);
    expect(etats(h(72))).toEqual(["EN_COURS", "A_VENIR", "A_VENIR", "A_VENIR"]);
    expect(etats(h(24))).toEqual(["TERMINE", "EN_COURS", "A_VENIR", "A_VENIR"]);
    expect(etats(h(0))).toEqual(["TERMINE", "TERMINE", "A_VENIR", "A_VENIR"]);
    expect(etats(h(1, DEPOT))).toEqual(["TERMINE", "TERMINE", "TERMINE", "EN_COURS"]);
    // Under way exactly when rappelEnCours offers it.
    for (let heures = -1; heures <= 80; heures += 0.5) {
      const maintenant = h(heures);
      const enCours = rappelEnCours("BROUILLON", session, maintenant)?.rappel;
      expect(calendrierRappels(session).filter((r) => etatRappel(r, maintenant) === "EN_COURS" && r.rappel.startsWith("BROUILLON")).map((r) => r.rappel), `${heures} h`).toEqual(enCours ? [enCours] : []);
    }
  });

  it("settles a candidature exactly as rappelDu does, whatever was sent before (the job's SQL filter)", () => {
    const familles: [FamilleRappel, Omit<SituationRappel, "maintenant" | "envoyes">][] = [
      ["BROUILLON", { ...session, statut: "BROUILLON", dejaEnregistree: false, piecesManquantes: 0 }],
      ["PIECES", { ...session, statut: "ENREGISTREE", dejaEnregistree: true, piecesManquantes: 2 }],
    ];
    // Every subset of the four reminders, at instants across both windows.
    const sousEnsembles = Array.from({ length: 16 }, (_, masque) => RAPPELS.filter((_, i) => masque & (1 << i)));
    for (const [famille, candidature] of familles) {
      for (let heures = -2; heures <= 75 + 7 * 24; heures += 1) {
        const maintenant = new Date(DEPOT.getTime() - heures * 3_600_000);
        const enCours = rappelEnCours(famille, session, maintenant);
        for (const envoyes of sousEnsembles) {
          const attendu = enCours && !enCours.regle.some((r) => envoyes.includes(r)) ? enCours.rappel : null;
          expect(rappelDu({ ...candidature, maintenant, envoyes: new Set(envoyes) }), `${famille} ${heures} h ${envoyes.join(",")}`).toBe(attendu);
        }
      }
    }
  });
});

describe("the admin's summary of a run", () => {
  const aucun = { BROUILLON_72H: 0, BROUILLON_24H: 0, PIECES_72H: 0, PIECES_24H: 0 };
  const plat = (s: string) => s.replace(/[\u00a0\u202f]/g, " ").replace(/’/g, "'");
  it("says what went, by reminder, or that nothing was due", () => {
    expect(plat(bilanRappels(aucun))).toBe("Aucun rappel n'était dû : aucun courriel envoyé.");
    expect(plat(bilanRappels({ ...aucun, BROUILLON_72H: 1 }))).toBe("1 rappel envoyé : 1 (candidature non enregistrée, à 72 h). Chaque candidat concerné le reçoit par courriel dans quelques instants.");
    expect(plat(bilanRappels({ ...aucun, BROUILLON_24H: 2, PIECES_24H: 3 }))).toMatch(/^5 rappels envoyés : 2 \(candidature non enregistrée, à 24 h\), 3 \(pièces manquantes, à 24 h\)\./);
  });
});
