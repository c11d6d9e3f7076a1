import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { AccountToken, TokenKind } from "@prisma/client";
import type { Db, Tx } from "@/lib/db";
import { fixedClock } from "@/lib/domain/clock";
import { tokenExpiresAt, tokenState, type TokenState } from "@/lib/domain/account/tokens";

// Links carry 32 random bytes (base64url, 43 characters); the database keeps only their SHA-256,
// so a copy of the database opens no account.

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A well-formed token: what a link can carry, nothing longer (the hash lookup is then cheap and safe). */
export function isTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export async function issueToken(
  db: Db | Tx,
  { accountId, kind, now, newEmail }: { accountId: string; kind: TokenKind; now: Date; newEmail?: string },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = tokenExpiresAt(kind, fixedClock(now));
  await db.accountToken.create({
    data: { accountId, kind, tokenHash: hashToken(token), expiresAt, newEmail: newEmail ?? null, createdAt: now },
  });
  return { token, expiresAt };
}

export type FoundToken = { state: TokenState; token: AccountToken } | { state: "inconnu"; token: null };

/** The token a link carries, with its state at `now`; "inconnu" for a malformed, unknown or other-kind token. */
export async function findToken(db: Db | Tx, token: string, kind: TokenKind, now: Date): Promise<FoundToken> {
  if (!isTokenShape(token)) return { state: "inconnu", token: null };
  const row = await db.accountToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.kind !== kind) return { state: "inconnu", token: null };
  return { state: tokenState(row, fixedClock(now)), token: row };
}

/**
 * Marks the token used, only if nobody used it meanwhile (two clicks, two tabs): true when this
 * call consumed it. Other open links of the same kind for the account die with it.
 */
export async function consumeToken(tx: Tx, row: AccountToken, now: Date): Promise<boolean> {
  const { count } = await tx.accountToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (count !== 1) return false;
  await tx.accountToken.updateMany({ where: { accountId: row.accountId, kind: row.kind, usedAt: null }, data: { usedAt: now } });
  return true;
}
