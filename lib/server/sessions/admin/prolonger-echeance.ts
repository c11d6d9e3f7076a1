import "server-only";
import type { Db } from "@/lib/db";
import { instantToLocal } from "@/lib/domain/calendar";
import { deciderProlongation, type Echeance } from "@/lib/domain/session/prolongation";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import type { Scope } from "@/lib/server/gestion/scope";

export type ChampProlongation = "echeance" | "nouvelleLocal" | "motif";
export type ResultatProlongation = { ok: true; nouvelle: Date } | { ok: false; fieldErrors?: Partial<Record<ChampProlongation, string>>; introuvable?: true };

const INITIALE = { inscriptionCloture: "inscriptionClotureInitiale", depotCloture: "depotClotureInitiale", confirmationLimite: "confirmationLimiteInitiale" } as const;
const LOCALE = { inscriptionCloture: "inscriptionClotureLocal", depotCloture: "depotClotureLocal", confirmationLimite: "confirmationLimiteLocal" } as const;

/**
 * Pushes a deadline of a session back [issue 10 §4] (an outage on the last evening): the session's
 * own column moves, so every check the server makes reads the new instant at once; the decision is
 * recorded (who, when, from, to, why) and announced to candidates; the first value is kept as
 * « initialement ». The session row is locked: two admins extending at once are applied one after
 * the other, each against the deadline the other left.
 */
export async function prolongerEcheance(
  db: Db,
  sessionId: string,
  demande: { echeance: Echeance; nouvelleLocal: string; motif: string },
  ctx: { scope: Scope; acteur: AuditActor; now: Date; ip?: string | null },
): Promise<ResultatProlongation> {
  return db.$transaction(async (tx) => {
    const [verrou] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Session" WHERE "id" = ${sessionId} AND "academieId" = ${ctx.scope.academieId} FOR UPDATE`;
    if (!verrou) return { ok: false, introuvable: true } as const;
    const session = await tx.session.findUniqueOrThrow({
      where: { id: sessionId },
      select: { inscriptionCloture: true, depotCloture: true, confirmationLimite: true, inscriptionClotureInitiale: true, depotClotureInitiale: true, confirmationLimiteInitiale: true, academie: { select: { timeZone: true } } },
    });
    const zone = session.academie.timeZone;
    const actuelle = session[demande.echeance];
    const decision = deciderProlongation({ ...demande, actuelle, zone });
    if (!decision.ok) return { ok: false, fieldErrors: decision.fieldErrors } as const;
    const local = instantToLocal(decision.nouvelle, zone);
    await tx.session.update({
      where: { id: sessionId },
      data: { [demande.echeance]: decision.nouvelle, [LOCALE[demande.echeance]]: local, [INITIALE[demande.echeance]]: session[INITIALE[demande.echeance]] ?? actuelle },
    });
    await tx.prolongationSession.create({
      data: { sessionId, echeance: demande.echeance, ancienne: actuelle!, nouvelle: decision.nouvelle, nouvelleLocal: local, motif: decision.motif, auteurId: ctx.acteur.id, at: ctx.now },
    });
    await recordAuditEvent(tx, {
      actor: ctx.acteur,
      action: "session.echeance_prolongee",
      entityType: "Session",
      entityId: sessionId,
      academieId: ctx.scope.academieId,
      before: { echeance: demande.echeance, instant: actuelle!.toISOString() },
      after: { echeance: demande.echeance, instant: decision.nouvelle.toISOString(), local, zone, motif: decision.motif },
      ip: ctx.ip ?? null,
      at: ctx.now,
    });
    return { ok: true, nouvelle: decision.nouvelle } as const;
  });
}
