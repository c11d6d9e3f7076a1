import { describe, expect, it } from "vitest";
import { planJustificatifs } from "./justificatifs";

describe("planJustificatifs", () => {
  it("creates every required piece the first time, in the mode the session sets for it", () => {
    const requises = [
      { pieceCode: "CINSIG01" as const, motif: "Tous les candidats" },
      { pieceCode: "CMEPS01" as const, motif: "Inaptitude à l’EPS" },
    ];
    // Nancy-Metz 000_: every piece by post.
    const postale = { pieces: [{ pieceCode: "CINSIG01", mode: "POSTAL" as const }, { pieceCode: "CMEPS01", mode: "POSTAL" as const }] };
    expect(planJustificatifs([], requises, postale)).toEqual({
      creer: [
        { pieceCode: "CINSIG01", motif: "Tous les candidats", mode: "POSTAL" },
        { pieceCode: "CMEPS01", motif: "Inaptitude à l’EPS", mode: "POSTAL" },
      ],
      mettreAJour: [],
      rendreCaducs: [],
    });
    // A piece the session does not list is uploaded (the column's default).
    expect(planJustificatifs([], requises, { pieces: [{ pieceCode: "CMEPS01", mode: "POSTAL" }] }).creer.map((p) => p.mode)).toEqual(["UPLOAD", "POSTAL"]);
    expect(planJustificatifs([], requises).creer.map((p) => p.mode)).toEqual(["UPLOAD", "UPLOAD"]);
  });

  it("leaves unchanged pieces alone, revives a caduc one, updates a motif and marks the others caducs", () => {
    const plan = planJustificatifs(
      [
        { pieceCode: "CINSIG01", motif: "Tous les candidats", caduc: false },
        { pieceCode: "CMEPS01", motif: "Inaptitude à l’EPS", caduc: false },
        { pieceCode: "RELEVE01", motif: "Bénéfices de notes demandés", caduc: true },
        { pieceCode: "ATTFOR01", motif: "Candidat de l’enseignement à distance", caduc: false },
        { pieceCode: "MDPH01", motif: "Épreuve d’EPS adaptée", caduc: true },
      ],
      [
        { pieceCode: "CINSIG01", motif: "Tous les candidats" },
        { pieceCode: "RELEVE01", motif: "Bénéfices de notes demandés" },
        { pieceCode: "ATTFOR01", motif: "Préparation en formation professionnelle continue" },
      ],
    );
    expect(plan).toEqual({
      creer: [],
      mettreAJour: [
        { pieceCode: "RELEVE01", motif: "Bénéfices de notes demandés" },
        { pieceCode: "ATTFOR01", motif: "Préparation en formation professionnelle continue" },
      ],
      rendreCaducs: ["CMEPS01"],
    });
  });
});
