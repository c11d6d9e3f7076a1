import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "../scripts/build-if-needed";
import { measure, printTable, type Figures, type Scenario } from "./load";

// `npm run bench`: production build, a fresh database (PostgreSQL when BENCH_DATABASE_URL or
// DATABASE_URL is set, embedded PGlite otherwise), then each scenario under load, printed beside
// the bare route handler of the same run.
const PORT = Number(process.env.BENCH_PORT ?? "3200");
const BASE = `http://localhost:${PORT}`;
const connections = Number(process.env.BENCH_CONNECTIONS ?? "50");
const seconds = Number(process.env.BENCH_SECONDS ?? "10");

export const scenarios: Scenario[] = [
  { name: "route nue (/api/ping)", path: "/api/ping" },
  { name: "page d'accueil (/)", path: "/" },
];

async function waitForHealth(timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("Le serveur n'a pas démarré à temps.");
}

async function main() {
  const root = path.join(".data", "bench");
  rmSync(root, { recursive: true, force: true });
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  Object.assign(process.env, {
    PGLITE_DATA_DIR: path.join(root, "pglite"),
    MAIL_OUTBOX_DIR: path.join(root, "outbox"),
    STORAGE_DIR: path.join(root, "fichiers"),
    APP_URL: BASE,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-not-for-production-0123456789",
    SEED_DEMO: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  if (databaseUrl) {
    const { openRunner } = await import("../lib/sql");
    const { adminUrl, databaseUrl: withDb } = await import("../tests/setup/test-database");
    const admin = await openRunner({ kind: "postgres", url: adminUrl(databaseUrl) });
    await admin.exec(`DROP DATABASE IF EXISTS "portail_bench" WITH (FORCE)`);
    await admin.exec(`CREATE DATABASE "portail_bench"`);
    await admin.close();
    process.env.DATABASE_URL = withDb(databaseUrl, "portail_bench");
  } else delete process.env.DATABASE_URL;

  buildIfNeeded();
  const { migrate } = await import("../scripts/migrate");
  await migrate();
  const { seed } = await import("../prisma/seed");
  const { getDb, disconnectDb } = await import("../lib/db");
  await seed(await getDb(), { today: new Date(), demo: true });
  await disconnectDb();

  const server = spawn("npx", ["next", "start", "-p", String(PORT)], { stdio: "ignore", env: process.env, detached: true });
  try {
    await waitForHealth(60_000);
    console.log(`Base : ${databaseUrl ? "PostgreSQL" : "PGlite embarqué"} — ${connections} connexions, ${seconds} s par scénario, Node ${process.version}\n`);
    // Warm-up so that the first compilation of each route is not measured.
    for (const s of scenarios) await measure(BASE, s, 5, 2);
    const rows: Figures[] = [];
    for (const s of scenarios) rows.push(await measure(BASE, s, connections, seconds));
    printTable(rows, rows[0]!);
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
