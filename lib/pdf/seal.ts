import { pdflibAddPlaceholder } from "@signpdf/placeholder-pdf-lib";
import { SignPdf } from "@signpdf/signpdf";
import type { PDFDocument } from "pdf-lib";
import { CachetSigner } from "./signer";

// The PAdES seal (adbe.pkcs7.detached, SHA-256) with @signpdf 3.3.0: a placeholder added with
// pdf-lib, the document saved without object streams (the signature dictionary must stay a plain
// object whose byte range the signer finds), then signed with the P12 (./signer.ts: P12Signer with
// a node-forge correction for issuers beyond ASCII, the key opened once, native RSA). In ESM the default export
// of @signpdf/signpdf is an instance, not callable: `new SignPdf().sign(pdf, signer)`.

export type Cachet = { p12: Uint8Array; passphrase: string };

export type SealInfo = { reason: string; name: string; location: string; contactInfo: string };

/** PDF strings here are written byte per character: keep to Latin-1, with plain apostrophes. */
function latin1(text: string): string {
  const latin = (c: string) => c.length === 1 && c >= " " && c !== "\x7f" && c <= "\u00ff";
  return [...text.replace(/[’‘]/g, "'").replace(/[–—]/g, "-").replace(/[\u00a0\u202f]/g, " ").normalize("NFC")]
    .map((c) => (latin(c) ? c : [...c.normalize("NFKD")].filter(latin).join("")))
    .join("");
}

export async function sealPdf(doc: PDFDocument, cachet: Cachet, info: SealInfo, signingTime: Date): Promise<Uint8Array> {
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: latin1(info.reason),
    name: latin1(info.name),
    location: latin1(info.location),
    contactInfo: latin1(info.contactInfo),
    signingTime,
  });
  const unsigned = await doc.save({ useObjectStreams: false });
  const signer = new CachetSigner(cachet);
  const signed = await new SignPdf().sign(Buffer.from(unsigned), signer, signingTime);
  return new Uint8Array(signed.buffer, signed.byteOffset, signed.byteLength);
}
