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
    const code = `ZZ${Date.now()}`.slice(0, 12);
    await expect(
      db.$transaction(async (tx) => {
        await tx.examen.create({ data: { code: "MC", libelle: "Test", libelleCourt: code } });
        throw new Error("abandon");
      }),
    ).rejects.toThrow("abandon");
    expect(await db.examen.count({ where: { libelleCourt: code } })).toBe(0);
  });
});
