import { describe, expect, it } from "vitest";
import { nomAffiche, resumePieces } from "./liste";

describe("a row of the back office's list", () => {
  it("shows the usage name first, the birth name beside it", () => {
    expect(nomAffiche({ nomNaissance: "Martin", nomUsage: null, prenoms: "Camille" })).toBe("MARTIN Camille");
    expect(nomAffiche({ nomNaissance: "Martin", nomUsage: "Dupont-Éloi", prenoms: "Camille" })).toBe("DUPONT-ÉLOI (naissance\u00a0: MARTIN) Camille");
    expect(nomAffiche({ nomNaissance: "Martin", nomUsage: "  ", prenoms: "Camille" })).toBe("MARTIN Camille");
  });

  it("sums up the pieces, the most urgent first, in French plurals", () => {
    const zero = { piecesAttendues: 0, piecesDeposees: 0, piecesAControler: 0, piecesNonConformes: 0, piecesConformes: 0 };
    expect(resumePieces(zero)).toBe("Aucune pièce");
    expect(resumePieces({ ...zero, piecesAttendues: 2, piecesAControler: 1, piecesNonConformes: 1 })).toBe("1\u00a0à contrôler, 1\u00a0non conforme, 2\u00a0attendues");
    expect(resumePieces({ ...zero, piecesConformes: 3, piecesDeposees: 1 })).toBe("1\u00a0déposée non transmise, 3\u00a0conformes");
  });
});
