import "server-only";
import { Prisma } from "@prisma/client";
import type { Db } from "@/lib/db";
import { findPiece } from "@/lib/domain/candidature/pieces-catalogue";
import { decoderCurseur, encoderCurseur } from "@/lib/domain/gestion/filtres";
import type { Scope } from "./scope";

// The review queue [issue 9 §5] ("pièces à contrôler"): every piece of the académie waiting for a
// manager's verdict (handed in by the candidate, or received by post and not decided yet), the
// oldest hand-in first, so that a rectorat goes through thousands of pieces in order.

export type PieceEnAttente = {
  justificatifId: string;
  pieceCode: string;
  libelle: string;
  statut: "DEPOSE" | "RECUE";
  mode: "UPLOAD" | "POSTAL";
  /** When it entered the queue: handed in, or received. */
  depuis: Date;
  candidatureId: string;
  numero: string | null;
  nomNaissance: string;
  nomUsage: string | null;
  prenoms: string;
  sessionLibelle: string;
  examenLibelle: string;
  specialiteLibelle: string | null;
};

export type FilePieces = { total: number; pieces: PieceEnAttente[]; suivante: string | null };

/** Pieces waiting for a verdict in the académie, from the oldest; `apres`: the queue past a skipped piece. */
export async function filePieces(
  db: Db,
  scope: Scope,
  { portefeuille = false, apres, taille = 20 }: { portefeuille?: boolean; apres?: string | null; taille?: number } = {},
): Promise<FilePieces> {
  const conditions: Prisma.Sql[] = [
    Prisma.sql`c."academieId" = ${scope.academieId}`,
    Prisma.sql`c."statut" = 'ENREGISTREE'`,
    Prisma.sql`NOT j."caduc"`,
    Prisma.sql`((j."statut" = 'DEPOSE' AND j."deposeAt" IS NOT NULL) OR j."statut" = 'RECUE')`,
  ];
  if (portefeuille) conditions.push(Prisma.sql`c."specialiteId" IN (SELECT p."specialiteId" FROM "PortefeuilleSpecialite" p WHERE p."accountId" = ${scope.accountId})`);
  const where = Prisma.join(conditions, " AND ");
  const curseur = decoderCurseur(apres, "createdAt");
  const borne = curseur ? Prisma.sql`AND (coalesce(j."deposeAt", j."recuAt", j."updatedAt"), j."id") > (${curseur.valeur}::timestamp(3), ${curseur.id})` : Prisma.empty;
  const [rows, [compte]] = await Promise.all([
    db.$queryRaw<(Omit<PieceEnAttente, "libelle"> & { depuis: Date })[]>`
      SELECT j."id" AS "justificatifId", j."pieceCode", j."statut"::text AS "statut", j."mode"::text AS "mode",
             coalesce(j."deposeAt", j."recuAt", j."updatedAt") AS "depuis", c."id" AS "candidatureId", c."numero",
             a."nomNaissance", a."nomUsage", a."prenoms", s."libelle" AS "sessionLibelle", e."libelleCourt" AS "examenLibelle",
             sp."libelle" AS "specialiteLibelle"
        FROM "Justificatif" j
        JOIN "Candidature" c ON c."id" = j."candidatureId"
        JOIN "Account" a ON a."id" = c."accountId"
        JOIN "Session" s ON s."id" = c."sessionId"
        JOIN "Examen" e ON e."id" = s."examenId"
        LEFT JOIN "Specialite" sp ON sp."id" = c."specialiteId"
       WHERE ${where} ${borne}
       ORDER BY coalesce(j."deposeAt", j."recuAt", j."updatedAt") ASC, j."id" ASC
       LIMIT ${taille + 1}`,
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS "total" FROM "Justificatif" j JOIN "Candidature" c ON c."id" = j."candidatureId" WHERE ${where}`,
  ]);
  const pieces = rows.slice(0, taille).map((r) => ({ ...r, libelle: findPiece(r.pieceCode)?.libelle ?? r.pieceCode }));
  const premiere = pieces[0];
  return {
    total: compte?.total ?? 0,
    pieces,
    // Skipping the piece shown: the queue past it.
    suivante: premiere && rows.length > 1 ? encoderCurseur({ valeur: premiere.depuis.toISOString().replace("Z", ""), id: premiere.justificatifId }) : null,
  };
}
