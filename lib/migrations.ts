import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { installJobQueue } from "./jobs/install";

// Applies prisma/migrations/*/migration.sql in order, each in its own transaction, recording them
// in Prisma's own _prisma_migrations table (so `prisma migrate status` reads the same history).
// Prisma 6's wasm schema engine fails `migrate deploy` on adapter-pg ("Column type 'name' could not
// be deserialized", prisma/orm#27403) and pglite-prisma-adapter does not await its scripts, so a
// failing migration could look applied: this runner awaits every statement on both databases.

export interface SqlRunner {
  /** Runs one or several statements without parameters. */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export async function listMigrations(dir = MIGRATIONS_DIR) {
  const names = (await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

export async function applyMigrations(db: SqlRunner, dir = MIGRATIONS_DIR): Promise<string[]> {
  await db.exec(CREATE_TABLE);
  const applied = await db.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
  );
  const byName = new Map(applied.map((m) => [m.migration_name, m]));
  const done: string[] = [];
  for (const m of await listMigrations(dir)) {
    const previous = byName.get(m.name);
    if (previous) {
      if (!previous.finished_at) throw new Error(`La migration ${m.name} a échoué précédemment : corrigez la base puis relancez.`);
      if (previous.checksum !== m.checksum) throw new Error(`La migration ${m.name} a été modifiée après avoir été appliquée.`);
      continue;
    }
    await db.exec("BEGIN");
    try {
      await db.exec(m.sql);
      await db.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), 1)`,
        [randomUUID(), m.checksum, m.name],
      );
      await db.exec("COMMIT");
    } catch (error) {
      await db.exec("ROLLBACK");
      throw new Error(`Échec de la migration ${m.name} : ${(error as Error).message}`);
    }
    done.push(m.name);
  }
  // The job queue's own schema (pg-boss) follows the portal's tables.
  await installJobQueue(db);
  return done;
}
