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
