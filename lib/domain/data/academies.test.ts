import { describe, expect, it } from "vitest";
import { isKnownZone } from "../zones";
import { ACADEMIES, COLLECTIVITES_RATTACHEES, findAcademieByCode, findAcademieByDepartement, findAcademieBySlug } from "./academies";

// REFERENCE §3: every académie code with its zone.
const EXPECTED_ZONES: Record<string, string> = {
  "01": "Europe/Paris", "02": "Europe/Paris", "03": "Europe/Paris", "04": "Europe/Paris", "06": "Europe/Paris",
  "07": "Europe/Paris", "08": "Europe/Paris", "09": "Europe/Paris", "10": "Europe/Paris", "11": "Europe/Paris",
  "12": "Europe/Paris", "13": "Europe/Paris", "14": "Europe/Paris", "15": "Europe/Paris", "16": "Europe/Paris",
  "17": "Europe/Paris", "18": "Europe/Paris", "19": "Europe/Paris", "20": "Europe/Paris", "22": "Europe/Paris",
  "23": "Europe/Paris", "24": "Europe/Paris", "25": "Europe/Paris", "27": "Europe/Paris", "70": "Europe/Paris",
  "28": "Indian/Reunion", "31": "America/Martinique", "32": "America/Guadeloupe", "33": "America/Cayenne",
  "43": "Indian/Mayotte", "44": "America/Miquelon", "40": "Pacific/Noumea", "41": "Pacific/Tahiti", "42": "Pacific/Wallis",
};

describe("ACADEMIES", () => {
  it("has exactly the académies of REFERENCE §3, each in its zone", () => {
    expect(Object.fromEntries(ACADEMIES.map((a) => [a.code, a.timeZone]))).toEqual(EXPECTED_ZONES);
    expect(ACADEMIES.every((a) => isKnownZone(a.timeZone))).toBe(true);
  });

  it("has unique codes and slugs, slugs fit in a URL", () => {
    expect(new Set(ACADEMIES.map((a) => a.code)).size).toBe(ACADEMIES.length);
    expect(new Set(ACADEMIES.map((a) => a.slug)).size).toBe(ACADEMIES.length);
    for (const a of ACADEMIES) expect(a.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(["nancy-metz", "clermont", "nice", "aix-marseille"].map((slug) => findAcademieBySlug(slug)?.nom)).toEqual([
      "Nancy-Metz",
      "Clermont-Ferrand",
      "Nice",
      "Aix-Marseille",
    ]);
  });

  it("gives every département to one académie only", () => {
    const all = ACADEMIES.flatMap((a) => a.departements);
    expect(new Set(all).size).toBe(all.length);
    for (const d of all) expect(d).toMatch(/^(\d{2}|2[AB]|9[78]\d)$/);
    // 95 départements + 2 for Corse's split + 5 DROM + SPM + 3 Pacific collectivités.
    expect(all).toHaveLength(94 + 2 + 5 + 1 + 3);
  });

  it("finds an académie by département, Saint-Barthélemy and Saint-Martin through Guadeloupe", () => {
    expect(findAcademieByDepartement("57")?.nom).toBe("Nancy-Metz");
    expect(findAcademieByDepartement("2B")?.nom).toBe("Corse");
    expect(findAcademieByDepartement("974")?.nom).toBe("La Réunion");
    for (const c of COLLECTIVITES_RATTACHEES) expect(findAcademieByDepartement(c.codeCollectivite)?.nom).toBe("Guadeloupe");
    expect(findAcademieByCode("77")).toBeUndefined();
  });

  it("uses only fictitious contacts: reserved domains and the 01 99 00 fiction block", () => {
    const contacts = ACADEMIES.flatMap((a) => a.contacts ?? []);
    expect(contacts.length).toBeGreaterThan(0);
    for (const c of contacts) {
      if (c.email) expect(c.email).toMatch(/@[a-z0-9.-]+\.invalid$|@([a-z0-9-]+\.)*example\.fr$/);
      if (c.telephone) expect(c.telephone).toMatch(/^01 99 00 \d{2} \d{2}$/);
    }
  });

  it("gives the four académies of the notices their links, address and contacts", () => {
    for (const code of ["12", "06", "23", "02"]) {
      const a = findAcademieByCode(code);
      expect(a?.siteUrl).toMatch(/^https:\/\//);
      expect(a?.amenagementUrl).toMatch(/^https:\/\//);
      expect(a?.adressePostale).toBeTruthy();
      expect(a?.contacts?.length).toBeGreaterThan(0);
    }
  });
});
