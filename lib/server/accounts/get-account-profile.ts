import "server-only";
import { getDb, type Db } from "@/lib/db";

/** What "Mon compte" shows: identity, whether it is frozen, and an e-mail change awaiting its link. */
export async function getAccountProfile(accountId: string, { now, db }: { now: Date; db?: Db }) {
  const client = db ?? (await getDb());
  const account = await client.account.findUniqueOrThrow({
    where: { id: accountId },
    select: {
      email: true,
      role: true,
      civilite: true,
      nomNaissance: true,
      nomUsage: true,
      prenoms: true,
      dateNaissance: true,
      paysNaissance: true,
      passwordChangedAt: true,
      academie: { select: { nom: true } },
      _count: { select: { candidatures: true } },
      tokens: {
        where: { kind: "EMAIL_CHANGE", usedAt: null, expiresAt: { gt: now } },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { newEmail: true, expiresAt: true },
      },
    },
  });
  const { _count, tokens, ...rest } = account;
  return { ...rest, identiteFigee: _count.candidatures > 0, adresseEnAttente: tokens[0]?.newEmail ?? null };
}
export type AccountProfile = Awaited<ReturnType<typeof getAccountProfile>>;
