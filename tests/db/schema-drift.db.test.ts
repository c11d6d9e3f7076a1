import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/migrations";
import { openPglite, pgliteRunner } from "@/lib/sql";

// The committed migrations must build exactly the database that prisma/schema.prisma describes
// (the public schema: the job queue's own, pgboss, is pg-boss's).
const CATALOG = `
  SELECT table_name || '.' || column_name || ':' || data_type || ':' || udt_name || ':' || is_nullable || ':' || coalesce(column_default, '') AS item
    FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
  UNION ALL SELECT 'index:' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
  UNION ALL SELECT 'constraint:' || conrelid::regclass || ':' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
  UNION ALL SELECT 'enum:' || t.typname || ':' || e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typnamespace = 'public'::regnamespace
  ORDER BY 1`;

describe("migrations", () => {
  it("produce the schema of prisma/schema.prisma", { timeout: 60_000 }, async () => {
    const fromMigrations = await openPglite("memory://");
    await applyMigrations(pgliteRunner(fromMigrations));
    const fromSchema = await openPglite("memory://");
    const sql = execFileSync("npx", ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
      encoding: "utf8",
      env: { ...process.env, PGLITE_DATA_DIR: "memory://" },
      stdio: ["ignore", "pipe", "ignore"],
    });
    await fromSchema.exec(sql);
    const catalog = async (db: typeof fromSchema) => (await db.query<{ item: string }>(CATALOG)).rows.map((r) => r.item);
    const expected = await catalog(fromSchema);
    expect(expected.length).toBeGreaterThan(100);
    expect(await catalog(fromMigrations)).toEqual(expected);
    await Promise.all([fromMigrations.close(), fromSchema.close()]);
  });
});
