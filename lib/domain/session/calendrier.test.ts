import { describe, expect, it } from "vitest";
import { calendrierEnMots, validerCalendrier, type CalendrierSaisi } from "./calendrier";

const PARIS = "Europe/Paris";
const BASE: CalendrierSaisi = {
  inscriptionOuverture: "2023-11-06T10:00",
  inscriptionCloture: "2023-12-06T22:00",
  depotOuverture: "2023-11-06T10:00",
  depotCloture: "2023-12-13T17:00",
  confirmationLimite: "2023-12-13T17:00",
  epsDate: "",
};

describe("a session's calendar typed in the académie's local time", () => {
  it("becomes instants of that zone, and reads back in words", () => {
    const r = validerCalendrier(BASE, PARIS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.instants.inscriptionOuverture.toISOString()).toBe("2023-11-06T09:00:00.000Z");
    expect(r.instants.epsDate).toBeUndefined();
    expect(calendrierEnMots(r.instants, PARIS)[0]).toEqual({
      libelle: "Inscriptions",
      texte: "du lundi 6 novembre 2023 à 10\u00a0h\u00a000 au mercredi 6 décembre 2023 à 22\u00a0h\u00a000, heure de Paris",
    });
  });

  it("reads the same wall clock as another instant in La Réunion (UTC+4, no change of hour)", () => {
    const r = validerCalendrier(BASE, "Indian/Reunion");
    expect(r.ok && r.instants.inscriptionOuverture.toISOString()).toBe("2023-11-06T06:00:00.000Z");
    expect(r.ok && calendrierEnMots(r.instants, "Indian/Reunion")[0]!.texte).toMatch(/, heure de La Réunion$/);
  });

  it("refuses a time skipped or repeated at a change of hour, naming it, in Paris and in Saint-Pierre-et-Miquelon", () => {
    const paris = validerCalendrier({ ...BASE, inscriptionOuverture: "2026-03-29T02:30", inscriptionCloture: "2026-10-25T02:30", depotOuverture: "", depotCloture: "", confirmationLimite: "" }, PARIS);
    expect(paris.ok).toBe(false);
    if (paris.ok) return;
    expect(paris.fieldErrors.inscriptionOuverture).toMatch(/n'existe pas le 29 mars 2026 .*passage à l'heure d'été/);
    expect(paris.fieldErrors.inscriptionCloture).toMatch(/existe deux fois le 25 octobre 2026 .*passage à l'heure d'hiver/);
    const miquelon = validerCalendrier({ ...BASE, inscriptionOuverture: "2026-03-08T02:30", inscriptionCloture: "2026-11-01T01:30", depotOuverture: "", depotCloture: "", confirmationLimite: "" }, "America/Miquelon");
    expect(miquelon.ok).toBe(false);
    if (miquelon.ok) return;
    expect(miquelon.fieldErrors.inscriptionOuverture).toMatch(/n'existe pas/);
    expect(miquelon.fieldErrors.inscriptionCloture).toMatch(/existe deux fois/);
    // The same wall clocks are plain times in Paris on those days.
    expect(validerCalendrier({ ...BASE, inscriptionOuverture: "2026-03-08T02:30", inscriptionCloture: "2026-11-01T01:30", depotOuverture: "", depotCloture: "", confirmationLimite: "" }, PARIS).ok).toBe(true);
  });

  it("puts closings after openings and the deposit after the registration", () => {
    const r = validerCalendrier(
      { ...BASE, inscriptionCloture: "2023-11-06T10:00", depotOuverture: "2023-11-01T09:00", depotCloture: "2023-11-01T08:00", confirmationLimite: "2023-11-05T12:00", epsDate: "2023-11-01T08:00" },
      PARIS,
    );
    expect(r).toEqual({
      ok: false,
      fieldErrors: {
        inscriptionCloture: "La clôture des inscriptions doit être postérieure à leur ouverture.",
        depotOuverture: "Le dépôt des pièces ne peut pas ouvrir avant les inscriptions.",
        depotCloture: "La clôture du dépôt des pièces doit être postérieure à son ouverture.",
        confirmationLimite: "La confirmation d’inscription ne peut pas être attendue avant la clôture des inscriptions.",
        epsDate: "L’épreuve d’EPS a lieu après la clôture des inscriptions.",
      },
    });
    const depot = validerCalendrier({ ...BASE, depotCloture: "2023-12-01T17:00" }, PARIS);
    expect(!depot.ok && depot.fieldErrors).toEqual({ depotCloture: "Le dépôt des pièces ne peut pas fermer avant la clôture des inscriptions." });
  });

  it("asks for what is missing: the registration window, the other end of a deposit window", () => {
    const r = validerCalendrier({ inscriptionOuverture: " ", depotOuverture: "2023-11-06T10:00" }, PARIS);
    expect(!r.ok && Object.keys(r.fieldErrors).sort()).toEqual(["depotCloture", "inscriptionCloture", "inscriptionOuverture"]);
    expect(!r.ok && r.fieldErrors.inscriptionOuverture).toBe("Saisissez la date et l’heure (ouverture des inscriptions).");
    expect(validerCalendrier({ ...BASE, inscriptionOuverture: "06/11/2023 10:00" }, PARIS)).toMatchObject({ ok: false, fieldErrors: { inscriptionOuverture: "La date et l'heure saisies ne sont pas valides." } });
  });
});
