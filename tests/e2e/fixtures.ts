import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import path from "node:path";

const portBase = Number(process.env.E2E_PORT_BASE ?? "3100");

type Fixtures = {
  /** Outbox of this worker's server (one .eml per message). */
  outboxDir: string;
  /** Sets the server's "now" for this browser context (TEST_CLOCK cookie). */
  setNow: (instant: Date | string) => Promise<void>;
  /** Fails the test on any axe violation (WCAG 2.1 A and AA). */
  expectAccessible: (page?: Page) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  baseURL: async ({}, use, workerInfo) => {
    await use(`http://localhost:${portBase + workerInfo.parallelIndex}`);
  },
  outboxDir: async ({}, use, workerInfo) => {
    await use(path.join(".data", `e2e-${portBase}`, String(workerInfo.parallelIndex), "outbox"));
  },
  setNow: async ({ context, baseURL }, use) => {
    await use(async (instant) => {
      const value = typeof instant === "string" ? instant : instant.toISOString();
      await context.addCookies([{ name: "portail-test-now", value, url: baseURL! }]);
    });
  },
  expectAccessible: async ({ page }, use) => {
    await use(async (target = page) => {
      const results = await new AxeBuilder({ page: target }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
      expect(summary, `axe violations on ${target.url()}`).toEqual([]);
    });
  },
  page: async ({ page }, use) => {
    // A browser console error is a failure.
    const errors: string[] = [];
    page.on("console", (message) => {
      // Network statuses (an expected 404, say) are checked by the tests themselves.
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await use(page);
    expect(errors, "browser console errors").toEqual([]);
  },
});

export { expect };
