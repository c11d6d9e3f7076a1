import "server-only";
import type { Db } from "@/lib/db";
import { calendrierRappels, etatRappel, type EtatRappel, type Rappel } from "@/lib/domain/session/rappels";

// What an admin d'académie reads on /gestion/rappels [issue 10 §5]: the sessions of their académie
// whose deadlines are near or recent, when each reminder falls due and how many went. Scoped to the
// académie in each query.

/** Sessions whose last deadline passed longer ago than this are no longer shown. */
const RECUL_JOURS = 30;

export type RappelLu = { rappel: Rappel; echeance: Date; du: Date; etat: EtatRappel; envoyes: number };
export type SessionRappels = {
  id: string;
  examen: string;
  libelle: string;
  publiee: boolean;
  /** No deposit window: the pieces' reminders count from the registration's closing. */
  sansDepot: boolean;
  rappels: RappelLu[];
};
export type LectureRappels = { academie: { nom: string; timeZone: string }; sessions: SessionRappels[] };

export async function lireRappels(db: Db, { academieId }: { academieId: string }, { now }: { now: Date }): Promise<LectureRappels> {
  const depuis = new Date(now.getTime() - RECUL_JOURS * 24 * 3_600_000);
  const [academie, sessions] = await Promise.all([
    db.academie.findUniqueOrThrow({ where: { id: academieId }, select: { nom: true, timeZone: true } }),
    db.session.findMany({
      where: { academieId, OR: [{ depotCloture: { gte: depuis } }, { depotCloture: null, inscriptionCloture: { gte: depuis } }] },
      select: { id: true, libelle: true, publiee: true, inscriptionCloture: true, depotCloture: true, examen: { select: { libelle: true, ordre: true } } },
      orderBy: [{ inscriptionCloture: "asc" }, { examen: { ordre: "asc" } }],
    }),
  ]);
  const ids = sessions.map((s) => s.id);
  const comptes = ids.length
    ? await db.$queryRaw<{ sessionId: string; rappel: string; n: number }[]>`
        SELECT c."sessionId", r."rappel", count(*)::int AS "n"
        FROM "RappelEnvoye" r JOIN "Candidature" c ON c."id" = r."candidatureId"
        WHERE c."academieId" = ${academieId} AND c."sessionId" = ANY(${ids}::text[])
        GROUP BY c."sessionId", r."rappel"`
    : [];
  const n = (sessionId: string, rappel: Rappel) => comptes.find((c) => c.sessionId === sessionId && c.rappel === rappel)?.n ?? 0;
  return {
    academie,
    sessions: sessions.map((s) => ({
      id: s.id,
      examen: s.examen.libelle,
      libelle: s.libelle,
      publiee: s.publiee,
      sansDepot: s.depotCloture === null,
      rappels: calendrierRappels(s).map((r) => ({ ...r, etat: etatRappel(r, now), envoyes: n(s.id, r.rappel) })),
    })),
  };
}
