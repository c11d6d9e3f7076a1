import { describe, expect, it } from "vitest";
import { impactsChangement, type ChoixOfferts } from "./impact";

const AVANT: ChoixOfferts = {
  languesLva: ["Anglais", "Espagnol", "Italien"],
  languesLvb: ["Anglais", "Espagnol", "Italien"],
  languesLvf: ["Portugais"],
  activitesEps: ["Danse", "Demi-fond", "Tennis de table"],
  activitesEpsAdaptees: ["Natation 250 mètres"],
};

describe("the candidatures a change of the offered choices would affect", () => {
  it("names each dossier whose saved choice is withdrawn, and what", () => {
    const apres = { ...AVANT, languesLva: ["Anglais", "Espagnol"], activitesEps: ["Danse", "Demi-fond"], activitesEpsAdaptees: [] };
    const impacts = impactsChangement(AVANT, apres, [
      { id: "a", numero: "2027-06-BACPRO-000001", lva: "Italien", lvb: "Anglais", epsChoix: "APTE", epsActivites: ["Danse", "Tennis de table"] },
      { id: "b", numero: "2027-06-BACPRO-000002", lva: "Anglais", epsChoix: "APTE", epsActivites: ["Danse", "Demi-fond"] },
      { id: "c", numero: null, lva: "Anglais", epsChoix: "ADAPTEE", epsActivites: ["Natation 250 mètres"] },
      // The LVB list keeps Italian: only the LVA is withdrawn.
      { id: "d", numero: "2027-06-BACPRO-000004", lva: "Anglais", lvb: "Italien", epsChoix: "INAPTE", epsActivites: [] },
    ]);
    expect(impacts).toEqual([
      {
        candidatureId: "a",
        numero: "2027-06-BACPRO-000001",
        atteintes: [
          { champ: "lva", valeur: "Italien", message: "La langue vivante A « Italien » n’est plus proposée." },
          { champ: "epsActivites", valeur: "Tennis de table", message: "L’activité d’EPS « Tennis de table » n’est plus proposée." },
        ],
      },
      { candidatureId: "c", numero: null, atteintes: [{ champ: "epsActivites", valeur: "Natation 250 mètres", message: "L’activité d’EPS « Natation 250 mètres » n’est plus proposée." }] },
    ]);
  });

  it("finds nothing when choices are only added", () => {
    const apres = { ...AVANT, languesLva: [...AVANT.languesLva, "Allemand"], languesLvf: ["Portugais", "Italien"] };
    expect(impactsChangement(AVANT, apres, [{ id: "a", numero: null, lva: "Italien", lvf: "Portugais", epsActivites: ["Danse"] }])).toEqual([]);
  });
});

describe("a spécialité no longer offered", () => {
  it("affects the dossiers that chose it, and only when it was offered before", () => {
    const candidatures = [
      { id: "a", numero: "N1", lva: "Anglais", specialite: "40025520" },
      { id: "b", numero: "N2", lva: "Anglais", specialite: "40030004" },
    ];
    // Empty list = every spécialité: narrowing it to one withdraws the others.
    expect(impactsChangement({ ...AVANT, specialitesOffertes: [] }, { ...AVANT, specialitesOffertes: ["40030004"] }, candidatures)).toEqual([
      { candidatureId: "a", numero: "N1", atteintes: [{ champ: "specialite", valeur: "40025520", message: "La spécialité 40025520 n’est plus proposée dans cette session." }] },
    ]);
    expect(impactsChangement({ ...AVANT, specialitesOffertes: ["40030004"] }, { ...AVANT, specialitesOffertes: [] }, candidatures)).toEqual([]);
  });
});
