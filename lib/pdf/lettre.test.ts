import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { contenuLettre, type LettreSource } from "@/lib/domain/gestion/lettres";
import { pdfText } from "@/tests/fixtures/pdf";
import { CaracteresNonImprimablesError, loadFonts } from "./fonts";
import { assemblerPdf, renderLettre } from "./lettre";

const fenetre = { opensAt: new Date("2023-10-19T07:00:00Z"), closesAt: new Date("2023-12-01T16:00:00Z") };
const source = (over: Partial<LettreSource> = {}): LettreSource => ({
  type: "ANNULATION",
  academie: { nom: "Clermont-Ferrand", adressePostale: "3 avenue Vercingétorix\n63033 Clermont-Ferrand cedex 1", timeZone: "Europe/Paris" },
  examen: "Baccalauréat professionnel",
  session: "Session 2024",
  specialite: null,
  numero: "2024-06-BACPRO-000042",
  identite: { civilite: "MONSIEUR", nomNaissance: "Øyvind-Ğül", nomUsage: null, prenoms: "Łukasz" },
  adresse: { adresse: "« Les Tilleuls » 12 rue Haute", codePostal: "63000", commune: "Clermont-Ferrand", pays: "FR" },
  pieces: [{ pieceCode: "1NATID01", mode: "UPLOAD", etat: "A_FOURNIR", commentaire: null, fenetre }],
  message: "Dossier incomplet à la date limite.",
  clotureDepot: fenetre.closesAt,
  date: new Date("2023-12-04T09:00:00Z"),
  ...over,
});
const plat = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ");
const options = async () => ({ fonts: await loadFonts(), now: new Date("2023-12-04T09:00:00Z"), auteur: "Académie de Clermont-Ferrand" });

describe("renderLettre (pdf-lib, DejaVu Sans)", () => {
  it("prints the letter as text, names beyond Latin-1 included", async () => {
    const text = plat(await pdfText(await renderLettre(contenuLettre(source()), await options())));
    for (const attendu of ["Lettre recommandée avec accusé de réception", "Monsieur Łukasz ØYVIND-ĞÜL", "« Les Tilleuls » 12 rue Haute", "63000 CLERMONT-FERRAND", "Annulation de votre inscription", "Motif de l’annulation : Dossier incomplet à la date limite."])
      expect(text).toContain(attendu);
  });

  it("flows a long list onto numbered pages", async () => {
    const pieces = Array.from({ length: 40 }, () => ({ pieceCode: "CERTRV01", mode: "UPLOAD" as const, etat: "NON_CONFORME" as const, commentaire: "Commentaire assez long ".repeat(6), fenetre }));
    const text = await pdfText(await renderLettre(contenuLettre(source({ type: "RELANCE_PIECES", pieces })), await options()));
    expect(text.split("\f").length).toBeGreaterThan(1);
    expect(plat(text)).toContain("Page 1 sur");
  });

  it("refuses a character the font lacks instead of printing an empty box", async () => {
    await expect(renderLettre(contenuLettre(source({ message: "Motif 𝄞 inconnu" })), await options())).rejects.toBeInstanceOf(CaracteresNonImprimablesError);
  });

  it("puts several letters in one PDF, in order", async () => {
    const a = await renderLettre(contenuLettre(source()), await options());
    const b = await renderLettre(contenuLettre(source({ identite: { civilite: "MADAME", nomNaissance: "Durand", nomUsage: null, prenoms: "Alice" } })), await options());
    const tout = await assemblerPdf([a, b], { titre: "Lettres", now: new Date() });
    expect((await PDFDocument.load(tout)).getPageCount()).toBe(2);
    const pages = (await pdfText(tout)).split("\f").map(plat);
    expect(pages[0]).toContain("ØYVIND-ĞÜL");
    expect(pages[1]).toContain("Madame Alice DURAND");
  });
});
