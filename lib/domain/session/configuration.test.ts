import { describe, expect, it } from "vitest";
import { configurationChangee, lireListe, validerConfiguration, type Configuration, type ConfigurationSaisie } from "./configuration";

const REFS = { specialites: ["40025520", "40030004"], pieces: ["CINSIG01", "1NATID01", "MDPH01"] };
const SAISIE: ConfigurationSaisie = {
  languesLva: "Anglais\nEspagnol",
  languesLvb: "",
  languesLvf: "",
  activitesEps: "Danse\nDemi-fond\nTennis de table",
  activitesEpsAdaptees: "",
  specialites: [],
  pieces: { CINSIG01: "UPLOAD", "1NATID01": "POSTAL", MDPH01: "AUCUN" },
  adressePostale: "Rectorat\nBureau DEC 3 – Baccalauréat professionnel\n1 rue de l’Exemple\n06000 Nice",
  amenagementUrl: "",
  informations: "",
};

describe("the lists an académie types, one item per line", () => {
  it("drops blank lines, spaces and repeats whatever their case", () => {
    expect(lireListe(" Anglais \r\n\nespagnol\nANGLAIS\n  Langue des   signes française ")).toEqual(["Anglais", "espagnol", "Langue des signes française"]);
  });
});

describe("the configuration an académie saves", () => {
  it("keeps the lists, the modes (a piece not asked is left out) and the address", () => {
    const r = validerConfiguration(SAISIE, REFS);
    expect(r).toEqual({
      ok: true,
      configuration: {
        languesLva: ["Anglais", "Espagnol"],
        languesLvb: [],
        languesLvf: [],
        activitesEps: ["Danse", "Demi-fond", "Tennis de table"],
        activitesEpsAdaptees: [],
        specialitesOffertes: [],
        pieces: [
          { pieceCode: "1NATID01", mode: "POSTAL" },
          { pieceCode: "CINSIG01", mode: "UPLOAD" },
        ],
      },
      adressePostale: SAISIE.adressePostale,
      amenagementUrl: null,
      informations: null,
    });
  });

  it("says beside each field what is wrong", () => {
    const r = validerConfiguration(
      { ...SAISIE, languesLva: "\n", specialites: ["99999999"], pieces: { CINSIG01: "AUCUN", "1NATID01": "POSTAL" }, adressePostale: " ", amenagementUrl: "javascript:alert(1)" },
      REFS,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors.languesLva).toMatch(/au moins une langue/);
    expect(r.fieldErrors.specialites).toMatch(/99999999/);
    expect(r.fieldErrors.pieces).toMatch(/confirmation d.inscription/);
    expect(r.fieldErrors.adressePostale).toMatch(/voie postale/);
    expect(r.fieldErrors.amenagementUrl).toMatch(/https/);
  });

  it("refuses a piece or a mode it does not know (a forged form)", () => {
    const r = validerConfiguration({ ...SAISIE, pieces: { ...SAISIE.pieces, XXXX: "UPLOAD" } }, REFS);
    expect(r.ok || r.fieldErrors.pieces).toMatch(/pas valide/);
    const m = validerConfiguration({ ...SAISIE, pieces: { ...SAISIE.pieces, MDPH01: "FAX" } }, REFS);
    expect(m.ok || m.fieldErrors.pieces).toMatch(/pas valide/);
  });

  it("refuses more than thirty items in a list", () => {
    const r = validerConfiguration({ ...SAISIE, languesLvf: Array.from({ length: 31 }, (_, i) => `Langue ${i}`).join("\n") }, REFS);
    expect(r.ok || r.fieldErrors.languesLvf).toMatch(/Au plus 30/);
  });
});

describe("a new configuration version", () => {
  const base: Configuration = {
    languesLva: ["Anglais"],
    languesLvb: [],
    languesLvf: [],
    activitesEps: ["Danse"],
    activitesEpsAdaptees: [],
    specialitesOffertes: ["40025520"],
    pieces: [{ pieceCode: "CINSIG01", mode: "UPLOAD" }],
  };
  it("is made by any change of what candidates choose from, not by the same choices", () => {
    expect(configurationChangee(base, { ...base })).toBe(false);
    expect(configurationChangee(base, { ...base, languesLva: ["Anglais", "Espagnol"] })).toBe(true);
    expect(configurationChangee(base, { ...base, specialitesOffertes: [] })).toBe(true);
    expect(configurationChangee(base, { ...base, pieces: [{ pieceCode: "CINSIG01", mode: "POSTAL" }] })).toBe(true);
  });
});
