import { describe, expect, it } from "vitest";
import { masquerNom } from "./masque";

describe("masquerNom", () => {
  it("keeps the initial of the first given name and of the family name", () => {
    expect(masquerNom({ prenoms: "Camille Marie", nom: "Exemple" })).toBe("C*** E***");
    expect(masquerNom({ prenoms: "jean-pierre", nom: "de la Fontaine" })).toBe("J*** D***");
  });

  it("keeps letters outside Latin-1 whole, in either Unicode form", () => {
    expect(masquerNom({ prenoms: "Łukasz", nom: "Nguyễn Thị" })).toBe("Ł*** N***");
    expect(masquerNom({ prenoms: "ğül", nom: "Øyvind" })).toBe("Ğ*** Ø***");
    // "É" typed as E + combining acute is one letter.
    expect(masquerNom({ prenoms: "E\u0301milie", nom: "\u00c9mond" })).toBe("É*** É***");
  });

  it("skips what is not a letter, and never shows an empty mask", () => {
    expect(masquerNom({ prenoms: " 'Anne", nom: "Exemple" })).toBe("A*** E***");
    expect(masquerNom({ prenoms: "", nom: "" })).toBe("***");
  });
});
