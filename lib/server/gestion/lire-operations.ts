import "server-only";
import type { Db } from "@/lib/db";
import type { OperationType } from "@/lib/domain/gestion/operations";
import { estIdentifiant } from "@/lib/domain/identifiant";
import type { Scope } from "./scope";

// The académie's bulk operations [issue 9 §6–7], newest first, read WHERE "academieId" = the
// manager's: another académie's operation does not exist here.

export type OperationLue = {
  id: string;
  type: OperationType;
  message: string;
  filtres: unknown;
  total: number;
  traites: number;
  ignores: number;
  echecs: number;
  createdAt: Date;
  termineAt: Date | null;
  auteur: string;
  documents: number;
};

const SELECT = {
  id: true,
  type: true,
  message: true,
  filtres: true,
  total: true,
  traites: true,
  ignores: true,
  echecs: true,
  createdAt: true,
  termineAt: true,
  createdBy: { select: { prenoms: true, nomNaissance: true, nomUsage: true } },
  _count: { select: { documents: true } },
} as const;

type Row = { createdBy: { prenoms: string; nomNaissance: string; nomUsage: string | null }; _count: { documents: number } } & Omit<OperationLue, "auteur" | "documents">;

const lue = ({ createdBy, _count, ...op }: Row): OperationLue => ({ ...op, auteur: `${createdBy.prenoms} ${createdBy.nomUsage ?? createdBy.nomNaissance}`, documents: _count.documents });

export async function listerOperations(db: Db, scope: Scope, { limite = 100 }: { limite?: number } = {}): Promise<OperationLue[]> {
  const rows = await db.operationGroupee.findMany({ where: { academieId: scope.academieId }, select: SELECT, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limite });
  return rows.map(lue);
}

export async function lireOperation(db: Db, scope: Scope, id: string): Promise<OperationLue | null> {
  if (!estIdentifiant(id)) return null;
  const row = await db.operationGroupee.findFirst({ where: { id, academieId: scope.academieId }, select: SELECT });
  return row ? lue(row) : null;
}

export type IssueCandidature = { candidatureId: string; nom: string | null; numero: string | null; issue: "ignoree" | "echec"; raison: string };

/**
 * The candidatures an operation skipped or failed, from the outcomes it recorded (audit events of
 * its author since its launch, naming it), with their names when they are of the académie.
 */
export async function issuesOperation(db: Db, scope: Scope, op: { id: string; createdAt: Date }, { limite = 500 }: { limite?: number } = {}): Promise<IssueCandidature[]> {
  const operation = await db.operationGroupee.findFirst({ where: { id: op.id, academieId: scope.academieId }, select: { createdById: true, createdAt: true } });
  if (!operation) return [];
  const events = await db.auditEvent.findMany({
    where: {
      actorId: operation.createdById,
      at: { gte: operation.createdAt },
      academieId: scope.academieId,
      entityType: "Candidature",
      action: { in: ["operation.candidature.ignoree", "operation.candidature.echec"] },
      after: { path: ["operationId"], equals: op.id },
    },
    select: { entityId: true, action: true, after: true },
    orderBy: { at: "asc" },
    take: limite,
  });
  const ids = events.map((e) => e.entityId).filter((id): id is string => id !== null);
  const candidatures = await db.candidature.findMany({
    where: { id: { in: ids }, academieId: scope.academieId },
    select: { id: true, numero: true, account: { select: { prenoms: true, nomNaissance: true, nomUsage: true } } },
  });
  const parId = new Map(candidatures.map((c) => [c.id, c]));
  return events.map((e) => {
    const c = e.entityId ? parId.get(e.entityId) : undefined;
    const after = (e.after ?? {}) as { raison?: unknown };
    return {
      candidatureId: e.entityId ?? "",
      nom: c ? `${(c.account.nomUsage ?? c.account.nomNaissance).toLocaleUpperCase("fr-FR")} ${c.account.prenoms}` : null,
      numero: c?.numero ?? null,
      issue: e.action === "operation.candidature.echec" ? "echec" : "ignoree",
      raison: typeof after.raison === "string" ? after.raison : "",
    };
  });
}
