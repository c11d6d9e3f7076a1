import { describe, expect, it } from "vitest";
import { aFaire, type AFaireInput, type PieceSuivi } from "./a-faire";

const NOW = new Date("2026-11-22T12:00:00Z");
const ouverte = { opensAt: new Date("2026-11-01T09:00:00Z"), closesAt: new Date("2026-12-06T21:00:00Z") };
const close = { opensAt: new Date("2026-10-01T09:00:00Z"), closesAt: new Date("2026-11-01T21:00:00Z") };
const piece = (pieceCode: string, over: Partial<PieceSuivi> = {}): PieceSuivi => ({
  pieceCode,
  mode: "UPLOAD",
  statut: "ATTENDU",
  nbFichiers: 0,
  fournie: false,
  commentaire: null,
  fenetre: ouverte,
  ...over,
});
const base = (over: Partial<AFaireInput> = {}): AFaireInput => ({ statut: "ENREGISTREE", aBrouillon: false, inscription: ouverte, zone: "Europe/Paris", pieces: [], ...over });
const textes = (input: AFaireInput) => aFaire(input, NOW).map((l) => l.texte.replace(/[\u00a0\u202f]/g, " ").replace(/’/g, "'"));

describe("aFaire (the card's next steps)", () => {
  it("says a cancelled candidature's date and reason, and where the letter is", () => {
    const annulee = base({ statut: "ANNULEE", pieces: [piece("1NATID01")], annulation: { at: new Date("2026-12-08T09:30:00Z"), motif: "Dossier incomplet : pièce d'identité manquante." } });
    expect(textes(annulee)).toEqual([
      "Candidature annulée par le service des examens le mardi 8 décembre 2026 à 10 h 30, heure de Paris. Motif : Dossier incomplet : pièce d'identité manquante. La lettre de notification est dans « Mes documents ».",
    ]);
    expect(textes(base({ statut: "ANNULEE" }))).toEqual(["Candidature annulée par le service des examens. La lettre de notification est dans « Mes documents »."]);
  });

  it("asks a draft to be registered before the closing, in the académie's zone", () => {
    expect(textes(base({ statut: "BROUILLON" }))).toEqual(["Candidature non enregistrée : terminez-la et cliquez sur « ENREGISTRER » avant le dimanche 6 décembre 2026 à 22 h 00, heure de Paris."]);
    expect(textes(base({ statut: "BROUILLON", inscription: close }))).toEqual([]);
  });

  it("puts a non-conforming piece first, with the manager's comment", () => {
    const lignes = textes(base({ pieces: [piece("1NATID01", { statut: "NON_CONFORME", commentaire: "Le verso manque", nbFichiers: 1 }), piece("CERTRV01")] }));
    expect(lignes[0]).toMatch(/^1 pièce non conforme : .+ \(Le verso manque\)\.$/);
    expect(lignes[1]).toBe("1 pièce à déposer en ligne avant le dimanche 6 décembre 2026 à 22 h 00, heure de Paris.");
  });

  it("counts the pieces to deposit, and names the signed confirmation apart", () => {
    const lignes = textes(base({ pieces: [piece("1NATID01"), piece("CERTRV01"), piece("CINSIG01")] }));
    expect(lignes).toEqual([
      "2 pièces à déposer en ligne avant le dimanche 6 décembre 2026 à 22 h 00, heure de Paris.",
      "Confirmation d'inscription à téléverser signée avant le dimanche 6 décembre 2026 à 22 h 00, heure de Paris.",
    ]);
  });

  it("asks for « J'ai fourni toutes mes pièces » once every piece has a file, then says they are being checked", () => {
    const deposees = [piece("1NATID01", { statut: "DEPOSE", nbFichiers: 2 })];
    expect(textes(base({ pieces: deposees }))[0]).toMatch(/^Pièces déposées : cliquez sur « J'ai fourni toutes mes pièces » avant le/);
    expect(textes(base({ pieces: [piece("1NATID01", { statut: "DEPOSE", nbFichiers: 2, fournie: true })] }))).toEqual(["Vos pièces sont en cours d'examen par le service des examens."]);
    expect(textes(base({ pieces: [piece("1NATID01", { statut: "CONFORME", nbFichiers: 1, fournie: true })] }))).toEqual(["Toutes vos pièces sont conformes : votre dossier est complet."]);
  });

  it("reminds of postal pieces with the postmark rule, and of changes not registered", () => {
    expect(textes(base({ aBrouillon: true, pieces: [piece("1NATID01", { mode: "POSTAL" })] }))).toEqual([
      "Modifications non enregistrées : cliquez sur « ENREGISTRER » avant le dimanche 6 décembre 2026 à 22 h 00, heure de Paris pour qu'elles comptent.",
      "1 pièce à envoyer par la poste au plus tard le dimanche 6 décembre 2026 à 22 h 00, heure de Paris, cachet de la poste faisant foi.",
    ]);
  });

  it("says nothing to do for a withdrawn or cancelled candidature, nor for pieces whose window is over", () => {
    expect(textes(base({ statut: "DESINSCRITE", pieces: [piece("1NATID01")] }))).toEqual([]);
    expect(textes(base({ pieces: [piece("1NATID01", { statut: "DEPOSE", nbFichiers: 1, fournie: true, fenetre: close })] }))).toEqual([
      "Vos pièces sont en cours d'examen par le service des examens.",
    ]);
  });

  it("warns that a piece missing after its window closed leaves the dossier incomplete", () => {
    expect(textes(base({ pieces: [piece("1NATID01", { fenetre: close }), piece("CERTRV01", { statut: "CONFORME", nbFichiers: 1, fenetre: close })] }))).toEqual([
      "1 pièce manque après la clôture de son dépôt : votre dossier est incomplet et peut être annulé. Contactez sans attendre le service des examens de votre académie.",
    ]);
  });
});
