import "server-only";
import { Prisma } from "@prisma/client";
import type { Db } from "@/lib/db";
import { lots } from "@/lib/domain/gestion/operations";
import { FENETRE_RAPPELS_HEURES, RAPPELS, rappelDu, rappelEnCours, type FamilleRappel, type Rappel, type RappelEnCours } from "@/lib/domain/session/rappels";
import { courrielRappel, etatPieceRappel, type PieceRappel } from "@/lib/domain/session/rappels-courriel";
import { renderMail } from "@/lib/mail";
import { appUrl } from "@/lib/server/accounts/mails";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import { envoyerCourriel } from "@/lib/server/candidatures/envoyer-courriel";

// Reminders before a deadline [issue 10 §5]: drafts never ENREGISTRÉES 72 h and 24 h before the
// registration closes, registered dossiers with pieces missing before the deposit closes. Run by
// the `rappels` job every quarter of an hour for every académie, and by an admin d'académie's
// button for theirs. Each reminder goes once: its RappelEnvoye row (primary key candidature +
// reminder) is inserted ON CONFLICT DO NOTHING in the transaction that queues the mail, and only
// the rows this transaction inserted get one, so two runs at once, or a retried job, never send
// twice (the second waits on the first's rows, then finds them taken).
//
// Cost on deadline night: only the published sessions with a deadline in the next 72 h are read
// (the Session table holds a few hundred rows); their candidatures through the index
// (sessionId, statut), RappelEnvoye by its primary key (candidatureId, rappel), EtatPieces and
// Account by theirs. What is sent is done in lots of LOT candidatures, one transaction each.

const LOT = 200;
const HEURE = 3_600_000;

export type ResultatRappels = {
  /** Sessions with a deadline in the next 72 h. */
  sessions: number;
  envoyes: Record<Rappel, number>;
  total: number;
};

type SessionARappeler = {
  id: string;
  academieId: string;
  libelle: string;
  inscriptionCloture: Date;
  depotCloture: Date | null;
  examen: { libelle: string };
  academie: { nom: string; timeZone: string };
};

// The candidatures a family of reminders is for, in SQL on "Candidature" c: what familleRappel says.
const CONDITION: Record<FamilleRappel, Prisma.Sql> = {
  BROUILLON: Prisma.sql`c."statut" = 'BROUILLON' AND c."premierEnregistrementAt" IS NULL`,
  PIECES: Prisma.sql`c."statut" = 'ENREGISTREE' AND EXISTS (SELECT 1 FROM "EtatPieces" e WHERE e."candidatureId" = c."id" AND e."manquantes" > 0)`,
};
const FAMILLES: readonly FamilleRappel[] = ["BROUILLON", "PIECES"];

/** Sends every reminder due at `now` (in one académie only when `academieId` is given); returns how many of each. */
export async function envoyerRappels(db: Db, { now, academieId }: { now: Date; academieId?: string }): Promise<ResultatRappels> {
  const dans = { gt: now, lte: new Date(now.getTime() + FENETRE_RAPPELS_HEURES * HEURE) };
  const sessions: SessionARappeler[] = await db.session.findMany({
    where: { publiee: true, ...(academieId !== undefined ? { academieId } : {}), OR: [{ inscriptionCloture: dans }, { depotCloture: dans }] },
    select: {
      id: true,
      academieId: true,
      libelle: true,
      inscriptionCloture: true,
      depotCloture: true,
      examen: { select: { libelle: true } },
      academie: { select: { nom: true, timeZone: true } },
    },
    orderBy: { inscriptionCloture: "asc" },
  });
  const envoyes = Object.fromEntries(RAPPELS.map((r) => [r, 0])) as Record<Rappel, number>;
  for (const session of sessions) {
    for (const famille of FAMILLES) {
      const enCours = rappelEnCours(famille, session, now);
      if (!enCours) continue;
      const ids = await aRappeler(db, session, famille, enCours);
      for (const lot of lots(ids, LOT)) envoyes[enCours.rappel] += await rappelerLot(db, session, famille, enCours, lot, now);
    }
  }
  return { sessions: sessions.length, envoyes, total: RAPPELS.reduce((n, r) => n + envoyes[r], 0) };
}

/**
 * The same for an admin d'académie's « Envoyer maintenant les rappels dus »: their académie only,
 * recorded in the audit trail with what was sent.
 */
export async function envoyerRappelsAcademie(
  db: Db,
  { actor, academieId }: { actor: AuditActor; academieId: string },
  { now, ip = null }: { now: Date; ip?: string | null },
): Promise<ResultatRappels> {
  const resultat = await envoyerRappels(db, { now, academieId });
  await recordAuditEvent(db, {
    actor,
    action: "rappels.envoyes",
    entityType: "Academie",
    entityId: academieId,
    academieId,
    after: { maintenant: now.toISOString(), sessions: resultat.sessions, envoyes: resultat.envoyes },
    ip,
    at: now,
  });
  return resultat;
}

/** The ids of the session's candidatures of this family not yet settled, whose account is active. */
async function aRappeler(db: Db, session: SessionARappeler, famille: FamilleRappel, enCours: RappelEnCours): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM "Candidature" c
    WHERE c."sessionId" = ${session.id} AND c."academieId" = ${session.academieId} AND ${CONDITION[famille]}
      AND NOT EXISTS (SELECT 1 FROM "RappelEnvoye" r WHERE r."candidatureId" = c."id" AND r."rappel" = ANY(${[...enCours.regle]}::text[]))
      AND EXISTS (SELECT 1 FROM "Account" a WHERE a."id" = c."accountId" AND a."disabledAt" IS NULL)
    ORDER BY c."id"`;
  return rows.map((r) => r.id);
}

type Ligne = {
  id: string;
  statut: "BROUILLON" | "ENREGISTREE" | "DESINSCRITE" | "ANNULEE";
  dejaEnregistree: boolean;
  numero: string | null;
  manquantes: number;
  email: string;
  prenoms: string;
  desactive: boolean;
  specialite: string | null;
  envoyes: string[];
};

/** One lot: each candidature read again and checked by rappelDu, then its reminder recorded and its mail queued, in one transaction. */
async function rappelerLot(db: Db, session: SessionARappeler, famille: FamilleRappel, enCours: RappelEnCours, ids: readonly string[], now: Date): Promise<number> {
  const lignes = await db.$queryRaw<Ligne[]>`
    SELECT c."id", c."statut"::text AS "statut", c."premierEnregistrementAt" IS NOT NULL AS "dejaEnregistree", c."numero",
           COALESCE(e."manquantes", 0)::int AS "manquantes", a."email", a."prenoms", a."disabledAt" IS NOT NULL AS "desactive",
           s."libelle" AS "specialite", ARRAY(SELECT r."rappel" FROM "RappelEnvoye" r WHERE r."candidatureId" = c."id") AS "envoyes"
    FROM "Candidature" c
    JOIN "Account" a ON a."id" = c."accountId"
    LEFT JOIN "EtatPieces" e ON e."candidatureId" = c."id"
    LEFT JOIN "Specialite" s ON s."id" = c."specialiteId"
    WHERE c."id" = ANY(${[...ids]}::text[]) AND c."sessionId" = ${session.id} AND c."academieId" = ${session.academieId}`;
  const dus = lignes.filter(
    (l) =>
      !l.desactive &&
      rappelDu({
        maintenant: now,
        inscriptionCloture: session.inscriptionCloture,
        depotCloture: session.depotCloture,
        statut: l.statut,
        dejaEnregistree: l.dejaEnregistree,
        piecesManquantes: l.manquantes,
        envoyes: new Set(l.envoyes as Rappel[]),
      }) === enCours.rappel,
  );
  if (dus.length === 0) return 0;
  const pieces = famille === "PIECES" ? await piecesManquantes(db, dus.map((l) => l.id)) : new Map<string, PieceRappel[]>();
  const parId = new Map(dus.map((l) => [l.id, l]));
  return db.$transaction(async (tx) => {
    // The family's condition once more in the INSERT: a candidate who registers meanwhile gets no draft reminder.
    const inseres = await tx.$queryRaw<{ candidatureId: string }[]>`
      INSERT INTO "RappelEnvoye" ("candidatureId", "rappel", "echeance", "envoyeAt")
      SELECT c."id", ${enCours.rappel}, ${utc(enCours.echeance)}, ${utc(now)} FROM "Candidature" c
      WHERE c."id" = ANY(${[...parId.keys()]}::text[]) AND ${CONDITION[famille]}
      ON CONFLICT ("candidatureId", "rappel") DO NOTHING
      RETURNING "candidatureId"`;
    for (const { candidatureId } of inseres) {
      const l = parId.get(candidatureId)!;
      const courriel = courrielRappel({
        rappel: enCours.rappel,
        echeance: enCours.echeance,
        zone: session.academie.timeZone,
        candidatureId,
        prenoms: l.prenoms,
        examen: session.examen.libelle,
        specialite: l.specialite,
        session: session.libelle,
        academie: session.academie.nom,
        numero: l.numero,
        pieces: pieces.get(candidatureId) ?? [],
      });
      const { text, html } = renderMail({
        title: courriel.titre,
        paragraphs: courriel.paragraphes,
        action: { label: courriel.action.label, url: appUrl(courriel.action.chemin) },
        footer: courriel.pied,
      });
      await envoyerCourriel(tx, { to: l.email, subject: courriel.sujet, text, html });
    }
    return inseres.length;
  });
}

/** An instant for a timestamp column (UTC, as Prisma stores them) whatever the connection's TimeZone. */
const utc = (instant: Date) => Prisma.sql`(${instant.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

/** The missing pieces of each candidature, in the order they were required. */
async function piecesManquantes(db: Db, ids: readonly string[]): Promise<Map<string, PieceRappel[]>> {
  const rows = await db.$queryRaw<{ candidatureId: string; pieceCode: string; mode: "UPLOAD" | "POSTAL"; statut: string; deposeAt: Date | null; caduc: boolean }[]>`
    SELECT j."candidatureId", j."pieceCode", j."mode"::text AS "mode", j."statut"::text AS "statut", j."deposeAt", j."caduc"
    FROM "Justificatif" j WHERE j."candidatureId" = ANY(${[...ids]}::text[]) AND NOT j."caduc"
    ORDER BY j."candidatureId", j."createdAt", j."pieceCode"`;
  const parCandidature = new Map<string, PieceRappel[]>();
  for (const r of rows) {
    const etat = etatPieceRappel(r);
    if (!etat) continue;
    parCandidature.set(r.candidatureId, [...(parCandidature.get(r.candidatureId) ?? []), { pieceCode: r.pieceCode, mode: r.mode, etat }]);
  }
  return parCandidature;
}
