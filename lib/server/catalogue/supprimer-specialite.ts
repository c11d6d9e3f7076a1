import "server-only";
import type { Db } from "@/lib/db";
import type { Refus } from "@/lib/domain/catalogue/refus";
import { estIdentifiant } from "@/lib/domain/identifiant";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import { oublierCatalogueEnCache } from "@/lib/server/candidatures/load-validation-context";
import { estAdminNational } from "./acces";

export type ResultatSuppression = { ok: true; mode: "supprimee" | "desactivee" } | Refus;

/**
 * Removes a spécialité and its own épreuves, by the national admin only. One that saved
 * candidatures name is deactivated instead: their dossiers, documents and portfolios keep reading
 * it, and candidates can no longer choose it.
 */
export async function supprimerSpecialite(
  db: Db,
  { actor, id }: { actor: AuditActor; id: string },
  { now, ip = null }: { now: Date; ip?: string | null },
): Promise<ResultatSuppression> {
  if (!estAdminNational(actor)) return { ok: false, code: "interdit" };
  if (!estIdentifiant(id)) return { ok: false, code: "specialite-inconnue" };
  const resultat = await db.$transaction(async (tx): Promise<ResultatSuppression> => {
    // Locked, so that a candidate's ENREGISTRER cannot name it between the count and the delete.
    const [row] = await tx.$queryRaw<{ id: string; codeDiplome: string; libelle: string; active: boolean }[]>`
      SELECT "id", "codeDiplome", "libelle", "active" FROM "Specialite" WHERE "id" = ${id} FOR UPDATE`;
    if (!row) return { ok: false, code: "specialite-inconnue" };
    const utilisee = (await tx.candidature.count({ where: { specialiteId: id } })) > 0;
    const avant = { codeDiplome: row.codeDiplome, libelle: row.libelle, active: row.active };
    if (utilisee) {
      if (!row.active) return { ok: false, code: "deja-desactivee" };
      await tx.specialite.update({ where: { id }, data: { active: false } });
      await recordAuditEvent(tx, { actor, action: "catalogue.specialite_desactivee", entityType: "Specialite", entityId: id, before: avant, after: { active: false }, ip, at: now });
      return { ok: true, mode: "desactivee" };
    }
    const epreuves = await tx.epreuve.findMany({ where: { specialiteId: id }, select: { code: true } });
    await tx.specialite.delete({ where: { id } });
    await recordAuditEvent(tx, {
      actor,
      action: "catalogue.specialite_supprimee",
      entityType: "Specialite",
      entityId: id,
      before: { ...avant, epreuves: epreuves.map((e) => e.code) },
      ip,
      at: now,
    });
    return { ok: true, mode: "supprimee" };
  });
  if (resultat.ok) oublierCatalogueEnCache();
  return resultat;
}
