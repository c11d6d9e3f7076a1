import "server-only";
import { getDb } from "@/lib/db";
import { estIdentifiant } from "@/lib/domain/identifiant";
import { apercuPremierePage } from "@/lib/pdf/apercu";
import { getStorage } from "@/lib/storage";
import type { Scope } from "@/lib/server/gestion/scope";
import { vignetteKey } from "./ajouter-fichier";

export const apercuKey = (storageKey: string) => `${storageKey}-apercu.png`;

export type Apercu = { bytes: Buffer; typeMime: "image/png" | "image/jpeg" };

/**
 * What the review queue shows beside the decision [issue 9 §5]: a PDF's first page as a PNG (drawn
 * once, then kept beside the file), a JPEG's thumbnail; for the staff of the file's académie only,
 * decided in the query (null otherwise: a 404, as for a file that does not exist).
 */
export async function apercuFichier(scope: Scope, { candidatureId, fichierId }: { candidatureId: string; fichierId: string }): Promise<Apercu | null> {
  if (!estIdentifiant(candidatureId) || !estIdentifiant(fichierId)) return null;
  const db = await getDb();
  const fichier = await db.justificatifFichier.findFirst({
    where: { id: fichierId, supprimeAt: null, justificatif: { candidature: { id: candidatureId, academieId: scope.academieId } } },
    select: { storageKey: true, typeMime: true },
  });
  if (!fichier) return null;
  const storage = getStorage();
  if (fichier.typeMime === "image/jpeg") {
    const vignette = await storage.get(vignetteKey(fichier.storageKey));
    return vignette ? { bytes: vignette, typeMime: "image/jpeg" } : null;
  }
  if (fichier.typeMime !== "application/pdf") return null;
  const deja = await storage.get(apercuKey(fichier.storageKey));
  if (deja) return { bytes: deja, typeMime: "image/png" };
  const pdf = await storage.get(fichier.storageKey);
  if (!pdf) return null;
  let png: Buffer;
  try {
    png = await apercuPremierePage(pdf);
  } catch {
    // Accepted at upload, yet pdf.js cannot draw it now: the manager opens the PDF itself.
    return null;
  }
  await storage.put(apercuKey(fichier.storageKey), png, { contentType: "image/png" });
  return { bytes: png, typeMime: "image/png" };
}
