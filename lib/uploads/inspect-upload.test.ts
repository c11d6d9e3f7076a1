import { readFileSync } from "node:fs";
import { PDFDocument, StandardFonts } from "pdf-lib";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES, UPLOAD_REFUSALS } from "@/lib/domain/upload-rules";
import { inspectUpload } from "./inspect-upload";

// Issue 8 §4: every refusal the issue lists, answered in French, decided from the content.
let jpeg: Buffer;
let pdf: Buffer;
const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/fichiers/${name}`, import.meta.url));

beforeAll(async () => {
  jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 200, g: 120, b: 40 } } }).jpeg().toBuffer();
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < 3; i++) doc.addPage().drawText(`Page ${i + 1}`, { x: 50, y: 700, font });
  pdf = Buffer.from(await doc.save());
});

describe("inspectUpload accepts", () => {
  it("a PDF, with its page count, its SHA-256 and a clean name", async () => {
    const result = await inspectUpload(pdf, "Pièce d’identité recto-verso.PDF");
    expect(result).toMatchObject({ ok: true, file: { mime: "application/pdf", pages: 3, nom: "Pièce d’identité recto-verso.pdf", taille: pdf.length } });
    if (result.ok) expect(result.file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("a JPEG, with a thumbnail of at most 300 pixels", async () => {
    const result = await inspectUpload(jpeg, "IMG_1234.JPG");
    expect(result).toMatchObject({ ok: true, file: { mime: "image/jpeg", nom: "IMG_1234.jpg" } });
    if (!result.ok) return;
    const meta = await sharp(result.file.vignette!).metadata();
    expect(Math.max(meta.width!, meta.height!)).toBe(300);
  });

  it("a PDF with an owner password only (it opens without one, as administrations send them)", async () => {
    expect(await inspectUpload(fixture("proprietaire-seul.pdf"), "attestation.pdf")).toMatchObject({ ok: true, file: { pages: 1 } });
  });

  it("a name with folders, keeping only the file's own name", async () => {
    expect(await inspectUpload(pdf, "../../etc/passwd.pdf")).toMatchObject({ ok: true, file: { nom: "passwd.pdf" } });
    expect(await inspectUpload(pdf, "C:\\\\Users\\\\a\\\\..\\\\scan<1>.pdf")).toMatchObject({ ok: true, file: { nom: "scan1.pdf" } });
  });
});

describe("inspectUpload refuses, with its French message", () => {
  const cases: [string, () => [Uint8Array, string], keyof typeof UPLOAD_REFUSALS][] = [
    ["an empty file", () => [new Uint8Array(0), "vide.pdf"], "vide"],
    ["5 MB + 1 byte", () => [Buffer.concat([pdf, Buffer.alloc(MAX_UPLOAD_BYTES + 1 - pdf.length)]), "gros.pdf"], "trop_gros"],
    ["a JPEG renamed .pdf", () => [jpeg, "scan.pdf"], "extension"],
    ["a PDF renamed .jpg", () => [pdf, "photo.jpg"], "extension"],
    ["text renamed .jpg", () => [Buffer.from("Ceci n'est pas une image.\n"), "photo.jpg"], "type"],
    ["an SVG disguised as an image", () => [Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), "photo.jpg"], "type"],
    ["an HTML page disguised as a PDF", () => [Buffer.from("<!doctype html><html><script>alert(1)</script></html>"), "document.pdf"], "type"],
    ["a JPEG that is also a PDF (polyglot)", () => [Buffer.concat([jpeg, pdf]), "photo.jpg"], "polyglotte"],
    ["a JPEG carrying a script", () => [Buffer.concat([jpeg.subarray(0, 20), Buffer.from("<script>alert(1)</script>"), jpeg.subarray(20)]), "photo.jpg"], "polyglotte"],
    ["a PDF whose header is not at its start", () => [Buffer.concat([Buffer.from("GIF89a"), pdf]), "doc.pdf"], "type"],
    ["a PDF with an opening password", () => [fixture("protege.pdf"), "protege.pdf"], "pdf_protege"],
    ["a truncated PDF", () => [pdf.subarray(0, Math.floor(pdf.length * 0.6)), "tronque.pdf"], "pdf_illisible"],
    ["a PDF header followed by zeros", () => [Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(2000), Buffer.from("\n%%EOF\n")]), "vide.pdf"], "pdf_illisible"],
    ["a truncated JPEG", () => [jpeg.subarray(0, Math.floor(jpeg.length * 0.6)), "tronque.jpg"], "jpeg_illisible"],
  ];
  it.each(cases)("%s", async (_label, make, code) => {
    const [bytes, name] = make();
    expect(await inspectUpload(bytes, name)).toEqual({ ok: false, code, message: UPLOAD_REFUSALS[code] });
  });
});
