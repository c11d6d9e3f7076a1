import { mkdirSync } from "node:fs";
import type { PGlite } from "@electric-sql/pglite";
import type { SqlRunner } from "./migrations";

// Direct SQL access (migrations, test databases), outside Prisma.

export type Target = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

export function targetFromEnv(e: { DATABASE_URL?: string; PGLITE_DATA_DIR: string }): Target {
  return e.DATABASE_URL ? { kind: "postgres", url: e.DATABASE_URL } : { kind: "pglite", dataDir: e.PGLITE_DATA_DIR };
}

export async function openPglite(dataDir: string): Promise<PGlite> {
  const [{ PGlite }, { pg_trgm }] = await Promise.all([import("@electric-sql/pglite"), import("@electric-sql/pglite/contrib/pg_trgm")]);
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  // pg_trgm (a contrib extension on a PostgreSQL server) backs the back office's search by name.
  const db = new PGlite(dataDir, { extensions: { pg_trgm } });
  await db.waitReady;
  return db;
}

export function pgliteRunner(db: PGlite): SqlRunner {
  return {
    exec: async (sql) => {
      await db.exec(sql);
    },
    query: async <T,>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
  };
}

/** Opens a runner on the target; `close` releases it (PGlite allows one process per folder). */
export async function openRunner(target: Target): Promise<SqlRunner & { close(): Promise<void> }> {
  if (target.kind === "pglite") {
    const db = await openPglite(target.dataDir);
    return { ...pgliteRunner(db), close: () => db.close() };
  }
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  return {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <T,>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    close: () => client.end(),
  };
}

/** Runs `fn` holding a PostgreSQL advisory lock, so two instances starting together migrate once. */
export async function withMigrationLock<T>(runner: SqlRunner, fn: () => Promise<T>): Promise<T> {
  await runner.query("SELECT pg_advisory_lock(724011)");
  try {
    return await fn();
  } finally {
    await runner.query("SELECT pg_advisory_unlock(724011)");
  }
}
