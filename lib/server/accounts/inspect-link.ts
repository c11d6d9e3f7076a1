import "server-only";
import type { TokenKind } from "@prisma/client";
import { getDb, type Db } from "@/lib/db";
import type { TokenState } from "@/lib/domain/account/tokens";
import { findToken } from "./token";
import { purgeExpiredAccounts } from "./purge-expired-accounts";

export type LinkState = TokenState | "inconnu";

/**
 * What a link from a mail is worth at `now`, for the page it opens (which then asks for a click or
 * a new password: mail scanners that prefetch links must not use them up). An expired activation
 * link deletes its unactivated account on the spot [C:NI "sinon votre compte sera supprimé"].
 */
export async function inspectLink(token: string, kind: TokenKind, { now, db }: { now: Date; db?: Db }): Promise<{ state: LinkState; email?: string }> {
  const client = db ?? (await getDb());
  const found = await findToken(client, token, kind, now);
  if (found.state === "inconnu") return { state: "inconnu" };
  const account = await client.account.findUnique({ where: { id: found.token.accountId }, select: { email: true, emailNormalized: true, activatedAt: true } });
  if (!account) return { state: "inconnu" };
  if (kind === "ACTIVATION" && found.state === "expire" && !account.activatedAt) {
    await purgeExpiredAccounts({ now, db: client, emailNormalized: account.emailNormalized });
  }
  return { state: found.state, email: account.email };
}
