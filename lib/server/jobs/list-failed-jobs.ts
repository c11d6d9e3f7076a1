import "server-only";
import { getDb } from "@/lib/db";
import { JOB_SCHEMA, type JobName } from "@/lib/jobs/definitions";

export type FailedJob = {
  id: string;
  name: JobName;
  /** Who the job was for (a mail's recipient, a request's address); never a mail's body, which may carry a link. */
  destinataire: string | null;
  objet: string | null;
  tentatives: number;
  creeLe: Date;
  echecLe: Date | null;
  erreur: string | null;
};

type Row = { id: string; name: JobName; data: unknown; retry_count: number; created_on: Date; completed_on: Date | null; output: unknown };

/** Jobs that failed after all their attempts (kept 30 days in the job table), newest first. */
export async function listFailedJobs({ limit = 200 }: { limit?: number } = {}): Promise<FailedJob[]> {
  const db = await getDb();
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT id::text AS id, name, data, retry_count, created_on, completed_on, output FROM ${JOB_SCHEMA}.job WHERE state = 'failed' ORDER BY completed_on DESC NULLS LAST LIMIT $1`,
    limit,
  );
  return rows.map((r) => {
    const data = (r.data ?? {}) as { message?: { to?: string; subject?: string }; email?: string };
    const output = (r.output ?? {}) as { message?: string };
    return {
      id: r.id,
      name: r.name,
      destinataire: data.message?.to ?? data.email ?? null,
      objet: data.message?.subject ?? null,
      tentatives: Number(r.retry_count) + 1,
      creeLe: new Date(r.created_on),
      echecLe: r.completed_on ? new Date(r.completed_on) : null,
      erreur: typeof output.message === "string" ? output.message.slice(0, 300) : null,
    };
  });
}
