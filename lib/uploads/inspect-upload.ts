import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { ACCEPTED_TYPES, hasPdfEnd, looksPolyglot, MAX_UPLOAD_BYTES, sanitizeFileName, typeFromName, UPLOAD_REFUSALS, type AcceptedMime, type UploadRefusal } from "@/lib/domain/upload-rules";

export type InspectedUpload = {
  mime: AcceptedMime;
  nom: string;
  taille: number;
  sha256: string;
  /** PDF: its number of pages. */
  pages?: number;
  /** JPEG: a 300-pixel JPEG thumbnail for the managers' review. */
  vignette?: Buffer;
};

export type InspectResult = { ok: true; file: InspectedUpload } | { ok: false; code: UploadRefusal; message: string };

const refuse = (code: UploadRefusal): InspectResult => ({ ok: false, code, message: UPLOAD_REFUSALS[code] });

/**
 * Checks an uploaded file before anything is stored [issue 8 §4]: size, type by content
 * (file-type), a second format hidden inside, then a real parse: pdf.js opens the PDF (refused
 * when illegible or protected by an opening password; an owner-only password, common from
 * administrations, opens and is accepted) and sharp decodes the whole JPEG (a truncated one fails).
 */
export async function inspectUpload(bytes: Uint8Array, name: string): Promise<InspectResult> {
  if (bytes.byteLength === 0) return refuse("vide");
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return refuse("trop_gros");
  const detected = await fileTypeFromBuffer(bytes);
  const mime = detected?.mime;
  if (!mime || !(mime in ACCEPTED_TYPES)) return refuse("type");
  const accepted = mime as AcceptedMime;
  // A name that announces another type (a JPEG named .pdf): the person may have picked the wrong file.
  const announced = typeFromName(name);
  if (announced !== null && announced !== accepted) return refuse("extension");
  if (looksPolyglot(bytes, accepted)) return refuse("polyglotte");

  const base = { mime: accepted, nom: sanitizeFileName(name, accepted), taille: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") };
  if (accepted === "application/pdf") {
    if (!hasPdfEnd(bytes)) return refuse("pdf_illisible");
    const pages = await countPdfPages(bytes);
    if (typeof pages === "string") return refuse(pages);
    return { ok: true, file: { ...base, pages } };
  }
  try {
    const vignette = await sharp(bytes, { failOn: "warning" }).rotate().resize(300, 300, { fit: "inside" }).jpeg({ quality: 70 }).toBuffer();
    return { ok: true, file: { ...base, vignette } };
  } catch {
    return refuse("jpeg_illisible");
  }
}

async function countPdfPages(bytes: Uint8Array): Promise<number | "pdf_illisible" | "pdf_protege"> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdf.js may detach the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), useWorkerFetch: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  try {
    const pdf = await task.promise;
    return pdf.numPages > 0 ? pdf.numPages : "pdf_illisible";
  } catch (error) {
    return (error as { name?: string }).name === "PasswordException" ? "pdf_protege" : "pdf_illisible";
  } finally {
    await task.destroy();
  }
}
