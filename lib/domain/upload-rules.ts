// What a pièce justificative file may be [issue 8 §4]: PDF or JPEG, at most 5 MB, decided from its
// content, never from its name. Pure rules and the French messages shown beside the piece.
import { fr } from "./typographie";

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export const ACCEPTED_TYPES = { "application/pdf": "pdf", "image/jpeg": "jpg" } as const;
export type AcceptedMime = keyof typeof ACCEPTED_TYPES;

export type UploadRefusal = "vide" | "trop_gros" | "type" | "extension" | "polyglotte" | "pdf_illisible" | "pdf_protege" | "jpeg_illisible";

export const UPLOAD_REFUSALS: Record<UploadRefusal, string> = {
  vide: fr`Le fichier est vide : choisissez le document à déposer.`,
  trop_gros: fr`Le fichier dépasse 5 Mo : réduisez-le (une photo moins grande, un PDF compressé) puis déposez-le de nouveau.`,
  type: fr`Ce fichier n'est ni un PDF ni une image JPEG, quel que soit son nom : déposez un fichier PDF ou JPEG.`,
  extension: fr`Le nom du fichier ne correspond pas à son contenu (une image JPEG nommée .pdf, ou l'inverse) : déposez le bon fichier, ou renommez-le avec l'extension .pdf, .jpg ou .jpeg qui lui correspond.`,
  polyglotte: fr`Ce fichier mêle plusieurs formats : il ne peut pas être accepté. Enregistrez votre document de nouveau en PDF ou en JPEG.`,
  pdf_illisible: fr`Ce PDF est illisible ou incomplet : ouvrez-le sur votre appareil pour le vérifier, puis déposez-le de nouveau.`,
  pdf_protege: fr`Ce PDF est protégé par un mot de passe : enregistrez-le sans mot de passe, puis déposez-le de nouveau.`,
  jpeg_illisible: fr`Cette image JPEG est illisible ou incomplète : reprenez la photo ou exportez-la de nouveau, puis déposez-la.`,
};

// Markers of another format inside the file: a document readable as two things is refused (a
// JPEG that is also a PDF or a web page would open differently for the manager than it was checked).
const FOREIGN_MARKERS: Record<AcceptedMime, string[]> = {
  "image/jpeg": ["%pdf-", "<html", "<script", "<svg", "<?xml", "<!doctype"],
  "application/pdf": ["<html", "<script", "<svg", "<!doctype"],
};

/**
 * True when the bytes also carry the marker of another format, or a PDF whose header is not at its
 * first byte (readers look for it further on: a JPEG can hide one). Data after a JPEG's end is
 * allowed: Android "motion photos" append their video there.
 */
export function looksPolyglot(bytes: Uint8Array, mime: AcceptedMime): boolean {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1").toLowerCase();
  if (FOREIGN_MARKERS[mime].some((marker) => text.includes(marker))) return true;
  return mime === "application/pdf" && !text.startsWith("%pdf-");
}

/** A PDF's last kilobyte holds its end marker; a truncated upload lacks it. */
export function hasPdfEnd(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-1024).toString("latin1");
  return /%%EOF\s*$/.test(tail);
}

/** The type a file's name announces (.pdf, .jpg, .jpeg, any case), or null for another or no extension. */
export function typeFromName(name: string): AcceptedMime | null {
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(name.trim())?.[1]?.toLowerCase();
  if (ext === "pdf") return "application/pdf";
  if (ext === "jpg" || ext === "jpeg") return "image/jpeg";
  return null;
}

/**
 * The name kept for display: no folders ("../../etc/passwd.pdf" → "passwd.pdf"), no control or
 * reserved characters, at most 100 characters, and the extension of what the file really is.
 */
export function sanitizeFileName(name: string, mime: AcceptedMime): string {
  const base = name.normalize("NFC").split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[.\s]+/, "")
    .trim();
  const stem = cleaned.replace(/\.[A-Za-z0-9]{1,5}$/, "").slice(0, 90).trim() || "document";
  return `${stem}.${ACCEPTED_TYPES[mime]}`;
}
