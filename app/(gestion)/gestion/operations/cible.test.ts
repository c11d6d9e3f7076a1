import { describe, expect, it } from "vitest";
import { cibleOperation, lienListe } from "./cible";

// The list linked from an operation shows the rows the operation counted: the whole académie
// unless the recorded filters said "mes spécialités" (the list defaults to a manager's portfolio).
describe("the list an operation acted on", () => {
  it("carries portefeuille=0 unless the filters chose the portfolio", () => {
    expect(cibleOperation({ session: "s1" })).toEqual({ texte: "Une session", href: "/gestion/candidatures?session=s1&portefeuille=0" });
    expect(new URL(cibleOperation({ q: "dupont", statut: "ENREGISTREE" }).href!, "http://x").searchParams.get("portefeuille")).toBe("0");
    expect(new URL(cibleOperation({ q: "dupont", portefeuille: "1" }).href!, "http://x").searchParams.get("portefeuille")).toBe("1");
    expect(cibleOperation({ candidature: "c1" })).toEqual({ texte: "Un dossier", href: "/gestion/candidatures/c1" });
    expect(new URL(lienListe({ session: "s1", pieces: "a-controler" }), "http://x").searchParams.get("portefeuille")).toBe("0");
  });
});
