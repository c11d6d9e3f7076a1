import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { listMigrations } from "@/lib/migrations";

describe("test database", () => {
  it("is migrated: every committed migration is recorded once and finished", async () => {
    const db = await getDb();
    const rows = await db.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name`;
    const names = (await listMigrations()).map((m) => m.name);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
  });

  it("rolls back an interactive transaction that fails", async () => {
    const db = await getDb();
    // A unique action name: on PostgreSQL the worker's database is shared with other test files.
    const action = `test-rollback-${process.pid}-${Date.now()}`;
    await expect(
      db.$transaction(async (tx) => {
        await tx.auditEvent.create({ data: { action, entityType: "Test" } });
        expect(await tx.auditEvent.count({ where: { action } })).toBe(1);
        throw new Error("abandon");
      }),
    ).rejects.toThrow("abandon");
    expect(await db.auditEvent.count({ where: { action } })).toBe(0);
  });
});
