import { describe, expect, it } from "vitest";
import { acquisTypesProposes, messageChoixAcquis } from "./acquis-choix";
import { validateStep } from "./validate";
import { CONTEXTE_CLERMONT } from "./test-fixtures";

describe("the Acquis choice", () => {
  it("offers five possibilities to an ajourné, four otherwise (a saved choice stays visible)", () => {
    expect(acquisTypesProposes(true)).toHaveLength(5);
    expect(acquisTypesProposes(false)).not.toContain("BENEFICES_NOTES");
    expect(acquisTypesProposes(false)).toHaveLength(4);
    expect(acquisTypesProposes(false, "BENEFICES_NOTES")).toHaveLength(5);
  });

  it("says « l'une des quatre possibilités » when four are shown, on the server too", () => {
    expect(messageChoixAcquis(4)).toContain("l’une des quatre possibilités");
    expect(messageChoixAcquis(5)).toContain("l’une des cinq possibilités");
    const sansBenefices = validateStep("acquis", {}, CONTEXTE_CLERMONT, { informations: { typeCandidature: "EXPERIENCE_PRO_3_ANS" } as never });
    expect(sansBenefices.ok ? [] : sansBenefices.errors.find((e) => e.field === "type")?.message).toBe(messageChoixAcquis(4));
  });
});
