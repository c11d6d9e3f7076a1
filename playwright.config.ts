import { defineConfig } from "@playwright/test";

// Debian's Chromium (no browser download here); one production server per worker (scripts/e2e-server.ts).
export const E2E_WORKERS = Number(process.env.E2E_WORKERS ?? "2");
/** Worker i's server listens on E2E_PORT_BASE + i. */
export const E2E_PORT_BASE = Number(process.env.E2E_PORT_BASE ?? "3100");

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: E2E_WORKERS,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: Array.from({ length: E2E_WORKERS }, (_, index) => ({
    command: "npx tsx --conditions=react-server scripts/e2e-server.ts",
    url: `http://localhost:${E2E_PORT_BASE + index}/api/health`,
    env: { E2E_INDEX: String(index), E2E_PORT_BASE: String(E2E_PORT_BASE) },
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
  })),
});
