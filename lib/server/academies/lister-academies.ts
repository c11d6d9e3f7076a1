import "server-only";
import type { Db } from "@/lib/db";
import type { AuditActor } from "@/lib/server/audit/record-audit-event";

export type AcademieLigne = { code: string; nom: string; timeZone: string; departements: string[]; administrateurs: number; invitations: number };

/**
 * Every académie for a national admin (only their own for an académie's admin), sorted by name,
 * with its active admins d'académie and the invitations still pending.
 */
export async function listerAcademies(db: Db, actor: AuditActor): Promise<AcademieLigne[]> {
  if (actor.role !== "ADMIN_NATIONAL" && actor.role !== "ADMIN_ACADEMIE") return [];
  const where = actor.role === "ADMIN_NATIONAL" ? {} : { id: actor.academieId ?? "__aucune__" };
  const [academies, admins] = await Promise.all([
    db.academie.findMany({ where, select: { id: true, code: true, nom: true, timeZone: true, departements: true } }),
    db.account.findMany({ where: { role: "ADMIN_ACADEMIE", disabledAt: null, academie: where }, select: { academieId: true, activatedAt: true } }),
  ]);
  return academies
    .map((a) => {
      const siens = admins.filter((c) => c.academieId === a.id);
      return {
        code: a.code,
        nom: a.nom,
        timeZone: a.timeZone,
        departements: a.departements,
        administrateurs: siens.filter((c) => c.activatedAt !== null).length,
        invitations: siens.filter((c) => c.activatedAt === null).length,
      };
    })
    .sort((a, b) => a.nom.localeCompare(b.nom, "fr"));
}
