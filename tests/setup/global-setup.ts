import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../lib/migrations";
import { openRunner } from "../../lib/sql";
import { adminUrl, databaseUrl, TEMPLATE_PREFIX } from "./test-database";

// With TEST_DATABASE_URL (a PostgreSQL server), each test worker gets its own database, created
// from a template migrated once here. Without it, each test file gets an in-memory PGlite
// database, migrated when first used (lib/db.ts).
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return;
  const template = `${TEMPLATE_PREFIX}${process.pid}`;
  const admin = await openRunner({ kind: "postgres", url: adminUrl(serverUrl) });
  const dropOurs = async (prefix: string) => {
    const rows = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${prefix}%`]);
    for (const { datname } of rows) await admin.exec(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  };
  await dropOurs(template);
  await admin.exec(`CREATE DATABASE "${template}"`);
  const runner = await openRunner({ kind: "postgres", url: databaseUrl(serverUrl, template) });
  await applyMigrations(runner);
  await runner.close();
  project.provide("templateDatabase", template);
  return async () => {
    await dropOurs(template);
    await admin.close();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}
