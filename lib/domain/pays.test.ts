import { describe, expect, it } from "vitest";
import { FRENCH_OVERSEAS_CODES, ISO_COUNTRY_CODES, isPaysCode, listPays, nomPays } from "./pays";

describe("listPays", () => {
  const pays = listPays();

  it("holds every ISO 3166-1 code once, French overseas excepted, plus Kosovo", () => {
    expect(ISO_COUNTRY_CODES).toHaveLength(249);
    expect(new Set(ISO_COUNTRY_CODES).size).toBe(249);
    expect(pays).toHaveLength(249 - FRENCH_OVERSEAS_CODES.length + 1);
    expect(new Set(pays.map((p) => p.code)).size).toBe(pays.length);
  });

  it("puts France first, then French alphabetical order", () => {
    expect(pays[0]).toEqual({ code: "FR", nom: "France" });
    const noms = pays.slice(1).map((p) => p.nom);
    expect(noms).toEqual([...noms].sort(new Intl.Collator("fr", { sensitivity: "base" }).compare));
    expect(noms.slice(0, 3)).toEqual(["Afghanistan", "Afrique du Sud", "Albanie"]);
  });

  it("names every country in French", () => {
    expect(pays.every((p) => p.nom !== p.code && p.nom.length > 2)).toBe(true);
    expect(nomPays("DE")).toBe("Allemagne");
    expect(nomPays("CI")).toBe("Côte d’Ivoire");
    expect(nomPays("HK")).toBe("Hong Kong");
  });

  it("leaves out Guadeloupe, La Réunion, Nouvelle-Calédonie…: born there is born in France", () => {
    for (const code of ["GP", "RE", "NC", "YT", "PF"]) expect(isPaysCode(code)).toBe(false);
    expect(isPaysCode("FR")).toBe(true);
    expect(isPaysCode("XK")).toBe(true);
    expect(isPaysCode("fr")).toBe(false);
  });
});
