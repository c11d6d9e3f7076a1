import "server-only";
import type { Readable } from "node:stream";
import { getDb } from "@/lib/db";
import { estIdentifiant } from "@/lib/domain/identifiant";
import type { SessionAccount } from "@/lib/server/auth/validate-auth-session";
import { getStorage } from "@/lib/storage";
import { vignetteKey } from "./ajouter-fichier";

export type FichierLu = { body: Readable; size: number; nom: string; typeMime: string };

/**
 * A piece's file for the one who may read it [issue 8 §5]: the candidate who owns the candidature,
 * or staff of its académie (a national admin: any). Decided in the query itself; null otherwise,
 * which the route answers with a 404 (the same as a file that does not exist).
 */
export async function lireFichier(
  reader: Pick<SessionAccount, "id" | "role" | "academieId">,
  { candidatureId, fichierId, vignette = false }: { candidatureId: string; fichierId: string; vignette?: boolean },
): Promise<FichierLu | null> {
  if (!estIdentifiant(candidatureId) || !estIdentifiant(fichierId)) return null;
  const scope =
    reader.role === "CANDIDAT"
      ? { accountId: reader.id }
      : reader.role === "ADMIN_NATIONAL"
        ? {}
        : reader.academieId
          ? { session: { academieId: reader.academieId } }
          : null;
  if (scope === null) return null;
  const db = await getDb();
  const fichier = await db.justificatifFichier.findFirst({
    where: { id: fichierId, supprimeAt: null, justificatif: { candidature: { id: candidatureId, ...scope } } },
    select: { storageKey: true, nomOriginal: true, typeMime: true },
  });
  if (!fichier) return null;
  if (vignette && fichier.typeMime !== "image/jpeg") return null;
  const stored = await getStorage().getStream(vignette ? vignetteKey(fichier.storageKey) : fichier.storageKey);
  if (!stored) return null;
  return { ...stored, nom: fichier.nomOriginal, typeMime: vignette ? "image/jpeg" : fichier.typeMime };
}
