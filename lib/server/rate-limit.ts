import "server-only";
import { createHash } from "node:crypto";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/lib/db";
import { RATE_LIMITS, rateLimitMessage, type RateLimitName } from "@/lib/domain/rate-limits";

// rate-limiter-flexible on the portal's own database (RateLimiterFlexible table): the counters are
// shared by every instance on one PostgreSQL, and work the same on the embedded PGlite. Expired
// rows are removed by the purge-limites job, not by a timer in each process.

const globalForLimits = globalThis as unknown as { rateLimiters?: Map<RateLimitName, Promise<RateLimiterPrisma>> };

function limiter(name: RateLimitName): Promise<RateLimiterPrisma> {
  const limiters = (globalForLimits.rateLimiters ??= new Map());
  let found = limiters.get(name);
  if (!found) {
    const rule = RATE_LIMITS[name];
    found = getDb().then(
      (db) =>
        new RateLimiterPrisma({
          storeClient: db,
          tableName: "rateLimiterFlexible",
          keyPrefix: name,
          points: rule.points,
          duration: rule.durationSeconds,
          clearExpiredByTimeout: false,
        }),
    );
    limiters.set(name, found);
  }
  return found;
}

/** Keys are hashed: the table never holds an address or an IP in clear. */
function keyOf(value: string): string {
  return createHash("sha256").update(value.trim().toLowerCase(), "utf8").digest("base64url").slice(0, 32);
}

export type RateLimitCheck = { rule: RateLimitName; key: string | null | undefined };

/**
 * Counts one request against each rule (a missing key is skipped). Refused if any rule is over its
 * limit, with the instant from which every refusing rule accepts again.
 */
export async function consumeRateLimits(checks: readonly RateLimitCheck[]): Promise<{ ok: true } | { ok: false; retryAt: Date }> {
  let retryMs = 0;
  for (const { rule, key } of checks) {
    if (!key) continue;
    try {
      await (await limiter(rule)).consume(keyOf(key));
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      retryMs = Math.max(retryMs, error.msBeforeNext);
    }
  }
  return retryMs > 0 ? { ok: false, retryAt: new Date(Date.now() + retryMs) } : { ok: true };
}

/** The French refusal to show beside the form when a limit is reached, or null to go on. */
export async function rateLimitRefusal(checks: readonly RateLimitCheck[]): Promise<string | null> {
  const result = await consumeRateLimits(checks);
  return result.ok ? null : rateLimitMessage(result.retryAt, new Date());
}
