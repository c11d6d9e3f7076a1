import { describe, expect, it } from "vitest";
import {
  debutDuJour,
  echeanceDepot,
  echeanceProche,
  echelle,
  hauteurBarre,
  jourCourt,
  jourLocal,
  joursEntre,
  periodeGraphique,
  serieParJour,
} from "./tableau-de-bord";

const utc = (s: string) => new Date(s);

describe("jourLocal: the day a registration counts for, in the académie's zone", () => {
  it.each([
    // Paris, summer time ends on Sunday 25 October 2026 at 03:00 CEST (01:00 UTC).
    ["2026-10-24T21:59:00Z", "Europe/Paris", "2026-10-24"],
    ["2026-10-24T22:00:00Z", "Europe/Paris", "2026-10-25"], // 00:00 CEST
    ["2026-10-25T00:30:00Z", "Europe/Paris", "2026-10-25"], // 02:30 CEST, before the change
    ["2026-10-25T01:30:00Z", "Europe/Paris", "2026-10-25"], // 02:30 CET, the second time
    ["2026-10-25T22:59:00Z", "Europe/Paris", "2026-10-25"], // 23:59 CET: the 25-hour day
    ["2026-10-25T23:00:00Z", "Europe/Paris", "2026-10-26"],
    // Summer time starts on Sunday 29 March 2026 at 02:00 CET (01:00 UTC).
    ["2026-03-28T22:59:00Z", "Europe/Paris", "2026-03-28"],
    ["2026-03-28T23:00:00Z", "Europe/Paris", "2026-03-29"],
    ["2026-03-29T21:59:00Z", "Europe/Paris", "2026-03-29"], // 23:59 CEST: the 23-hour day
    ["2026-03-29T22:00:00Z", "Europe/Paris", "2026-03-30"],
    // La Réunion is UTC+4 all year: the same UTC instants fall on other days.
    ["2026-10-24T19:59:00Z", "Indian/Reunion", "2026-10-24"],
    ["2026-10-24T20:00:00Z", "Indian/Reunion", "2026-10-25"],
    ["2026-10-25T22:59:00Z", "Indian/Reunion", "2026-10-26"],
    ["2026-03-28T23:00:00Z", "Indian/Reunion", "2026-03-29"],
  ])("%s in %s is %s", (instant, zone, jour) => {
    expect(jourLocal(utc(instant), zone)).toBe(jour);
  });
});

describe("debutDuJour", () => {
  it("finds local midnight whatever the offset of the day", () => {
    expect(debutDuJour("2026-10-25", "Europe/Paris").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(debutDuJour("2026-10-26", "Europe/Paris").toISOString()).toBe("2026-10-25T23:00:00.000Z");
    expect(debutDuJour("2026-03-29", "Europe/Paris").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(debutDuJour("2026-03-30", "Europe/Paris").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(debutDuJour("2026-10-25", "Indian/Reunion").toISOString()).toBe("2026-10-24T20:00:00.000Z");
  });

  it("takes the first minute of a day whose midnight does not exist", () => {
    // Santiago skipped 00:00–00:59 on 6 September 2026.
    expect(debutDuJour("2026-09-06", "America/Santiago").toISOString()).toBe("2026-09-06T04:00:00.000Z");
  });
});

describe("periodeGraphique: the chart's days", () => {
  const paris = "Europe/Paris";
  it("covers the last 30 days up to today, across the change of hour, each day once", () => {
    const p = periodeGraphique(utc("2026-11-10T09:00:00Z"), paris, []);
    expect(p.jours).toHaveLength(30);
    expect(p.jours[0]).toBe("2026-10-12");
    expect(p.jours.at(-1)).toBe("2026-11-10");
    expect(p.jours.filter((j) => j === "2026-10-25")).toHaveLength(1);
    expect(new Set(p.jours).size).toBe(30);
    expect(p.depuis.toISOString()).toBe("2026-10-11T22:00:00.000Z"); // CEST midnight
    expect(p.jusqua.toISOString()).toBe("2026-11-10T23:00:00.000Z"); // CET midnight
  });

  it("starts at the window's opening day when it opened less than 30 days ago", () => {
    const fenetre = { opensAt: utc("2026-11-01T08:00:00Z"), closesAt: utc("2026-12-01T16:00:00Z") };
    const p = periodeGraphique(utc("2026-11-10T09:00:00Z"), paris, [fenetre]);
    expect(p.jours[0]).toBe("2026-11-01");
    expect(p.jours.at(-1)).toBe("2026-11-10");
  });

  it("ends on the last closing day once every window has closed", () => {
    const fenetre = { opensAt: utc("2026-09-01T08:00:00Z"), closesAt: utc("2026-10-31T16:00:00Z") };
    const p = periodeGraphique(utc("2026-12-20T09:00:00Z"), paris, [fenetre]);
    expect(p.jours.at(-1)).toBe("2026-10-31");
    expect(p.jours).toHaveLength(30);
    // A window closing at midnight ends the day before.
    const minuit = { opensAt: utc("2026-09-01T08:00:00Z"), closesAt: debutDuJour("2026-11-01", paris) };
    expect(periodeGraphique(utc("2026-12-20T09:00:00Z"), paris, [minuit]).jours.at(-1)).toBe("2026-10-31");
  });

  it("ignores windows not opened yet", () => {
    const futur = { opensAt: utc("2027-01-01T08:00:00Z"), closesAt: utc("2027-02-01T16:00:00Z") };
    expect(periodeGraphique(utc("2026-11-10T09:00:00Z"), paris, [futur]).jours.at(-1)).toBe("2026-11-10");
  });

  it("reads today in La Réunion's zone", () => {
    // 21:00 UTC on 10 November is already 11 November at 01:00 in La Réunion.
    const p = periodeGraphique(utc("2026-11-10T21:00:00Z"), "Indian/Reunion", []);
    expect(p.jours.at(-1)).toBe("2026-11-11");
    expect(p.jusqua.toISOString()).toBe("2026-11-11T20:00:00.000Z");
  });
});

describe("serieParJour and joursEntre", () => {
  it("puts 0 on days without registrations and keeps the calendar order", () => {
    expect(joursEntre("2026-10-24", "2026-10-26")).toEqual(["2026-10-24", "2026-10-25", "2026-10-26"]);
    expect(serieParJour(["2026-10-24", "2026-10-25", "2026-10-26"], [{ jour: "2026-10-25", nombre: 3 }, { jour: "2026-10-01", nombre: 9 }])).toEqual([
      { jour: "2026-10-24", nombre: 0 },
      { jour: "2026-10-25", nombre: 3 },
      { jour: "2026-10-26", nombre: 0 },
    ]);
  });
});

describe("echelle and hauteurBarre: the chart's scale", () => {
  it.each([
    [0, 1, [0, 1]],
    [1, 1, [0, 1]],
    [3, 3, [0, 1, 2, 3]],
    [7, 8, [0, 2, 4, 6, 8]],
    [10, 10, [0, 5, 10]],
    [37, 40, [0, 10, 20, 30, 40]],
    [123, 150, [0, 50, 100, 150]],
    [1999, 2000, [0, 500, 1000, 1500, 2000]],
  ])("a largest count of %i gives a top of %i", (max, haut, graduations) => {
    expect(echelle(max)).toEqual({ haut, graduations });
  });

  it("draws bars in proportion, a visible sliver for a small count, nothing for 0", () => {
    expect(hauteurBarre(20, 40, 200)).toBe(100);
    expect(hauteurBarre(40, 40, 200)).toBe(200);
    expect(hauteurBarre(1, 10_000, 200)).toBe(1);
    expect(hauteurBarre(0, 40, 200)).toBe(0);
    expect(jourCourt("2026-10-25")).toBe("25/10");
  });
});

describe("echeanceDepot and echeanceProche", () => {
  const now = utc("2026-11-10T09:00:00Z");
  it("reads the deposit window's end, else the registrations'", () => {
    expect(echeanceDepot({ depotCloture: utc("2026-12-01T16:00:00Z"), inscriptionCloture: utc("2026-11-20T16:00:00Z") }).toISOString()).toBe("2026-12-01T16:00:00.000Z");
    expect(echeanceDepot({ depotCloture: null, inscriptionCloture: utc("2026-11-20T16:00:00Z") }).toISOString()).toBe("2026-11-20T16:00:00.000Z");
  });
  it("keeps a deadline within 14 days ahead or 30 days behind", () => {
    expect(echeanceProche(utc("2026-11-24T09:00:00Z"), now)).toBe(true);
    expect(echeanceProche(utc("2026-11-24T09:00:01Z"), now)).toBe(false);
    expect(echeanceProche(utc("2026-11-01T09:00:00Z"), now)).toBe(true);
    expect(echeanceProche(utc("2026-10-11T09:00:00Z"), now)).toBe(false);
  });
});
