import "server-only";
import { getDb, type Db } from "@/lib/db";
import { calendarDateToUtc } from "@/lib/domain/account/birth-date";
import type { IdentityInput } from "@/lib/domain/account/schemas";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";

/**
 * Names, birth date and birth country, changeable only while the account has no candidature:
 * afterwards Cyclades freezes them and the service gestionnaire corrects them [C:S23].
 */
export async function updateIdentity(
  { actor, input }: { actor: AuditActor; input: IdentityInput },
  { now, ip, db }: { now: Date; ip?: string | null; db?: Db },
): Promise<{ ok: true } | { ok: false; code: "figee" }> {
  const client = db ?? (await getDb());
  return client.$transaction(async (tx) => {
    const account = await tx.account.findUniqueOrThrow({
      where: { id: actor.id },
      select: { civilite: true, nomNaissance: true, nomUsage: true, prenoms: true, dateNaissance: true, paysNaissance: true, _count: { select: { candidatures: true } } },
    });
    if (account._count.candidatures > 0) return { ok: false as const, code: "figee" as const };
    const data = {
      civilite: input.civilite,
      nomNaissance: input.nomNaissance,
      nomUsage: input.nomUsage,
      prenoms: input.prenoms,
      dateNaissance: calendarDateToUtc(input.dateNaissance),
      paysNaissance: input.paysNaissance,
    };
    await tx.account.update({ where: { id: actor.id }, data });
    const { _count, ...before } = account;
    await recordAuditEvent(tx, {
      actor,
      action: "identite.modifiee",
      entityType: "Account",
      entityId: actor.id,
      before: { ...before, dateNaissance: before.dateNaissance?.toISOString().slice(0, 10) ?? null },
      after: { ...data, dateNaissance: data.dateNaissance.toISOString().slice(0, 10) },
      ip,
      at: now,
    });
    return { ok: true as const };
  });
}
