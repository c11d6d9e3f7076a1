import "server-only";
import { getDb, type Db } from "@/lib/db";
import { estIdentifiant } from "@/lib/domain/identifiant";

/** This account's candidature for a session (one per account and session), if any. */
export async function findCandidature(accountId: string, sessionId: string, db?: Db): Promise<{ id: string } | null> {
  if (!estIdentifiant(accountId) || !estIdentifiant(sessionId)) return null;
  const client = db ?? (await getDb());
  return client.candidature.findUnique({ where: { accountId_sessionId: { accountId, sessionId } }, select: { id: true } });
}
