import { describe, expect, it } from "vitest";
import { isWindowOpen, localToInstant } from "../calendar";
import { findAcademieByCode } from "./academies";
import { addDaysLocal, demoAnnee, demoSessions, SESSIONS_REELLES, type SessionData } from "./sessions";

function at(s: SessionData, local: string | undefined): Date {
  const zone = findAcademieByCode(s.academieCode)?.timeZone;
  if (!local || !zone) throw new Error("missing local time or académie");
  const result = localToInstant(local, zone);
  if (!result.ok) throw new Error(result.message);
  return result.instant;
}

const key = (s: SessionData) => `${s.academieCode}/${s.examen}/${s.annee}`;

function expectCoherent(s: SessionData) {
  const ouverture = at(s, s.inscriptionOuvertureLocal);
  const cloture = at(s, s.inscriptionClotureLocal);
  expect(ouverture.getTime()).toBeLessThan(cloture.getTime());
  if (s.depotOuvertureLocal || s.depotClotureLocal) {
    expect(at(s, s.depotOuvertureLocal).getTime()).toBeLessThan(at(s, s.depotClotureLocal).getTime());
  }
  if (s.confirmationLimiteLocal) expect(at(s, s.confirmationLimiteLocal).getTime()).toBeGreaterThanOrEqual(cloture.getTime());
  if (s.epsDateLocal) at(s, s.epsDateLocal);
}

describe("SESSIONS_REELLES", () => {
  it("has one session per académie, examen and year, each with convertible, ordered dates", () => {
    expect(new Set(SESSIONS_REELLES.map(key)).size).toBe(SESSIONS_REELLES.length);
    for (const s of SESSIONS_REELLES) expectCoherent(s);
  });

  it("keeps the notices' hours: Nancy-Metz 2024 opens 06/11/2023 10:00 (09:00 UTC)", () => {
    const nm = SESSIONS_REELLES.find((s) => key(s) === "12/BAC_PRO/2024");
    expect(nm && at(nm, nm.inscriptionOuvertureLocal).toISOString()).toBe("2023-11-06T09:00:00.000Z");
    expect(nm && at(nm, nm.inscriptionClotureLocal).toISOString()).toBe("2023-12-06T21:00:00.000Z");
    expect(nm?.depotClotureLocal).toBe("2023-12-09T23:59");
    expect(nm?.modePieces).toBe("POSTAL");
  });

  it("gives Nice's confirmation one week after each exam's closing, same hour", () => {
    const nice = SESSIONS_REELLES.filter((s) => s.academieCode === "23");
    expect(nice.map((s) => [s.examen, s.inscriptionClotureLocal, s.confirmationLimiteLocal])).toEqual([
      ["BAC_PRO", "2023-11-22T17:00", "2023-11-29T17:00"],
      ["BP", "2023-11-28T17:00", "2023-12-05T17:00"],
      ["MC", "2023-11-10T17:00", "2023-11-17T17:00"],
      ["CAP", "2023-11-10T17:00", "2023-11-17T17:00"],
    ]);
  });

  it("uses Clermont's language and EPS lists", () => {
    const cf = SESSIONS_REELLES.find((s) => key(s) === "06/BAC_PRO/2024");
    expect(cf?.languesLva).toEqual(["Allemand", "Anglais", "Espagnol", "Italien"]);
    expect(cf?.languesLvf).toContain("Portugais");
    expect(cf?.activitesEps).toEqual(["Danse", "Tennis de table", "Demi-fond"]);
    expect(cf?.activitesEpsAdaptees).toEqual(["800 mètres marche", "Natation 250 mètres"]);
    expect(cf?.epsDateLocal?.slice(0, 10)).toBe("2024-05-07");
  });
});

describe("addDaysLocal", () => {
  it("crosses month, year and leap days, keeping the time", () => {
    expect(addDaysLocal("2023-11-22T17:00", 7)).toBe("2023-11-29T17:00");
    expect(addDaysLocal("2023-12-28T17:00", 7)).toBe("2024-01-04T17:00");
    expect(addDaysLocal("2024-03-01", -1)).toBe("2024-02-29");
    expect(() => addDaysLocal("2024-13-01", 1)).toThrow(RangeError);
  });
});

describe("demoSessions", () => {
  // Around both DST changes, a year's end and a leap day, at times where UTC and Paris dates differ.
  const days = ["2026-11-22T12:00:00Z", "2026-03-29T00:30:00Z", "2026-10-25T23:30:00Z", "2026-12-31T23:30:00Z", "2028-02-29T06:00:00Z"];

  it.each(days)("are open for registration and pieces on %s", (iso) => {
    const today = new Date(iso);
    const sessions = demoSessions(today);
    expect(sessions.map((s) => `${s.academieCode}/${s.examen}`)).toEqual(["12/BAC_PRO", "06/BAC_PRO", "23/BAC_PRO", "23/CAP", "23/BP", "23/MC", "02/BAC_PRO", "28/BAC_PRO"]);
    for (const s of sessions) {
      expect(s.demo).toBe(true);
      expectCoherent(s);
      expect(isWindowOpen({ opensAt: at(s, s.inscriptionOuvertureLocal), closesAt: at(s, s.inscriptionClotureLocal) }, today)).toBe(true);
      expect(isWindowOpen({ opensAt: at(s, s.depotOuvertureLocal), closesAt: at(s, s.depotClotureLocal) }, today)).toBe(true);
      expect(s.inscriptionOuvertureLocal.slice(11)).toBe("09:00");
      expect(s.inscriptionClotureLocal.slice(11)).toBe("17:00");
      expect(s.confirmationLimiteLocal).toBe(addDaysLocal(s.inscriptionClotureLocal, 7));
    }
  });

  it("opens 30 days before the local day at 09:00 and closes 30 days after at 17:00", () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    const [first] = demoSessions(new Date("2026-12-31T23:30:00Z"));
    expect(first?.inscriptionOuvertureLocal).toBe("2026-12-02T09:00");
    expect(first?.inscriptionClotureLocal).toBe("2027-01-31T17:00");
    expect(first?.annee).toBe(2029);
  });

  it("places La Réunion's session on its own day and hours (UTC+4), not Paris's", () => {
    // 21:30 UTC on 31 December: still 22:30 on the 31st in Paris, already 01:30 on 1 January at La Réunion.
    const sessions = demoSessions(new Date("2026-12-31T21:30:00Z"));
    const paris = sessions.find((s) => s.academieCode === "12")!;
    const reunion = sessions.find((s) => s.academieCode === "28")!;
    expect([paris.inscriptionOuvertureLocal, paris.inscriptionClotureLocal]).toEqual(["2026-12-01T09:00", "2027-01-30T17:00"]);
    expect([reunion.inscriptionOuvertureLocal, reunion.inscriptionClotureLocal]).toEqual(["2026-12-02T09:00", "2027-01-31T17:00"]);
    expect(reunion).toMatchObject({ examen: "BAC_PRO", modePieces: "UPLOAD", annee: 2029 });
    // 09:00 at La Réunion is 05:00 UTC, four hours before its Paris counterpart's 08:00 UTC in winter.
    expect(at(reunion, reunion.inscriptionOuvertureLocal).toISOString()).toBe("2026-12-02T05:00:00.000Z");
  });

  it("takes the local year plus two, clear of every real session", () => {
    expect(demoAnnee(new Date("2026-11-22T12:00:00Z"))).toBe(2028);
    expect(demoAnnee(new Date("2022-06-15T12:00:00Z"))).toBe(2025);
    const reelles = new Set(SESSIONS_REELLES.map(key));
    for (const year of [2020, 2022, 2023, 2026]) {
      for (const s of demoSessions(new Date(`${year}-06-15T12:00:00Z`))) expect(reelles.has(key(s))).toBe(false);
    }
  });
});
