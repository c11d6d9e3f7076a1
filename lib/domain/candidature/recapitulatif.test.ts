import { describe, expect, it } from "vitest";
import { adresseLigne, lignesAcquis, lignesEpreuves, libelleSpecialite, statutEpreuveTexte } from "./recapitulatif";

const NBSP = "\u00a0";

describe("the récapitulatif's rows, shared with the confirmation d'inscription", () => {
  it("writes the address on one line, the country named in French", () => {
    expect(adresseLigne({ adresse: "3 place Jaude", complement: "", codePostal: "63000", commune: "Clermont-Ferrand", pays: "FR" })).toBe("3 place Jaude, 63000 Clermont-Ferrand, France");
  });

  it("spells out each possibility of the Acquis step", () => {
    expect(lignesAcquis({ type: "AUCUN" })).toEqual([["Possibilité choisie", "Je n’ai ni bénéfice de notes ni dispense"]]);
    expect(lignesAcquis({ type: "DISPENSES_DIPLOME", diplome: "BAC_GENERAL", disciplines: ["FRANCAIS", "MATHS"], diplomeComporteLvb: false, diplomeComporteEcoGestion: false, diplomeComporteEcoDroit: false, diplomeComportePhysiqueChimie: false })).toEqual([
      ["Possibilité choisie", "Je suis titulaire d’un diplôme qui me dispense d’épreuves"],
      ["Diplôme", "Baccalauréat général"],
      ["Dispenses demandées", "français, mathématiques"],
    ]);
    expect(lignesAcquis({ type: "DISPENSES_VAE", anneeObtention: 2022, epreuves: ["E2", "E3"] })).toContainEqual(["Épreuves dispensées", "E2, E3"]);
  });

  it("shows the languages, EPS and the facultatives chosen", () => {
    expect(lignesEpreuves({ lva: "anglais", facultatives: ["MOBILITE"], epsChoix: "ADAPTEE", epsActivites: ["natation 250 mètres"], epsNotificationMdph: true })).toEqual([
      ["Langue vivante A", "anglais"],
      ["Éducation physique et sportive", "Épreuve adaptée (notification de la MDPH)"],
      ["Activité adaptée", "natation 250 mètres"],
      ["Langue vivante facultative", "Aucune"],
      ["Autres épreuves facultatives", "MOBILITE"],
    ]);
  });

  it("gives each unit's status as the candidate reads it", () => {
    expect(statutEpreuveTexte({ code: "E2", libelle: "x", nature: "OBLIGATOIRE", statut: "BENEFICE", note: 9.5 })).toBe(`Bénéfice (note conservée${NBSP}: 9,5/20)`);
    expect(statutEpreuveTexte({ code: "E5", libelle: "x", nature: "OBLIGATOIRE", statut: "INSCRIT", disciplinesDispensees: ["FRANCAIS"] })).toBe("Inscrit (dispensé de français)");
    expect(statutEpreuveTexte({ code: "E7", libelle: "x", nature: "OBLIGATOIRE", statut: "DISPENSE" })).toBe("Dispensé");
  });

  it("names a spécialité from the session's catalogue, the reference list, or by its code", () => {
    expect(libelleSpecialite("12345678", [{ codeDiplome: "12345678", libelle: "Spécialité de la session" }])).toBe("Spécialité de la session");
    expect(libelleSpecialite("00000000")).toBe("00000000");
  });
});
