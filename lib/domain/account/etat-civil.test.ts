import { describe, expect, it } from "vitest";
import { lignesEtatCivil } from "./etat-civil";

describe("lignesEtatCivil", () => {
  it("shows the names as typed, the birth date in words and the country's French name", () => {
    expect(
      lignesEtatCivil({ civilite: "MONSIEUR", nomNaissance: "Nguyễn Thị", nomUsage: "Wójcik", prenoms: "Łukasz Øyvind", dateNaissance: new Date("2001-03-01T00:00:00Z"), paysNaissance: "TR" }),
    ).toEqual([
      ["Civilité", "Monsieur"],
      ["Nom de naissance", "Nguyễn Thị"],
      ["Nom d’usage", "Wójcik"],
      ["Prénoms", "Łukasz Øyvind"],
      ["Date de naissance", "1er mars 2001"],
      ["Pays de naissance", "Turquie"],
    ]);
  });
  it("leaves out an empty nom d'usage", () => {
    expect(lignesEtatCivil({ civilite: null, nomNaissance: "Essai", nomUsage: null, prenoms: "Alex", dateNaissance: null, paysNaissance: null }).map(([t]) => t)).toEqual([
      "Civilité",
      "Nom de naissance",
      "Prénoms",
      "Date de naissance",
      "Pays de naissance",
    ]);
  });
});
