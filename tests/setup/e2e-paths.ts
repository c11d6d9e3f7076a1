import path from "node:path";

// Where each Playwright worker's server keeps its data (scripts/e2e-server.ts), shared with the
// fixtures that read its outbox and its demo passwords (tests/e2e/fixtures.ts).

/** Folder of worker `index`'s server, under the run's port base. */
export function e2eWorkerDir(portBase: number, index: number): string {
  return path.join(".data", `e2e-${portBase}`, String(index));
}

/** The demo accounts' passwords of that server, by address: written once by the server, read by the tests. */
export const DEMO_ACCOUNTS_FILE = "demo-accounts.json";
