import "server-only";
import { Prisma } from "@prisma/client";
import type { Db } from "@/lib/db";
import { PIECES_CATALOGUE } from "@/lib/domain/candidature/pieces-catalogue";
import type { Filtres } from "@/lib/domain/gestion/filtres";
import { decisionCourrier, MAX_CIBLES, type CourrierType } from "@/lib/domain/gestion/operations";
import { estIdentifiant } from "@/lib/domain/identifiant";
import type { AuditActor } from "@/lib/server/audit/record-audit-event";
import { creerOperation } from "./creer-operation";
import { sansJit } from "./sans-jit";
import { conditionsListe, idsCandidatures } from "./lister-candidatures";
import type { Scope } from "./scope";

// A demande de pièces or a relance [issue 9 §6], for one dossier or for every dossier of a filtered
// list (the very rows the list shows: conditionsListe, idsCandidatures), launched as an operation
// run by the job queue. Scoped to the manager's académie in every query.

export type Cible = { candidatureId: string } | { filtres: Filtres };

export type Apercu = {
  total: number;
  /** Those that would get a letter now (registered, a piece to ask for whose window is not closed). */
  concernes: number;
  /** The one dossier, when the target is a dossier. */
  candidature: { id: string; numero: string | null; nom: string } | null;
};

const CONFIRMATIONS = PIECES_CATALOGUE.filter((p) => "confirmation" in p && p.confirmation).map((p) => p.code);

/** A piece the letter would ask for at `now` (piecesARelancer, in SQL): missing, refused or not handed in, its window still open or to come. */
function pieceARelancer(now: Date): Prisma.Sql {
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "Justificatif" j WHERE j."candidatureId" = c."id" AND NOT j."caduc"
      AND (j."statut" IN ('ATTENDU', 'NON_CONFORME') OR (j."statut" = 'DEPOSE' AND (j."deposeAt" IS NULL
        OR NOT EXISTS (SELECT 1 FROM "JustificatifFichier" f WHERE f."justificatifId" = j."id" AND f."supprimeAt" IS NULL))))
      AND (CASE WHEN j."pieceCode" IN (${Prisma.join(CONFIRMATIONS)}) AND s."confirmationLimite" IS NOT NULL THEN s."confirmationLimite"
                ELSE coalesce(s."depotCloture", s."inscriptionCloture") END) > ${now})`;
}

const FROM = Prisma.sql`FROM "Candidature" c JOIN "Account" a ON a."id" = c."accountId" JOIN "Session" s ON s."id" = c."sessionId"`;

async function dossier(db: Db, scope: Scope, candidatureId: string) {
  if (!estIdentifiant(candidatureId)) return null;
  return db.candidature.findFirst({
    where: { id: candidatureId, academieId: scope.academieId },
    select: {
      id: true,
      numero: true,
      statut: true,
      account: { select: { nomNaissance: true, nomUsage: true, prenoms: true } },
      session: { select: { inscriptionOuverture: true, inscriptionCloture: true, depotOuverture: true, depotCloture: true, confirmationLimite: true } },
      justificatifs: { select: { pieceCode: true, mode: true, statut: true, caduc: true, deposeAt: true, commentaire: true, _count: { select: { fichiers: { where: { supprimeAt: null } } } } } },
    },
  });
}

/** How many dossiers a courrier would reach; null when the one dossier is not of the manager's académie. */
export async function apercuCourrier(db: Db, scope: Scope, cible: Cible, now: Date): Promise<Apercu | null> {
  if ("candidatureId" in cible) {
    const c = await dossier(db, scope, cible.candidatureId);
    if (!c) return null;
    const pieces = c.justificatifs.map((j) => ({ ...j, nbFichiers: j._count.fichiers }));
    return {
      total: 1,
      concernes: decisionCourrier(c.statut, pieces, c.session, now).ok ? 1 : 0,
      candidature: { id: c.id, numero: c.numero, nom: `${c.account.prenoms} ${(c.account.nomUsage ?? c.account.nomNaissance).toLocaleUpperCase("fr-FR")}` },
    };
  }
  const where = conditionsListe(scope, cible.filtres);
  const [row] = await sansJit(
    db,
    (tx) => tx.$queryRaw<{ total: number; concernes: number }[]>`
      SELECT count(*)::int AS "total", count(*) FILTER (WHERE c."statut" = 'ENREGISTREE' AND ${pieceARelancer(now)})::int AS "concernes"
      ${FROM} WHERE ${where}`,
  );
  return { total: row?.total ?? 0, concernes: row?.concernes ?? 0, candidature: null };
}

export type LancementRefus = "HORS_ACADEMIE" | "AUCUNE_CIBLE" | "TROP_DE_CIBLES";
/** DEJA_EN_COURS: the same operation on the same target is still running (its id, to show it). */
export type Lancement = { ok: true; operationId: string; total: number } | { ok: false; code: LancementRefus } | { ok: false; code: "DEJA_EN_COURS"; operationId: string };

/**
 * Launches the courrier: the target's ids are taken now (the list may change while the queue
 * works; the operation keeps what the manager saw), each re-checked when its turn comes.
 */
export async function lancerCourrier(
  { scope, actor }: { scope: Scope; actor: AuditActor },
  { type, message, cible }: { type: CourrierType; message: string; cible: Cible },
  { now, db }: { now: Date; db: Db },
): Promise<Lancement> {
  let ids: string[];
  if ("candidatureId" in cible) {
    const c = estIdentifiant(cible.candidatureId) ? await db.candidature.findFirst({ where: { id: cible.candidatureId, academieId: scope.academieId }, select: { id: true } }) : null;
    if (!c) return { ok: false, code: "HORS_ACADEMIE" };
    ids = [c.id];
  } else {
    ids = await idsCandidatures(db, scope, cible.filtres, { max: MAX_CIBLES + 1 });
    if (ids.length > MAX_CIBLES) return { ok: false, code: "TROP_DE_CIBLES" };
  }
  if (ids.length === 0) return { ok: false, code: "AUCUNE_CIBLE" };
  const filtres = "candidatureId" in cible ? { candidature: cible.candidatureId } : { ...cible.filtres };
  const op = await db.$transaction((tx) => creerOperation(tx, { scope, actor }, { type, message, filtres, candidatureIds: ids }, now), { timeout: 60_000 });
  if (!op.ok) return op;
  return { ok: true, operationId: op.id, total: ids.length };
}
