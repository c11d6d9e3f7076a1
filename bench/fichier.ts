import { randomUUID } from "node:crypto";
import sharp from "sharp";

// The file of the upload scenario: a JPEG of about `octets` bytes, as a phone's photo of a
// document weighs, made of deterministic noise (which JPEG cannot shrink) so that its size is
// set by its dimensions; and the multipart body that carries it, built once for the whole run.

export async function jpegDe(octets: number): Promise<Buffer> {
  const image = async (cote: number) => {
    const raw = Buffer.alloc(cote * cote * 3);
    for (let i = 0; i < raw.length; i += 1) raw[i] = (i * 7919 + (i >> 5) * 104729) % 251;
    return sharp(raw, { raw: { width: cote, height: cote, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
  };
  // The size grows as the square of the side: two corrections land within a few per cent.
  let cote = 600;
  let jpeg = await image(cote);
  for (let i = 0; i < 3; i += 1) {
    cote = Math.max(16, Math.round(cote * Math.sqrt(octets / jpeg.byteLength)));
    jpeg = await image(cote);
  }
  return jpeg;
}

/** A multipart/form-data body holding one file, as a browser posts a file input. */
export function multipartFichier(champ: string, nom: string, type: string, contenu: Buffer): { body: Buffer; contentType: string; octets: number } {
  const boundary = `----portailbench${randomUUID().replace(/-/g, "")}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${champ}"; filename="${nom}"\r\nContent-Type: ${type}\r\n\r\n`),
    contenu,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}`, octets: contenu.byteLength };
}
