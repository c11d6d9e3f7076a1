import { describe, expect, it } from "vitest";
import { etapeAReprendre, parsedSteps, storedSteps } from "./donnees";
import { FORMULAIRES_VALIDES } from "./test-fixtures";

describe("stored candidature JSON", () => {
  it("keeps only the step entries that are objects", () => {
    expect(storedSteps(null)).toEqual({});
    expect(storedSteps([1])).toEqual({});
    expect(storedSteps({ identification: { adresse: "x" }, acquis: "AUCUN", autre: {} })).toEqual({ identification: { adresse: "x" } });
  });

  it("parses the steps that still satisfy their schema, and drops the others", () => {
    const parsed = parsedSteps({ qualification: FORMULAIRES_VALIDES.qualification, acquis: { type: "INCONNU" } });
    expect(parsed).toEqual({ qualification: { specialiteCode: "40031213", formePassage: "GLOBALE" } });
  });

  it("resumes at the first step not filled", () => {
    expect(etapeAReprendre({})).toBe("identification");
    expect(etapeAReprendre({ identification: {}, informations: {} })).toBe("qualification");
    expect(etapeAReprendre(FORMULAIRES_VALIDES)).toBe("recapitulatif");
  });
});
