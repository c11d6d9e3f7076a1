import { afterEach, beforeEach, inject, vi, type MockInstance } from "vitest";
import { randomBytes } from "node:crypto";
import { disconnectDb } from "../../lib/db";
import { openRunner } from "../../lib/sql";
import { adminUrl, databaseUrl } from "./test-database";

// Each test file gets its own database, as on the portal's embedded default: a copy of the migrated
// template on a PostgreSQL server (CREATE DATABASE … TEMPLATE, a fraction of a second), or (default)
// an in-memory PGlite. A file's seed, its demo sessions' dates and its counts never meet another
// file's rows.
const serverUrl = process.env.TEST_DATABASE_URL;
if (serverUrl) {
  const template = inject("templateDatabase");
  const name = `${template}_w${process.env.VITEST_POOL_ID ?? "0"}_${randomBytes(4).toString("hex")}`;
  // A worker that ran another file before holds a client on that file's database: close it.
  await disconnectDb();
  const admin = await openRunner({ kind: "postgres", url: adminUrl(serverUrl) });
  await admin.exec(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  await admin.close();
  process.env.DATABASE_URL = databaseUrl(serverUrl, name);
  // lib/env.ts requires APP_URL beside DATABASE_URL (the links in e-mails).
  process.env.APP_URL ??= "http://localhost:3000";
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DATA_DIR = "memory://";
}

// A console.error during a test is a failure.
let errorSpy: MockInstance<typeof console.error>;
beforeEach(() => {
  errorSpy = vi.spyOn(console, "error");
});
afterEach(() => {
  const calls = errorSpy.mock.calls;
  errorSpy.mockRestore();
  if (calls.length > 0) throw new Error(`console.error called during the test: ${calls.map((c) => c.map(String).join(" ")).join(" | ")}`);
});
