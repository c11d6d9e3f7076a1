import "server-only";
import type { Db } from "@/lib/db";
import { windowState } from "@/lib/domain/calendar";
import { estIdentifiant } from "@/lib/domain/identifiant";
import type { Scope } from "@/lib/server/gestion/scope";

/** A session of the caller's académie as its admin edits it, or null (unknown id, or another académie's). */
export async function chargerSessionAdmin(db: Db, scope: Scope, sessionId: string, now: Date) {
  if (!estIdentifiant(sessionId)) return null;
  const session = await db.session.findFirst({
    where: { id: sessionId, academieId: scope.academieId },
    include: {
      academie: { select: { nom: true, timeZone: true, adressePostale: true, amenagementUrl: true } },
      examen: { select: { id: true, code: true, libelle: true } },
      pieces: { select: { pieceCode: true, mode: true } },
      prolongations: { orderBy: { at: "desc" }, include: { auteur: { select: { prenoms: true, nomNaissance: true, nomUsage: true } } } },
      configurations: { orderBy: { version: "desc" }, select: { version: true, createdAt: true } },
      _count: { select: { candidatures: true } },
    },
  });
  if (!session) return null;
  const [specialites, pieces, aRevoir] = await Promise.all([
    db.specialite.findMany({ where: { examenId: session.examen.id, active: true }, select: { codeDiplome: true, libelle: true }, orderBy: { libelle: "asc" } }),
    db.pieceType.findMany({ select: { code: true, libelle: true, rubrique: true }, orderBy: [{ ordre: "asc" }, { code: "asc" }] }),
    db.candidature.count({ where: { sessionId, academieId: scope.academieId, aRevoirAt: { not: null } } }),
  ]);
  const inscription = { opensAt: session.inscriptionOuverture, closesAt: session.inscriptionCloture };
  return { ...session, inscription, etat: windowState(inscription, now), specialitesExamen: specialites, catalogue: pieces, aRevoir };
}

export type SessionAdmin = NonNullable<Awaited<ReturnType<typeof chargerSessionAdmin>>>;
