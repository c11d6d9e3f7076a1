import { describe, expect, it } from "vitest";
import { acquisTypesProposes, dispensesDiplomeProposees, messageChoixAcquis } from "./acquis-choix";
import { validateStep } from "./validate";
import { CONTEXTE_CLERMONT } from "./test-fixtures";

describe("the Acquis choice", () => {
  it("offers five possibilities to an ajourné, four otherwise (a saved choice stays visible)", () => {
    const bacPro = (benefices: boolean) => ({ benefices, dispensesDiplome: true });
    expect(acquisTypesProposes(bacPro(true))).toHaveLength(5);
    expect(acquisTypesProposes(bacPro(false))).not.toContain("BENEFICES_NOTES");
    expect(acquisTypesProposes(bacPro(false))).toHaveLength(4);
    expect(acquisTypesProposes(bacPro(false), "BENEFICES_NOTES")).toHaveLength(5);
  });

  it("offers the dispenses by diploma for the bac pro only, whose table the portal has", () => {
    expect([dispensesDiplomeProposees("BAC_PRO"), dispensesDiplomeProposees("CAP"), dispensesDiplomeProposees("BP"), dispensesDiplomeProposees("MC")]).toEqual([true, false, false, false]);
    expect(acquisTypesProposes({ benefices: true, dispensesDiplome: false })).toEqual(["AUCUN", "BENEFICES_NOTES", "AUTRE_SPECIALITE", "DISPENSES_VAE"]);
    expect(acquisTypesProposes({ benefices: false, dispensesDiplome: false })).toHaveLength(3);
    expect(acquisTypesProposes({ benefices: false, dispensesDiplome: false }, "DISPENSES_DIPLOME")).toContain("DISPENSES_DIPLOME");
  });

  it("says « l'une des quatre possibilités » when four are shown, on the server too", () => {
    expect(messageChoixAcquis(4)).toContain("l’une des quatre possibilités");
    expect(messageChoixAcquis(5)).toContain("l’une des cinq possibilités");
    const sansBenefices = validateStep("acquis", {}, CONTEXTE_CLERMONT, { informations: { typeCandidature: "EXPERIENCE_PRO_3_ANS" } as never });
    expect(sansBenefices.ok ? [] : sansBenefices.errors.find((e) => e.field === "type")?.message).toBe(messageChoixAcquis(4));
    const cap = { ...CONTEXTE_CLERMONT, session: { ...CONTEXTE_CLERMONT.session, examen: "CAP" as const } };
    const sansDiplome = validateStep("acquis", {}, cap, { informations: { typeCandidature: "EXPERIENCE_PRO_3_ANS" } as never });
    expect(sansDiplome.ok ? [] : sansDiplome.errors.find((e) => e.field === "type")?.message).toBe(messageChoixAcquis(3));
  });
});
