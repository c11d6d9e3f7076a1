import "server-only";
import type { Db } from "@/lib/db";
import type { Refus } from "@/lib/domain/catalogue/refus";
import { estIdentifiant } from "@/lib/domain/identifiant";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import { oublierCatalogueEnCache } from "@/lib/server/candidatures/load-validation-context";
import { estAdminNational } from "./acces";
import { epreuveUtilisee } from "./epreuve-utilisee";

export type ResultatSuppressionEpreuve = { ok: true; mode: "supprimee" | "desactivee"; specialite: string | null } | Refus;

/**
 * Removes an épreuve, by the national admin only; one that saved candidatures may refer to is
 * deactivated instead (it stays in the catalogue, out of the rules).
 */
export async function supprimerEpreuve(
  db: Db,
  { actor, id }: { actor: AuditActor; id: string },
  { now, ip = null }: { now: Date; ip?: string | null },
): Promise<ResultatSuppressionEpreuve> {
  if (!estAdminNational(actor)) return { ok: false, code: "interdit" };
  if (!estIdentifiant(id)) return { ok: false, code: "epreuve-inconnue" };
  const resultat = await db.$transaction(async (tx): Promise<ResultatSuppressionEpreuve> => {
    const row = await tx.epreuve.findUnique({
      where: { id },
      select: { examenId: true, specialiteId: true, code: true, libelle: true, secteur: true, actif: true, specialite: { select: { codeDiplome: true } } },
    });
    if (!row) return { ok: false, code: "epreuve-inconnue" };
    const specialite = row.specialite?.codeDiplome ?? null;
    const avant = { code: row.code, libelle: row.libelle, secteur: row.secteur, specialite, actif: row.actif };
    if (await epreuveUtilisee(tx, row)) {
      if (!row.actif) return { ok: false, code: "deja-desactivee" };
      await tx.epreuve.update({ where: { id }, data: { actif: false } });
      await recordAuditEvent(tx, { actor, action: "catalogue.epreuve_desactivee", entityType: "Epreuve", entityId: id, before: avant, after: { actif: false }, ip, at: now });
      return { ok: true, mode: "desactivee", specialite };
    }
    await tx.epreuve.delete({ where: { id } });
    await recordAuditEvent(tx, { actor, action: "catalogue.epreuve_supprimee", entityType: "Epreuve", entityId: id, before: avant, ip, at: now });
    return { ok: true, mode: "supprimee", specialite };
  });
  if (resultat.ok) oublierCatalogueEnCache();
  return resultat;
}
