import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

// `npm run db:new-migration -- <name>`: writes the SQL that takes the schema of the last
// migration (prisma/migrations/schema.snapshot.prisma) to prisma/schema.prisma. It needs no
// database: Prisma's `migrate diff` between two datamodels (the shadow-database path of
// `migrate dev` is broken through driver adapters, see shared notes).
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage : npm run db:new-migration -- nom_en_minuscules");
  process.exit(1);
}
const snapshot = path.join("prisma", "migrations", "schema.snapshot.prisma");
const schema = path.join("prisma", "schema.prisma");
const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
const sql = execFileSync("npx", ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"], { encoding: "utf8" });
if (!/^\s*(CREATE|ALTER|DROP)/m.test(sql)) {
  console.log("Aucune différence entre le schéma et la dernière migration : rien à créer.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
copyFileSync(schema, snapshot);
console.log(`Migration créée : ${dir}/migration.sql — relisez-la, puis « npm run db:migrate ».`);
