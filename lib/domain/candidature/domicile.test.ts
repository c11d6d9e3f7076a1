import { describe, expect, it } from "vitest";
import { ACADEMIES } from "../data/academies";
import { academieForPostalCode, checkDomicile, departementForPostalCode } from "./domicile";
import { fr } from "./format";
import { academie, expectFrenchTypography } from "./test-fixtures";

describe("departementForPostalCode", () => {
  it.each([
    ["63000", "63"],
    ["03100", "03"],
    ["54000", "54"],
    ["75015", "75"],
    ["01000", "01"],
    ["20000", "2A"], // Ajaccio
    ["20137", "2A"], // Porto-Vecchio
    ["20200", "2B"], // Bastia
    ["20600", "2B"], // Bastia, Furiani
    ["97200", "972"],
    ["97400", "974"],
    ["97600", "976"],
    ["97500", "975"],
    ["97133", "971"], // Saint-Barthélemy
    ["97150", "971"], // Saint-Martin
    ["98800", "988"],
    ["98714", "987"],
    ["98600", "986"],
  ])("%s → %s", (cp, departement) => expect(departementForPostalCode(cp)).toBe(departement));

  it.each(["98000", "20900", "97800", "98400", "6300", "630000", "ABCDE", ""])("%s → none", (cp) =>
    expect(departementForPostalCode(cp)).toBeUndefined(),
  );
});

describe("academieForPostalCode", () => {
  it.each([
    ["63000", "Clermont-Ferrand"],
    ["15000", "Clermont-Ferrand"],
    ["54000", "Nancy-Metz"],
    ["06000", "Nice"],
    ["83000", "Nice"],
    ["13100", "Aix-Marseille"],
    ["20000", "Corse"],
    ["20200", "Corse"],
    ["97133", "Guadeloupe"],
    ["97150", "Guadeloupe"],
    ["98800", "Nouvelle-Calédonie"],
  ])("%s → %s", (cp, nom) => expect(academieForPostalCode(cp, ACADEMIES)?.nom).toBe(nom));

  it("Monaco belongs to no académie", () => expect(academieForPostalCode("98000", ACADEMIES)).toBeUndefined());
});

describe("checkDomicile", () => {
  const nice = academie("23");
  const clermont = academie("06");

  it.each([
    ["06000", nice],
    ["83000", nice],
    ["63000", clermont],
    ["43000", clermont],
  ])("accepts %s in its own académie", (cp, a) => expect(checkDomicile(cp, "FR", a, ACADEMIES)).toEqual([]));

  it("explains the rule when the postal code belongs to another académie", () => {
    const errors = checkDomicile("54000", "FR", nice, ACADEMIES);
    expect(errors).toEqual([
      {
        field: "codePostal",
        message: fr`Pour vous inscrire dans l'académie de Nice, vous devez y être domicilié : le code postal 54000 relève de l'académie de Nancy-Metz.`,
      },
    ]);
    expectFrenchTypography(errors);
  });

  it("elides « de » before a vowel", () => {
    expect(checkDomicile("63000", "FR", academie("02"), ACADEMIES)[0]?.message).toBe(
      fr`Pour vous inscrire dans l'académie d'Aix-Marseille, vous devez y être domicilié : le code postal 63000 relève de l'académie de Clermont-Ferrand.`,
    );
  });

  it("refuses a domicile abroad", () => {
    const errors = checkDomicile("1000", "BE", clermont, ACADEMIES);
    expect(errors).toEqual([
      {
        field: "pays",
        message: fr`Pour vous inscrire dans l'académie de Clermont-Ferrand, vous devez y être domicilié : un domicile hors de France ne le permet pas.`,
      },
    ]);
    expectFrenchTypography(errors);
  });

  it("refuses a postal code of no académie, such as Monaco's", () => {
    expect(checkDomicile("98000", "FR", nice, ACADEMIES)).toEqual([
      {
        field: "codePostal",
        message: fr`Pour vous inscrire dans l'académie de Nice, vous devez y être domicilié : le code postal 98000 ne relève d'aucune académie. Vérifiez-le.`,
      },
    ]);
  });
});
