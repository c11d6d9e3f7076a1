import "server-only";
import type { Prisma, Role } from "@prisma/client";
import type { Db, Tx } from "@/lib/db";

export type AuditActor = { id: string; role: Role; academieId: string | null };

export type AuditEventInput = {
  /** Who acted; null for the public (account creation, a link followed from a mail). */
  actor?: AuditActor | null;
  /** "compte.cree", "mot_de_passe.reinitialise"… */
  action: string;
  entityType: string;
  entityId?: string | null;
  academieId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  ip?: string | null;
  at: Date;
};

/** One row of "who did what, when". Never put a password, a token or its hash in before/after. */
export async function recordAuditEvent(db: Db | Tx, event: AuditEventInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: event.actor?.id ?? null,
      actorRole: event.actor?.role ?? null,
      academieId: event.academieId ?? event.actor?.academieId ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      ...(event.before !== undefined ? { before: event.before } : {}),
      ...(event.after !== undefined ? { after: event.after } : {}),
      ip: event.ip ?? null,
      at: event.at,
    },
  });
}
