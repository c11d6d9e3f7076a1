import "server-only";
import { getDb, type Db } from "@/lib/db";
import { estIdentifiant } from "@/lib/domain/identifiant";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";

export type EtatPersonnelRefus = "introuvable" | "soi-meme" | "deja";
export type EtatPersonnelResultat = { ok: true; nom: string } | { ok: false; code: EtatPersonnelRefus };

/**
 * Deactivates (or reactivates) a staff account [issue 10 §6]: an admin d'académie for their
 * académie's gestionnaires and admins, a national admin for any staff. Deactivating ends every
 * open session at once (the session version moves on and the sessions are revoked); the account
 * can no longer sign in. Never oneself. Audited.
 */
export async function changerEtatPersonnel(
  { actor, accountId, actif }: { actor: AuditActor; accountId: string; actif: boolean },
  { now, ip = null, db }: { now: Date; ip?: string | null; db?: Db },
): Promise<EtatPersonnelResultat> {
  if (!estIdentifiant(accountId) || (actor.role !== "ADMIN_ACADEMIE" && actor.role !== "ADMIN_NATIONAL")) return { ok: false, code: "introuvable" };
  if (accountId === actor.id) return { ok: false, code: "soi-meme" };
  const client = db ?? (await getDb());
  return client.$transaction(async (tx): Promise<EtatPersonnelResultat> => {
    const [cible] =
      actor.role === "ADMIN_NATIONAL"
        ? await tx.$queryRaw<{ id: string; disabledAt: Date | null; prenoms: string; nomNaissance: string }[]>`
            SELECT "id", "disabledAt", "prenoms", "nomNaissance" FROM "Account" WHERE "id" = ${accountId} AND "role" <> 'CANDIDAT' FOR UPDATE`
        : await tx.$queryRaw<{ id: string; disabledAt: Date | null; prenoms: string; nomNaissance: string }[]>`
            SELECT "id", "disabledAt", "prenoms", "nomNaissance" FROM "Account"
             WHERE "id" = ${accountId} AND "role" IN ('GESTIONNAIRE', 'ADMIN_ACADEMIE') AND "academieId" = ${actor.academieId ?? "__aucune__"} FOR UPDATE`;
    if (!cible) return { ok: false, code: "introuvable" };
    if ((cible.disabledAt === null) === actif) return { ok: false, code: "deja" };
    if (actif) {
      await tx.account.update({ where: { id: cible.id }, data: { disabledAt: null } });
    } else {
      await tx.account.update({ where: { id: cible.id }, data: { disabledAt: now, sessionVersion: { increment: 1 } } });
      await tx.authSession.updateMany({ where: { accountId: cible.id, revokedAt: null }, data: { revokedAt: now } });
    }
    await recordAuditEvent(tx, {
      actor,
      action: actif ? "personnel.reactive" : "personnel.desactive",
      entityType: "Account",
      entityId: cible.id,
      before: { disabledAt: cible.disabledAt?.toISOString() ?? null },
      after: { disabledAt: actif ? null : now.toISOString() },
      ip,
      at: now,
    });
    return { ok: true, nom: `${cible.prenoms} ${cible.nomNaissance}` };
  });
}
