import "server-only";
import { Prisma } from "@prisma/client";
import type { Db } from "@/lib/db";
import { PIECES_CATALOGUE, findPiece } from "@/lib/domain/candidature/pieces-catalogue";
import { ACTION_ANNULATION_RETIREE, clotureDepot, decisionAnnulation } from "@/lib/domain/gestion/operations";
import { sansJit } from "./sans-jit";
import type { Scope } from "./scope";

// The annulation page [issue 9 §7]: for each session of the académie whose deposit deadline has
// passed, the registered candidatures whose dossier is still incomplete ("Au-delà du [délai], tout
// dossier incomplet entrainera l'annulation définitive" [C:CF]). The selection is made in SQL
// (decisionAnnulation's rule, written once more as a condition, tested against it), counted per
// session, and only the page's rows are read with their pieces. Read WHERE "academieId" = the
// manager's. A candidature whose annulation an admin d'académie withdrew is not offered again.

export type DossierAnnulable = { id: string; numero: string | null; nom: string; pieces: string[] };

export type SessionAnnulations = {
  id: string;
  libelle: string;
  examen: string;
  cloture: Date;
  zone: string;
  /** How many candidatures may be cancelled now. */
  nombre: number;
  /** The first of them (`lignes`), in name order. */
  annulables: DossierAnnulable[];
  /** Incomplete, but only because pieces wait for the académie's check (or their own later deadline). */
  enAttente: number;
  /** Incomplete, but their annulation was withdrawn by an admin d'académie: not cancelled again. */
  retablies: number;
};

const CONFIRMATIONS = PIECES_CATALOGUE.filter((p) => "confirmation" in p && p.confirmation).map((p) => p.code);

/**
 * A registered candidature `c` (session `s`) that decisionAnnulation cancels at `now`: registration
 * and deposit closed, and a piece missing (nothing, or an online piece without a live file) or non
 * conforme whose own window has closed.
 */
function annulable(now: Date): Prisma.Sql {
  return Prisma.sql`(c."statut" = 'ENREGISTREE' AND s."inscriptionCloture" <= ${now} AND coalesce(s."depotCloture", s."inscriptionCloture") <= ${now}
    AND EXISTS (
      SELECT 1 FROM "Justificatif" j WHERE j."candidatureId" = c."id" AND NOT j."caduc"
        AND (j."statut" IN ('ATTENDU', 'NON_CONFORME')
          OR (j."statut" = 'DEPOSE' AND NOT EXISTS (SELECT 1 FROM "JustificatifFichier" f WHERE f."justificatifId" = j."id" AND f."supprimeAt" IS NULL)))
        AND (CASE WHEN j."pieceCode" IN (${Prisma.join(CONFIRMATIONS)}) AND s."confirmationLimite" IS NOT NULL THEN s."confirmationLimite"
                  ELSE coalesce(s."depotCloture", s."inscriptionCloture") END) <= ${now}))`;
}

const retiree = Prisma.sql`EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."entityType" = 'Candidature' AND e."entityId" = c."id" AND e."action" = ${ACTION_ANNULATION_RETIREE})`;

/** A registered candidature with a piece not (yet) Conforme: the page's population. */
const incomplete = Prisma.sql`c."statut" = 'ENREGISTREE' AND EXISTS (SELECT 1 FROM "Justificatif" j WHERE j."candidatureId" = c."id" AND NOT j."caduc" AND j."statut" <> 'CONFORME')`;

const FROM = Prisma.sql`FROM "Candidature" c JOIN "Session" s ON s."id" = c."sessionId"`;

/** The ids of the candidatures of one session of the académie to cancel at `now`, in name order (at most `max`). */
export async function idsAnnulables(db: Db, scope: Scope, sessionId: string, now: Date, { max, apres }: { max: number; apres?: { nomTri: string; id: string } }): Promise<string[]> {
  const curseur = apres ? Prisma.sql`AND (c."nomTri", c."id") > (${apres.nomTri}, ${apres.id})` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" ${FROM}
    WHERE c."academieId" = ${scope.academieId} AND s."academieId" = ${scope.academieId} AND c."sessionId" = ${sessionId} AND ${annulable(now)} AND NOT ${retiree} ${curseur}
    ORDER BY c."nomTri", c."id" LIMIT ${max}`;
  return rows.map((r) => r.id);
}

export async function listerAnnulables(db: Db, scope: Scope, now: Date, { sessionId, lignes = 200 }: { sessionId?: string; lignes?: number } = {}): Promise<SessionAnnulations[]> {
  const sessions = await db.session.findMany({
    where: {
      academieId: scope.academieId,
      ...(sessionId ? { id: sessionId } : {}),
      OR: [{ depotCloture: { lte: now } }, { depotCloture: null, inscriptionCloture: { lte: now } }],
    },
    select: {
      id: true,
      libelle: true,
      inscriptionOuverture: true,
      inscriptionCloture: true,
      depotOuverture: true,
      depotCloture: true,
      confirmationLimite: true,
      examen: { select: { libelle: true } },
      academie: { select: { timeZone: true } },
    },
    orderBy: [{ inscriptionCloture: "desc" }, { id: "asc" }],
  });
  if (sessions.length === 0) return [];
  // Each dossier's two conditions computed once (OFFSET 0 keeps the planner from copying them into every count).
  const comptes = await sansJit(
    db,
    (tx) => tx.$queryRaw<{ sessionId: string; nombre: number; enAttente: number; retablies: number }[]>`
      SELECT q."sessionId",
        count(*) FILTER (WHERE q.annulable AND NOT q.retiree)::int AS "nombre",
        count(*) FILTER (WHERE NOT q.annulable)::int AS "enAttente",
        count(*) FILTER (WHERE q.annulable AND q.retiree)::int AS "retablies"
      FROM (
        SELECT c."sessionId", ${annulable(now)} AS annulable, ${retiree} AS retiree
        ${FROM}
        WHERE c."academieId" = ${scope.academieId} AND c."sessionId" IN (${Prisma.join(sessions.map((s) => s.id))}) AND ${incomplete}
        OFFSET 0
      ) q
      GROUP BY q."sessionId"`,
  );
  const parSession = new Map(comptes.map((c) => [c.sessionId, c]));
  const out: SessionAnnulations[] = [];
  for (const s of sessions) {
    const compte = parSession.get(s.id);
    const ids = compte && compte.nombre > 0 && lignes > 0 ? await idsAnnulables(db, scope, s.id, now, { max: lignes }) : [];
    const candidatures = await db.candidature.findMany({
      where: { id: { in: ids }, academieId: scope.academieId },
      select: {
        id: true,
        numero: true,
        statut: true,
        account: { select: { nomNaissance: true, nomUsage: true, prenoms: true } },
        justificatifs: { select: { pieceCode: true, mode: true, statut: true, caduc: true, deposeAt: true, commentaire: true, _count: { select: { fichiers: { where: { supprimeAt: null } } } } } },
      },
      orderBy: [{ nomTri: "asc" }, { id: "asc" }],
    });
    const annulables: DossierAnnulable[] = candidatures.map((c) => {
      const decision = decisionAnnulation(c.statut, c.justificatifs.map((j) => ({ ...j, nbFichiers: j._count.fichiers })), s, now);
      return {
        id: c.id,
        numero: c.numero,
        nom: `${(c.account.nomUsage ?? c.account.nomNaissance).toLocaleUpperCase("fr-FR")} ${c.account.prenoms}`,
        pieces: decision.ok ? decision.pieces.map((p) => `${findPiece(p.pieceCode)?.libelle ?? p.pieceCode}${p.etat === "NON_CONFORME" ? " (non conforme)" : ""}`) : [],
      };
    });
    out.push({
      id: s.id,
      libelle: s.libelle,
      examen: s.examen.libelle,
      cloture: clotureDepot(s),
      zone: s.academie.timeZone,
      nombre: compte?.nombre ?? 0,
      annulables,
      enAttente: compte?.enAttente ?? 0,
      retablies: compte?.retablies ?? 0,
    });
  }
  return out;
}
