import { describe, expect, it } from "vitest";
import { contenuConfirmation } from "@/lib/domain/confirmation/contenu";
import { sourceConfirmation } from "@/lib/domain/confirmation/test-fixtures";
import { pdfsig, pdfText, qrCodesOfFirstPage } from "@/tests/fixtures/pdf";
import { genererCertificatAutoSigne } from "./certificat";
import { renderConfirmation, buildConfirmationDocument } from "./confirmation";
import { CaracteresNonImprimablesError, imprimable, loadFonts } from "./fonts";
import { sealPdf } from "./seal";

const NOW = new Date("2023-11-20T14:05:02Z");
const OPTIONS = async () => ({ fonts: await loadFonts(), now: NOW, auteur: "Académie de Clermont-Ferrand" });
/** pdfjs gives each drawn line as an item; spaces normalised for comparisons. */
const plat = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ");

describe("renderConfirmation (pdf-lib, DejaVu Sans)", () => {
  it("prints names beyond Latin-1 and French typography as text, not as empty boxes", async () => {
    const text = plat(await pdfText(await renderConfirmation(contenuConfirmation(sourceConfirmation()), await OPTIONS())));
    for (const attendu of ["Nguyễn Thị", "Łukasz Ğül", "Øyvind-Ğül", "Lycée Ørsted", "Confirmation d’inscription", "2024-06-BCP-000042", "« Les Tilleuls » bât. B", "Signature du candidat", "Page 1 sur"])
      expect(text).toContain(attendu);
  });

  it("prints every letter of a document made after another in the same process (no subset state shared)", async () => {
    const source = sourceConfirmation();
    await renderConfirmation(contenuConfirmation({ ...source, identite: { ...source.identite, nomNaissance: "Martin", prenoms: "Zoé" } }), await OPTIONS());
    const apres = { ...source, identite: { ...source.identite, nomNaissance: "Durand", nomUsage: null, prenoms: "Camille" } };
    expect(plat(await pdfText(await renderConfirmation(contenuConfirmation(apres), await OPTIONS())))).toContain("Nom de naissance Durand Prénoms Camille Date de naissance");
  });

  it("puts the verification URL in a QR code that scans", async () => {
    const bytes = await renderConfirmation(contenuConfirmation(sourceConfirmation()), await OPTIONS());
    expect(qrCodesOfFirstPage(bytes)).toEqual(["http://localhost:3000/verifier/7KQ2-M9XD-4HTV"]);
  });

  it("flows a long candidature onto further pages, each numbered", async () => {
    const source = sourceConfirmation();
    const longue = { ...source, donnees: { ...source.donnees, informations: { ...source.donnees.informations, organisme: "Centre de formation ".repeat(400) } } };
    const text = await pdfText(await renderConfirmation(contenuConfirmation(longue), await OPTIONS()));
    const pages = text.split("\f");
    expect(pages.length).toBeGreaterThanOrEqual(4);
    pages.forEach((page, i) => expect(plat(page)).toContain(`Page ${i + 1} sur ${pages.length}`));
  });

  it("refuses a character the font lacks instead of printing .notdef, naming it", async () => {
    const source = sourceConfirmation();
    const chinois = { ...source, identite: { ...source.identite, prenoms: "Łukasz 中文" } };
    await expect(renderConfirmation(contenuConfirmation(chinois), await OPTIONS())).rejects.toThrow(CaracteresNonImprimablesError);
    await expect(renderConfirmation(contenuConfirmation(chinois), await OPTIONS())).rejects.toThrow("« 中 » (U+4E2D), « 文 » (U+6587)");
  });

  it("prints a compatibility character by its decomposition, and a decomposed letter composed", async () => {
    const { regular, bold } = await loadFonts();
    expect(imprimable("Ｅｔｉｅｎｎｅ", [regular, bold])).toBe("Etienne");
    expect(imprimable("Nguye\u0302\u0303n", [regular, bold])).toBe("Nguyễn");
  });
});

describe("sealPdf (@signpdf, PAdES)", () => {
  it("seals the whole document: pdfsig finds a valid SHA-256 signature, and one changed byte breaks it", async () => {
    const p12 = genererCertificatAutoSigne({ nom: "Cachet d’essai", passphrase: "essai" });
    const doc = await buildConfirmationDocument(contenuConfirmation(sourceConfirmation()), await OPTIONS());
    const signed = await sealPdf(doc, { p12, passphrase: "essai" }, { reason: "Confirmation d’inscription", name: "Portail", location: "Académie de Clermont-Ferrand", contactInfo: "http://localhost:3000" }, NOW);
    const report = pdfsig(signed);
    expect(report).toContain("Signature Validation: Signature is Valid.");
    expect(report).toContain("Total document signed");
    expect(report).toContain("Signing Hash Algorithm: SHA-256");
    expect(report).toContain("Signature Type: adbe.pkcs7.detached");
    // A name beyond ASCII in the certificate (./signer.ts corrects node-forge for it).
    expect(report).toContain("Signer Certificate Common Name: Cachet d’essai");

    // A byte of the page content (before the signature's hex), as an editor changing a letter would.
    const altered = Uint8Array.from(signed);
    const at = Buffer.from(signed).indexOf("/Contents", 0, "latin1") - 200;
    altered[at] = altered[at]! ^ 0x01;
    expect(pdfsig(altered)).toContain("Signature Validation: Digest Mismatch.");
  });
});
