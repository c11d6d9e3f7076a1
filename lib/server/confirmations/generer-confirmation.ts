import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { formatCodeVerification } from "@/lib/domain/confirmation/code-verification";
import { contenuConfirmation, type ConfirmationSource } from "@/lib/domain/confirmation/contenu";
import { getCachet, type CachetCharge } from "@/lib/pdf/cachet";
import { buildConfirmationDocument } from "@/lib/pdf/confirmation";
import { loadFonts } from "@/lib/pdf/fonts";
import { sealPdf } from "@/lib/pdf/seal";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { notifierNouveauDocument } from "@/lib/server/documents/notifier-document";
import { isUniqueViolation } from "@/lib/server/unique-violation";
import { getStorage, newStorageKey } from "@/lib/storage";
import { documentHmac, sha256Hex } from "./document-hmac";
import { lireSourceConfirmation } from "./source-confirmation";

export type ConfirmationStockee = {
  id: string;
  storageKey: string;
  codeVerification: string;
  createdAt: Date;
  /** False when it existed already (a second run, or another instance first). */
  creee: boolean;
};

const SELECT = { id: true, storageKey: true, codeVerification: true, createdAt: true } as const;

/** "https://candidats.example.fr/verifier/7KQ2-M9XD-4HTV": what the QR code and the text give. */
export function urlVerification(code: string, appUrl = env().APP_URL): string {
  return `${appUrl.replace(/\/+$/, "")}/verifier/${code}`;
}

/** Lays out, seals and returns the PDF of a confirmation (no storage, no database). */
export async function produireConfirmationPdf(source: ConfirmationSource, cachet: Pick<CachetCharge, "p12" | "passphrase">): Promise<Uint8Array> {
  const contenu = contenuConfirmation(source);
  const auteur = contenu.emetteur[0] ?? "";
  const doc = await buildConfirmationDocument(contenu, { fonts: await loadFonts(), now: source.genereAt, auteur });
  return sealPdf(
    doc,
    cachet,
    { reason: `${contenu.titre} ${source.numero}, version ${source.version}`, name: "Portail des candidats individuels", location: auteur, contactInfo: source.verification.url },
    source.genereAt,
  );
}

async function existante(db: Db, candidatureId: string, version: number) {
  const doc = await db.document.findUnique({
    where: { candidatureId_type_candidatureVersion: { candidatureId, type: "CONFIRMATION_INSCRIPTION", candidatureVersion: version } },
    select: SELECT,
  });
  return doc?.storageKey && doc.codeVerification ? { ...doc, storageKey: doc.storageKey, codeVerification: doc.codeVerification, creee: false } : null;
}

/**
 * The confirmation d'inscription of a saved version, generated once: sealed, its HMAC and SHA-256
 * kept on its Document row, its bytes in the file storage under an opaque key. Idempotent: a
 * second call (the job retried, a download racing the job, another instance) finds the row and
 * does nothing; of two runs at once, the unique (candidature, type, version) keeps one and the
 * other removes its file. Null when that version does not exist.
 */
export async function genererConfirmation(
  { candidatureId, version }: { candidatureId: string; version: number },
  { now, db }: { now: Date; db?: Db },
): Promise<ConfirmationStockee | null> {
  const client = db ?? (await getDb());
  const deja = await existante(client, candidatureId, version);
  if (deja) return deja;

  const source = await lireSourceConfirmation(client, candidatureId, version);
  if (!source) return null;
  const code = formatCodeVerification(randomBytes(8));
  const bytes = await produireConfirmationPdf({ ...source, genereAt: now, verification: { code, url: urlVerification(code) } }, getCachet(now));

  const storageKey = newStorageKey("documents/confirmations", now);
  const storage = getStorage();
  await storage.put(storageKey, bytes);
  try {
    const doc = await client.$transaction(async (tx) => {
      const created = await tx.document.create({
        data: {
          candidatureId,
          type: "CONFIRMATION_INSCRIPTION",
          titre: `Confirmation d’inscription, version ${version}`,
          storageKey,
          candidatureVersion: version,
          codeVerification: code,
          hmac: documentHmac(bytes),
          sha256: sha256Hex(bytes),
          taille: bytes.byteLength,
          createdAt: now,
        },
        select: SELECT,
      });
      await recordAuditEvent(tx, {
        action: "document.confirmation.generee",
        entityType: "Document",
        entityId: created.id,
        academieId: source.academieId,
        after: { candidatureId, version, codeVerification: code },
        at: now,
      });
      await notifierNouveauDocument(tx, { candidatureId, type: "CONFIRMATION_INSCRIPTION", at: now });
      return created;
    });
    return { ...doc, storageKey, codeVerification: code, creee: true };
  } catch (error) {
    // No file without its row: whatever happened, ours goes.
    await storage.delete(storageKey);
    if (isUniqueViolation(error)) {
      const gagnante = await existante(client, candidatureId, version);
      if (gagnante) return gagnante;
    }
    throw error;
  }
}
