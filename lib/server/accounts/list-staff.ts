import "server-only";
import { getDb, type Db } from "@/lib/db";
import type { Actor } from "@/lib/domain/account/roles";

/** Staff accounts the actor may see: their académie's, or all for a national admin. */
export async function listStaff(actor: Actor, { db }: { db?: Db } = {}) {
  const client = db ?? (await getDb());
  const scope = actor.role === "ADMIN_NATIONAL" ? {} : { academieId: actor.academieId ?? "__aucune__" };
  return client.account.findMany({
    where: { role: { not: "CANDIDAT" }, ...scope },
    select: { id: true, email: true, nomNaissance: true, prenoms: true, role: true, activatedAt: true, disabledAt: true, academie: { select: { nom: true } } },
    orderBy: [{ role: "asc" }, { nomNaissance: "asc" }],
    take: 500,
  });
}

/** Académies the actor may invite staff into. */
export async function listInvitableAcademies(actor: Actor, { db }: { db?: Db } = {}) {
  const client = db ?? (await getDb());
  if (actor.role === "ADMIN_NATIONAL") {
    const all = await client.academie.findMany({ select: { id: true, nom: true } });
    return all.sort((a, b) => a.nom.localeCompare(b.nom, "fr"));
  }
  if (actor.role === "ADMIN_ACADEMIE" && actor.academieId) {
    return client.academie.findMany({ where: { id: actor.academieId }, select: { id: true, nom: true } });
  }
  return [];
}
