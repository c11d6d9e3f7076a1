import { describe, expect, it } from "vitest";
import { deNom, formatNote, fr } from "./format";

describe("fr", () => {
  it("applies French typography to the literal parts only", () => {
    expect(fr`Choisissez « Oui » : c'est requis ; merci ! Prêt ?`).toBe(
      "Choisissez «\u00a0Oui\u00a0»\u00a0: c’est requis\u00a0; merci\u00a0! Prêt\u00a0?",
    );
    expect(fr`La langue « ${"l'anglais"} » : ${2}`).toBe("La langue «\u00a0l'anglais\u00a0»\u00a0: 2");
  });
});

describe("formatNote", () => {
  it.each([
    [12.5, "12,5"],
    [10, "10"],
    [9.75, "9,75"],
  ])("%s → %s", (note, text) => expect(formatNote(note)).toBe(text));
});

describe("deNom", () => {
  it.each([
    ["Nice", "de Nice"],
    ["Nancy-Metz", "de Nancy-Metz"],
    ["Aix-Marseille", "d’Aix-Marseille"],
    ["Orléans-Tours", "d’Orléans-Tours"],
    ["Amiens", "d’Amiens"],
  ])("%s → %s", (nom, text) => expect(deNom(nom)).toBe(text));
});
