import type { PGlite } from "@electric-sql/pglite";
import { PrismaClient } from "@prisma/client";
import { env } from "./env";

// One Prisma client per process: PostgreSQL server when DATABASE_URL is set, embedded PGlite
// (a data folder, one process at a time) otherwise.

async function createAdapter() {
  const e = env();
  if (e.DATABASE_URL) {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return new PrismaPg({ connectionString: e.DATABASE_URL, max: 20 });
  }
  const [{ PrismaPGlite }, { openPglite, pgliteRunner }, { applyMigrations }] = await Promise.all([
    import("pglite-prisma-adapter"),
    import("./sql"),
    import("./migrations"),
  ]);
  const db = await openPglite(e.PGLITE_DATA_DIR);
  // An in-memory database (tests) starts empty: migrate it here since nothing else can reach it.
  if (e.PGLITE_DATA_DIR.startsWith("memory://")) await applyMigrations(pgliteRunner(db));
  globalForPrisma.pglite = db;
  return new PrismaPGlite(db);
}

const globalForPrisma = globalThis as unknown as { prismaPromise?: Promise<PrismaClient>; pglite?: PGlite };

/**
 * The embedded database's own handle (null on PostgreSQL): the job queue shares it with Prisma,
 * since only one handle per process may open a PGlite folder.
 */
export async function getPglite(): Promise<PGlite | null> {
  await getDb();
  return globalForPrisma.pglite ?? null;
}

/** The shared client (created once, on first use). */
export function getDb(): Promise<PrismaClient> {
  globalForPrisma.prismaPromise ??= createAdapter().then((adapter) => new PrismaClient({ adapter }));
  return globalForPrisma.prismaPromise;
}

export async function disconnectDb(): Promise<void> {
  const p = globalForPrisma.prismaPromise;
  globalForPrisma.prismaPromise = undefined;
  globalForPrisma.pglite = undefined;
  if (p) await (await p).$disconnect();
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
