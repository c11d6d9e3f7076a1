import { describe, expect, it } from "vitest";
import { nomFichierConfirmation, parseVersion, peutLireDocuments } from "./acces";

const CANDIDATURE = { accountId: "compte-1", academieId: "clermont" };

describe("peutLireDocuments", () => {
  it.each([
    [{ id: "compte-1", role: "CANDIDAT", academieId: null }, true],
    [{ id: "compte-2", role: "CANDIDAT", academieId: null }, false],
    [{ id: "g1", role: "GESTIONNAIRE", academieId: "clermont" }, true],
    [{ id: "g2", role: "GESTIONNAIRE", academieId: "nice" }, false],
    [{ id: "a1", role: "ADMIN_ACADEMIE", academieId: "clermont" }, true],
    [{ id: "a2", role: "ADMIN_ACADEMIE", academieId: "nice" }, false],
    [{ id: "n1", role: "ADMIN_NATIONAL", academieId: null }, true],
  ] as const)("%j → %s", (lecteur, attendu) => {
    expect(peutLireDocuments(lecteur, CANDIDATURE)).toBe(attendu);
  });
});

describe("parseVersion", () => {
  it("reads a positive version number from the URL, nothing else", () => {
    expect(parseVersion("1")).toBe(1);
    expect(parseVersion("12")).toBe(12);
    for (const bad of ["0", "-1", "01", "1.5", "1e3", "abc", "", "1234567"]) expect(parseVersion(bad), bad).toBeNull();
  });
});

describe("nomFichierConfirmation", () => {
  it("gives a file name without spaces or accents", () => {
    expect(nomFichierConfirmation("2024-06-BCP-000042", 2)).toBe("confirmation-inscription-2024-06-BCP-000042-v2.pdf");
    expect(nomFichierConfirmation("24/06 é", 1)).toBe("confirmation-inscription-24-06---v1.pdf");
  });
});
