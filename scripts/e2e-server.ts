import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_ACCOUNTS_FILE, e2eWorkerDir } from "../tests/setup/e2e-paths";

// One production server per Playwright worker, each on its own fresh database, outbox and
// storage, with the test clock enabled (a cookie sets "now" per browser context) and therefore
// listening on 127.0.0.1 only. The demo accounts' random passwords (which `npm start` prints once)
// are written for the tests beside them (DEMO_ACCOUNTS_FILE, read by tests/e2e/fixtures.ts).
const index = Number(process.env.E2E_INDEX ?? "0");
const portBase = Number(process.env.E2E_PORT_BASE ?? "3100");
const port = portBase + index;
const root = e2eWorkerDir(portBase, index);
rmSync(root, { recursive: true, force: true });

const serverUrl = process.env.E2E_DATABASE_URL;
const e2eEnv: Record<string, string> = {
  PGLITE_DATA_DIR: path.join(root, "pglite"),
  MAIL_OUTBOX_DIR: path.join(root, "outbox"),
  STORAGE_DIR: path.join(root, "fichiers"),
  APP_URL: `http://localhost:${port}`,
  AUTH_SECRET: "e2e-secret-not-for-production-0123456789abcdef",
  TEST_CLOCK: "1",
  SEED_DEMO: "true",
  NEXT_TELEMETRY_DISABLED: "1",
};
Object.assign(process.env, e2eEnv);
if (!serverUrl) delete process.env.DATABASE_URL;

async function main() {
  if (serverUrl) {
    const { openRunner } = await import("../lib/sql");
    const { adminUrl, databaseUrl } = await import("../tests/setup/test-database");
    const name = `portail_e2e_${port}`;
    const admin = await openRunner({ kind: "postgres", url: adminUrl(serverUrl) });
    await admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.exec(`CREATE DATABASE "${name}"`);
    await admin.close();
    process.env.DATABASE_URL = databaseUrl(serverUrl, name);
    // On PostgreSQL the portal seals documents only with a configured certificate: a fresh
    // self-signed one per run, as the embedded default makes for itself.
    const { creerCachetAutoSigne } = await import("../lib/pdf/cachet");
    process.env.SEAL_P12_PATH = path.join(root, "cachet-e2e.p12");
    process.env.SEAL_P12_PASSPHRASE = "";
    creerCachetAutoSigne(process.env.SEAL_P12_PATH);
  }
  const { migrate } = await import("./migrate");
  await migrate();
  const { seed } = await import("../prisma/seed");
  const { getDb, disconnectDb } = await import("../lib/db");
  const accounts = await seed(await getDb(), { today: new Date(), demo: true });
  await disconnectDb();
  const passwords: Record<string, string> = {};
  for (const a of accounts) {
    if (a.password === null) throw new Error(`${a.email} existait déjà : la base de test devait être neuve.`);
    passwords[a.email] = a.password;
  }
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, DEMO_ACCOUNTS_FILE), JSON.stringify(passwords, null, 2), { mode: 0o600 });

  const { env, listenHost } = await import("../lib/env");
  const host = listenHost(env());
  if (!host) throw new Error("TEST_CLOCK devait être actif.");
  const child = spawn("npx", ["next", "start", "-p", String(port), "-H", host], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
