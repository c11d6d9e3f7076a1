// Sign-in throttling [issue 3, issue 7 §2]: 10 failures within 15 minutes counted by account (the
// address typed, whether or not an account has it, so the lock reveals nothing), 100 by IP, lock
// sign-in for 15 minutes after the failure that reached the limit. The server decides from
// LoginAttempt rows. The numbers and their reasons live in lib/domain/rate-limits.ts.
import { SIGN_IN_LIMITS } from "../rate-limits";

export type ThrottleRule = { maxFailures: number; windowMs: number; lockMs: number };

export const SIGN_IN_THROTTLE: ThrottleRule = {
  maxFailures: SIGN_IN_LIMITS.compte.failures,
  windowMs: SIGN_IN_LIMITS.compte.windowMinutes * 60_000,
  lockMs: SIGN_IN_LIMITS.compte.lockMinutes * 60_000,
};

/** By IP the count is ten times higher: a lycée behind one NAT address is not locked out by one pupil [issue 7 §2]. */
export const SIGN_IN_THROTTLE_IP: ThrottleRule = {
  maxFailures: SIGN_IN_LIMITS.ip.failures,
  windowMs: SIGN_IN_LIMITS.ip.windowMinutes * 60_000,
  lockMs: SIGN_IN_LIMITS.ip.lockMinutes * 60_000,
};

export type Attempt = { at: Date; success: boolean };

export type ThrottleDecision =
  | { locked: false; /** Failures left before the lock. */ remaining: number }
  | { locked: true; /** When sign-in is possible again. */ until: Date };

export type ThrottleOptions = {
  /** A success clears earlier failures (by account: the person knows the password). Not by IP: one valid account must not unlock a whole address. */
  resetOnSuccess: boolean;
  /** Failures before this instant do not count (the password was changed since). */
  since?: Date | null;
};

/** Attempts older than this cannot matter to a decision at `now`. */
export function throttleLookback(now: Date, rule: ThrottleRule = SIGN_IN_THROTTLE): Date {
  return new Date(now.getTime() - rule.windowMs - rule.lockMs);
}

export function decideThrottle(attempts: readonly Attempt[], now: Date, options: ThrottleOptions, rule: ThrottleRule = SIGN_IN_THROTTLE): ThrottleDecision {
  const t = now.getTime();
  let from = throttleLookback(now, rule).getTime();
  if (options.since) from = Math.max(from, options.since.getTime());
  const relevant = attempts.filter((a) => a.at.getTime() >= from && a.at.getTime() <= t);
  if (options.resetOnSuccess) {
    const lastSuccess = Math.max(-Infinity, ...relevant.filter((a) => a.success).map((a) => a.at.getTime()));
    from = Math.max(from, lastSuccess + 1);
  }
  const failures = relevant
    .filter((a) => !a.success && a.at.getTime() >= from)
    .map((a) => a.at.getTime())
    .sort((a, b) => a - b);

  // Every run of maxFailures failures within windowMs locks until its last failure + lockMs.
  let until = -Infinity;
  for (let i = rule.maxFailures - 1; i < failures.length; i++) {
    const first = failures[i - rule.maxFailures + 1]!;
    const last = failures[i]!;
    if (last - first < rule.windowMs) until = Math.max(until, last + rule.lockMs);
  }
  if (until > t) return { locked: true, until: new Date(until) };

  const recent = failures.filter((f) => f > t - rule.windowMs).length;
  return { locked: false, remaining: Math.max(0, rule.maxFailures - recent) };
}

/** Locked if any key is locked (until the latest unlock); otherwise the fewest failures left. */
export function combineDecisions(...decisions: ThrottleDecision[]): ThrottleDecision {
  let until = -Infinity;
  let remaining = Infinity;
  for (const d of decisions) {
    if (d.locked) until = Math.max(until, d.until.getTime());
    else remaining = Math.min(remaining, d.remaining);
  }
  if (Number.isFinite(until)) return { locked: true, until: new Date(until) };
  return { locked: false, remaining: Number.isFinite(remaining) ? remaining : SIGN_IN_THROTTLE.maxFailures };
}
