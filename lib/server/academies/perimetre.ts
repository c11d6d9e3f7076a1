import "server-only";
import type { Db, Tx } from "@/lib/db";
import { accesAcademie, type AccesAcademie } from "@/lib/domain/gestion/academies";
import type { AuditActor } from "@/lib/server/audit/record-audit-event";

/** What a service may reach of the académie `code`: the académie, and how much of it. */
export type AcademieAtteinte = { id: string; code: string; acces: AccesAcademie };

/**
 * The académie `code` if the actor may edit it: any for a national admin, their own for an
 * académie's admin (the WHERE says so), nothing for anyone else. Every service of this folder
 * starts here, whatever the page or action checked before.
 */
export async function academieDansPerimetre(db: Db | Tx, actor: AuditActor, code: string): Promise<AcademieAtteinte | null> {
  if (actor.role !== "ADMIN_NATIONAL" && actor.role !== "ADMIN_ACADEMIE") return null;
  if (typeof code !== "string" || !/^[0-9A-Za-z]{1,4}$/.test(code)) return null;
  const academie = await db.academie.findFirst({
    where: { code, ...(actor.role === "ADMIN_NATIONAL" ? {} : { id: actor.academieId ?? "__aucune__" }) },
    select: { id: true, code: true },
  });
  if (!academie) return null;
  const acces = accesAcademie(actor, academie.id);
  return acces ? { ...academie, acces } : null;
}
