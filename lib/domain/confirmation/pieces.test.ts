import { describe, expect, it } from "vitest";
import { piecesConfirmation } from "./pieces";

const NBSP = "\u00a0";
const session = (mode: "UPLOAD" | "POSTAL") => ({
  academie: { nom: "Clermont-Ferrand", timeZone: "Europe/Paris", adressePostale: "Rectorat de l'académie de Clermont-Ferrand\n1 avenue de l'Exemple\n63000 Clermont-Ferrand" },
  examen: { libelle: "Baccalauréat professionnel" },
  inscriptionOuverture: new Date("2023-10-19T07:00:00Z"),
  inscriptionCloture: new Date("2023-12-01T16:00:00Z"),
  depotOuverture: new Date("2023-10-19T07:00:00Z"),
  depotCloture: new Date("2023-12-01T16:00:00Z"),
  confirmationLimite: new Date("2023-12-08T16:00:00Z"),
  pieces: [{ pieceCode: "1NATID01", mode }],
});
const MCV = { codeDiplome: "40031213", libelle: "Métiers du commerce et de la vente option A" };

describe("piecesConfirmation: each piece with why, how and by when, from describeRequiredPieces", () => {
  it("an upload piece: the deposit window in the académie's zone", () => {
    expect(piecesConfirmation([{ pieceCode: "1NATID01", motif: "Tous les candidats" }], session("UPLOAD"), MCV)).toEqual([
      {
        code: "1NATID01",
        libelle: "Document justifiant l’identité, en cours de validité",
        motif: "Tous les candidats",
        consigne: `À déposer en ligne du jeudi 19 octobre 2023 à 9${NBSP}h${NBSP}00 au vendredi 1er décembre 2023 à 17${NBSP}h${NBSP}00 (heure de Paris).`,
        mention: null,
      },
    ]);
  });

  it("a postal piece: the postmark rule, the address and the line for the envelope", () => {
    const [piece] = piecesConfirmation([{ pieceCode: "1NATID01", motif: "Tous les candidats" }], session("POSTAL"), MCV);
    expect(piece?.consigne).toMatch(/^À envoyer par la poste au plus tard le vendredi 1er décembre 2023, cachet de la poste faisant foi, à/);
    expect(piece?.consigne).toContain("1 avenue de l’Exemple");
    expect(piece?.mention).toBe(`Précisez sur l’enveloppe${NBSP}: Baccalauréat professionnel, spécialité Métiers du commerce et de la vente option A (40031213).`);
  });

  it("the signed confirmation: until its own limit, one week after closing", () => {
    const [piece] = piecesConfirmation([{ pieceCode: "CINSIG01", motif: "Tous les candidats" }], session("UPLOAD"), MCV);
    expect(piece?.consigne).toContain("au vendredi 8 décembre 2023 à 17");
    expect(piece?.consigne).toContain("soit une semaine après la clôture des inscriptions");
  });
});
