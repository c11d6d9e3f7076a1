import "server-only";
import type { Db } from "@/lib/db";
import { fr } from "@/lib/domain/typographie";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import type { Scope } from "@/lib/server/gestion/scope";

export type ResultatPublication = { ok: true; publiee: boolean } | { ok: false; message: string; introuvable?: true };

/**
 * Publishes a session (its page and its registration open to candidates at the dates set) or
 * withdraws it [issue 10 §1]. A session is published only with what a candidate needs to register
 * (a compulsory language, the confirmation piece); one with candidatures stays published: its
 * candidates must keep reaching their dossiers.
 */
export async function publierSession(db: Db, sessionId: string, publier: boolean, ctx: { scope: Scope; acteur: AuditActor; now: Date; ip?: string | null }): Promise<ResultatPublication> {
  return db.$transaction(async (tx) => {
    const [verrou] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Session" WHERE "id" = ${sessionId} AND "academieId" = ${ctx.scope.academieId} FOR UPDATE`;
    if (!verrou) return { ok: false, message: "Session introuvable.", introuvable: true } as const;
    const session = await tx.session.findUniqueOrThrow({
      where: { id: sessionId },
      select: { publiee: true, languesLva: true, pieces: { select: { pieceCode: true } }, _count: { select: { candidatures: true } } },
    });
    if (session.publiee === publier) return { ok: true, publiee: publier } as const;
    if (publier) {
      if (session.languesLva.length === 0) return { ok: false, message: fr`Proposez au moins une langue vivante obligatoire (« Choix proposés ») avant de publier la session.` } as const;
      if (!session.pieces.some((p) => p.pieceCode === "CINSIG01"))
        return { ok: false, message: fr`Choisissez le mode de la confirmation d'inscription signée (« Pièces justificatives ») avant de publier la session.` } as const;
    } else if (session._count.candidatures > 0) {
      return { ok: false, message: fr`Des candidats ont déjà une candidature dans cette session : elle reste publiée pour qu'ils puissent la suivre.` } as const;
    }
    await tx.session.update({ where: { id: sessionId }, data: { publiee: publier } });
    await recordAuditEvent(tx, {
      actor: ctx.acteur,
      action: publier ? "session.publiee" : "session.retiree",
      entityType: "Session",
      entityId: sessionId,
      academieId: ctx.scope.academieId,
      before: { publiee: !publier },
      after: { publiee: publier },
      ip: ctx.ip ?? null,
      at: ctx.now,
    });
    return { ok: true, publiee: publier } as const;
  });
}
