import { describe, expect, it } from "vitest";
import { findSpecialite, secteurFromCode, SPECIALITES_BAC_PRO } from "./specialites";

describe("SPECIALITES_BAC_PRO", () => {
  it("has 8-digit bac pro codes (400…), unique", () => {
    for (const s of SPECIALITES_BAC_PRO) expect(s.codeDiplome).toMatch(/^400\d{5}$/);
    expect(new Set(SPECIALITES_BAC_PRO.map((s) => s.codeDiplome)).size).toBe(SPECIALITES_BAC_PRO.length);
  });

  it("puts each spécialité in the sector its code's 4th digit names", () => {
    for (const s of SPECIALITES_BAC_PRO) expect([s.codeDiplome, s.secteur]).toEqual([s.codeDiplome, secteurFromCode(s.codeDiplome)]);
  });

  it("covers every code of REFERENCE §2", () => {
    expect(SPECIALITES_BAC_PRO.filter((s) => s.secteur === "SERVICES")).toHaveLength(28);
    expect(SPECIALITES_BAC_PRO.filter((s) => s.secteur === "PRODUCTION")).toHaveLength(67);
  });

  it("asks two languages of services, one of production and of CSR", () => {
    for (const s of SPECIALITES_BAC_PRO) {
      const expected = s.secteur === "SERVICES" && s.codeDiplome !== "40033403" ? 2 : 1;
      expect([s.codeDiplome, s.nbLanguesObligatoires]).toEqual([s.codeDiplome, expected]);
    }
    expect(findSpecialite("40033403")?.nbLanguesObligatoires).toBe(1);
    expect(findSpecialite("40022106")?.nbLanguesObligatoires).toBe(1);
  });

  it("flags work at height on building, structures and installation spécialités", () => {
    const hauteur = SPECIALITES_BAC_PRO.filter((s) => s.travailEnHauteur).map((s) => s.codeDiplome);
    expect(hauteur.toSorted()).toEqual(
      ["40022706", "40022707", "40023203", "40023205", "40023206", "40023207", "40023210", "40023303", "40023304", "40023404", "40025406", "40025520"],
    );
  });

  it("expands abbreviations into libellés", () => {
    expect(findSpecialite("40030004")?.libelle).toBe("Assistance à la gestion des organisations et de leurs activités");
    expect(findSpecialite("40025520")?.libelle).toBe("Métiers de l'électricité et de ses environnements connectés");
    for (const s of SPECIALITES_BAC_PRO) expect(s.libelle).not.toMatch(/\b(AGOrA|MCV|MELEC|CIEL|MSPC|TBORGO|ICCER|AMA|CGEM|RPIP|ASSP)\b/);
  });
});
