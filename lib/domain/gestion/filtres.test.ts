import { describe, expect, it } from "vitest";
import { portefeuilleChoisi, decoderCurseur, encoderCurseur, filtresEnParams, interpreterRecherche, motifContient, parseFiltres } from "./filtres";
import { normaliserTexte, nomTri, texteRecherche } from "./recherche";

describe("the list's filters in the URL", () => {
  it("keeps what is ours, drops the rest, and writes it back in a stable order", () => {
    const filtres = parseFiltres(new URLSearchParams("tri=recentes&q=Dupont&pieces=a-controler&statut=NIMPORTE&portefeuille=1&x=1"));
    expect(filtres).toEqual({ tri: "recentes", q: "Dupont", pieces: "a-controler", portefeuille: "1" });
    expect(filtresEnParams(filtres, { type: "RELANCE_PIECES" }).toString()).toBe("pieces=a-controler&portefeuille=1&q=Dupont&tri=recentes&type=RELANCE_PIECES");
    expect(parseFiltres(filtresEnParams(filtres))).toEqual(filtres);
  });

  it("takes control characters and lone surrogates out of the search", () => {
    expect(parseFiltres({ q: "a\u0000@b\ud800" })).toEqual({ q: "a @b\ufffd" });
  });
});

describe("the search box", () => {
  it("reads an address, a numéro or names", () => {
    expect(interpreterRecherche("  Camille.Martin@Example.FR ")).toEqual({ type: "email", email: "camille.martin@example.fr" });
    expect(interpreterRecherche("2027-06-bacpro-000123")).toEqual({ type: "numero", numero: "2027-06-BACPRO-000123" });
    expect(interpreterRecherche("  Éloïse   D'AUBIGNÉ ")).toEqual({ type: "nom", mots: ["eloise", "d", "aubigne"] });
    expect(interpreterRecherche("   ")).toBeNull();
    expect(interpreterRecherche("!!!")).toBeNull();
  });

  it("takes % and _ literally", () => {
    expect(motifContient("50%_a")).toBe("%50\\%\\_a%");
  });

  it("normalises names the same way for the columns and the query", () => {
    expect(normaliserTexte("Œuvray-Lætitia  ÉLOÏSE ß")).toBe("oeuvray laetitia eloise ss");
    expect(nomTri({ nomNaissance: "Martin", nomUsage: "Dupont", prenoms: "Zoé" })).toBe("dupont zoe");
    expect(texteRecherche({ nomNaissance: "Martin", nomUsage: "Dupont", prenoms: "Zoé" })).toBe("martin dupont zoe");
  });
});

describe("keyset cursors", () => {
  it("round-trip and refuse anything forged", () => {
    const c = { valeur: "dupont zoe", id: "cm1abc" };
    expect(decoderCurseur(encoderCurseur(c))).toEqual(c);
    expect(decoderCurseur("nimporte")).toBeNull();
    expect(decoderCurseur(Buffer.from('["a","b c"]').toString("base64url"))).toBeNull();
    expect(decoderCurseur(Buffer.from('{"a":1}').toString("base64url"))).toBeNull();
    expect(decoderCurseur("A".repeat(500))).toBeNull();
  });

  it("holds a value the sort's column can hold, without control characters", () => {
    const date = encoderCurseur({ valeur: "2026-11-20T10:00:00.000", id: "cm1abc" });
    expect(decoderCurseur(date, "createdAt")).toEqual({ valeur: "2026-11-20T10:00:00.000", id: "cm1abc" });
    expect(decoderCurseur(encoderCurseur({ valeur: "abc", id: "cm1abc" }), "createdAt")).toBeNull();
    expect(decoderCurseur(encoderCurseur({ valeur: "a\u0000b", id: "cm1abc" }), "nomTri")).toBeNull();
    expect(decoderCurseur(encoderCurseur({ valeur: "\ud800", id: "cm1abc" }), "nomTri")).toBeNull();
  });
});

describe("which dossiers a list shows", () => {
  it("follows the URL, else the manager's portfolio first", () => {
    expect(portefeuilleChoisi(undefined, true)).toBe("1");
    expect(portefeuilleChoisi(undefined, false)).toBe("0");
    expect(portefeuilleChoisi("0", true)).toBe("0");
    expect(portefeuilleChoisi("1", false)).toBe("1");
    expect(portefeuilleChoisi("nimporte", true)).toBe("1");
  });
});
