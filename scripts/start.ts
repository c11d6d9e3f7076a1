import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { env, listenHost, seedDemo } from "../lib/env";
import { buildIfNeeded } from "./build-if-needed";
import { migrate } from "./migrate";
import { ensureAuthSecret, ensureSealCertificate } from "./prepare";

// `npm start`: migrate, seed, build when needed, then serve. `npm run dev`: the same with `next dev`.
async function main() {
  if (existsSync(".env")) process.loadEnvFile(".env");
  const dev = process.argv.includes("--dev");
  const e = env();
  ensureAuthSecret();
  const cachet = await ensureSealCertificate();
  // The generated client must match the schema, even after a pull that changed it.
  if (spawnSync("npx", ["prisma", "generate"], { stdio: "ignore" }).status !== 0) throw new Error("« prisma generate » a échoué.");
  const applied = await migrate();
  console.log(applied.length ? `Migrations appliquées : ${applied.join(", ")}` : "Base de données à jour.");

  const { seed, printDemoAccounts, countDemoRows, demoLeftoversWarning } = await import("../prisma/seed");
  const { getDb, disconnectDb } = await import("../lib/db");
  const demo = seedDemo(e);
  const accounts = await seed(await getDb(), { today: new Date(), demo });
  const leftovers = demo ? null : demoLeftoversWarning(await countDemoRows(await getDb()));
  // PGlite allows one process per data folder: close it before the server opens it.
  await disconnectDb();

  if (!dev) buildIfNeeded();
  const port = String(e.PORT);
  const database = e.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PGlite embarqué (${e.PGLITE_DATA_DIR})`;
  console.log(`\nBase de données : ${database}\nCourriels : ${e.SMTP_URL ? "SMTP" : `fichiers .eml dans ${e.MAIL_OUTBOX_DIR}`}\n${cachet}`);
  if (demo) printDemoAccounts(accounts, { outboxDir: e.SMTP_URL ? undefined : e.MAIL_OUTBOX_DIR });
  if (leftovers) console.warn(`\n${leftovers}`);
  console.log(`\nPortail : ${e.APP_URL}\n`);

  // With TEST_CLOCK, only this machine may reach the server (lib/env.ts, lib/clock.ts).
  const host = listenHost(e);
  const child = spawn("npx", ["next", dev ? "dev" : "start", "-p", port, ...(host ? ["-H", host] : [])], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: Error) => {
  console.error(`Démarrage impossible : ${error.message}`);
  process.exit(1);
});
