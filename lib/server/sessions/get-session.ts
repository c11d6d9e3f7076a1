import "server-only";
import type { PieceMode, Prisma } from "@prisma/client";
import { getDb, type Db } from "@/lib/db";
import { windowState, type Window, type WindowState } from "@/lib/domain/calendar";
import { estIdentifiant } from "@/lib/domain/identifiant";
import { sessionsInscriptibles } from "@/lib/server/candidatures/load-validation-context";

const sessionInclude = {
  academie: { include: { contacts: { orderBy: [{ ordre: "asc" }, { libelle: "asc" }] } } },
  examen: true,
  pieces: { include: { piece: true } },
  prolongations: { orderBy: { at: "desc" }, select: { echeance: true, ancienne: true, nouvelle: true, motif: true, at: true } },
} satisfies Prisma.SessionInclude;

export type SessionPieceDetail = { code: string; libelle: string; rubrique: string; mode: PieceMode };

/**
 * A published session with what its public page shows, or null (unknown or unpublished id).
 * `nonPubliee`: also an unpublished one, for the académie admin's preview (whose page checks the
 * session is of the admin's académie first).
 */
export async function getSession(id: string, now: Date, db?: Db, { nonPubliee = false }: { nonPubliee?: boolean } = {}) {
  // A URL segment that cannot be an id (a NUL, an unpaired surrogate) is unknown, without a query that would fail.
  if (!estIdentifiant(id)) return null;
  const client = db ?? (await getDb());
  const session = await client.session.findFirst({ where: nonPubliee ? { id } : { id, publiee: true }, include: sessionInclude });
  if (!session) return null;

  const inscription: Window = { opensAt: session.inscriptionOuverture, closesAt: session.inscriptionCloture };
  const depot: Window | null =
    session.depotOuverture && session.depotCloture ? { opensAt: session.depotOuverture, closesAt: session.depotCloture } : null;
  const pieces: SessionPieceDetail[] = session.pieces
    .toSorted((a, b) => a.piece.ordre - b.piece.ordre || a.piece.libelle.localeCompare(b.piece.libelle, "fr"))
    .map(({ piece, mode }) => ({ code: piece.code, libelle: piece.libelle, rubrique: piece.rubrique, mode }));
  const inscriptibles = await sessionsInscriptibles(client, [session]);

  return {
    ...session,
    pieces,
    inscription,
    etat: windowState(inscription, now) satisfies WindowState,
    depot,
    etatDepot: depot ? windowState(depot, now) : null,
    /** The exam has a catalogue (a spécialité with its épreuves): registration happens on this portal. */
    enLigne: inscriptibles.has(session.id),
  };
}

export type SessionDetail = NonNullable<Awaited<ReturnType<typeof getSession>>>;
