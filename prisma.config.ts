import path from "node:path";
import { defineConfig } from "prisma/config";

// The CLI reads DATABASE_URL to choose its engine: give it a placeholder for the embedded database.
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) process.env.DATABASE_URL = "postgresql://embedded@localhost/pglite";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    if (databaseUrl) {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: databaseUrl });
    }
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    const dir = process.env.PGLITE_DATA_DIR ?? path.join(".data", "pglite");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(dir, { recursive: true });
    return new PrismaPGlite(new PGlite(dir));
  },
});
