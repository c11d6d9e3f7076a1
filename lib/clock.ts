import "server-only";
import { cookies, draftMode, headers } from "next/headers";
import { connection } from "next/server";
import { isLoopbackHostHeader } from "./domain/loopback";
import { env } from "./env";

export const TEST_NOW_COOKIE = "portail-test-now";

// An instant with its offset ("2023-11-20T09:00:00Z", "2023-11-20T10:00:00+01:00"): a local time
// without zone would be read in the server's TZ, which is exactly what the clock must not depend on.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The instant a `portail-test-now` cookie holds, or null when it is missing or not an ISO instant. */
export function parseTestNow(value: string | undefined): Date | null {
  if (value === undefined || !ISO_INSTANT.test(value)) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/**
 * The server's current time. Deadline pages must be testable at any date without waiting for it:
 * the end-to-end server (TEST_CLOCK=1) lets a cookie set "now" per browser. lib/env.ts refuses
 * TEST_CLOCK unless APP_URL is on this machine, and the server then listens on the loopback
 * interface only; a request addressed to another host name (through a proxy, say) still gets the
 * real time.
 */
export async function now(): Promise<Date> {
  // Reading the clock makes the page dynamic: a prerendered "now" would be the build's date.
  await connection();
  if (env().TEST_CLOCK && isLoopbackHostHeader((await headers()).get("host"))) {
    const override = parseTestNow((await cookies()).get(TEST_NOW_COOKIE)?.value);
    if (override) return override;
  }
  return new Date();
}

/**
 * "Now" for a page served from the cache (app/(vitrine)): the real time, read without making the
 * page dynamic. The end-to-end tests, which set "now" per browser, also turn on Next's draft mode
 * (tests/e2e/fixtures.ts), which renders the page for that request: the test clock then applies
 * as on any other page.
 */
export async function nowForCachedPage(): Promise<Date> {
  if ((await draftMode()).isEnabled) return now();
  return new Date();
}
