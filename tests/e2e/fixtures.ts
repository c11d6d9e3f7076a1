import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { demoAccountEmail, type DemoAccountName } from "../../lib/domain/data/demo-accounts";
import { DEMO_ACCOUNTS_FILE, e2eWorkerDir } from "../setup/e2e-paths";

const portBase = Number(process.env.E2E_PORT_BASE ?? "3100");

/** The build's draft-mode secret: the cookie carrying it makes Next render a cached page for that request. */
function previewModeId(): string {
  const manifest = path.join(process.env.NEXT_DIST_DIR ?? ".next", "prerender-manifest.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { preview: { previewModeId: string } }).preview.previewModeId;
}

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
    await use(path.join(e2eWorkerDir(portBase, workerInfo.parallelIndex), "outbox"));
  },
  setNow: async ({ context, baseURL }, use) => {
    await use(async (instant) => {
      const value = typeof instant === "string" ? instant : instant.toISOString();
      // The cached public pages (home, sessions) are the same for everyone: Next's draft mode
      // renders them for this browser's requests, where the test clock applies (lib/clock.ts).
      await context.addCookies([
        { name: "portail-test-now", value, url: baseURL! },
        { name: "__prerender_bypass", value: previewModeId(), url: baseURL! },
      ]);
    });
  },
  expectAccessible: async ({ page }, use) => {
    await use(async (target = page) => {
      // After a client-side navigation (a link, a form's redirect) Next 16 commits the new page's
      // content first and its <head> — <title>, viewport — in a later commit: metadata never blocks
      // a navigation. Check the page once it is whole, not between the two commits (on a busy
      // machine that gap lasts long enough for axe to report "Documents must have <title>").
      await expect(target, "the page's <title>, committed after its content on a client-side navigation").toHaveTitle(/\S/);
      const url = target.url();
      const results = await new AxeBuilder({ page: target }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(target.url(), "a navigation ended during the accessibility check: wait for the new page (its heading, its title) first").toBe(url);
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

/**
 * A demo account of this worker's server: `demoAccount("admin.clermont")`. Its password is the
 * random one the server's seed drew (scripts/e2e-server.ts), read when first used inside a test;
 * so the object may be built at the top of a spec file.
 */
export function demoAccount(name: DemoAccountName): { readonly email: string; readonly password: string } {
  const email = demoAccountEmail(name);
  return {
    email,
    get password() {
      const file = path.join(e2eWorkerDir(portBase, test.info().parallelIndex), DEMO_ACCOUNTS_FILE);
      const password = (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>)[email];
      if (!password) throw new Error(`${email}: no password in ${file}`);
      return password;
    },
  };
}
