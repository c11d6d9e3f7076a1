import "server-only";
import type { Db } from "@/lib/db";
import { windowState, type WindowState } from "@/lib/domain/calendar";
import type { Scope } from "@/lib/server/gestion/scope";

export type SessionAcademie = {
  id: string;
  annee: number;
  libelle: string;
  publiee: boolean;
  demo: boolean;
  examen: { code: string; libelle: string };
  inscription: { opensAt: Date; closesAt: Date };
  etat: WindowState;
  candidatures: number;
};

/** The sessions of the caller's académie (scoped in the query), newest year first. */
export async function listerSessionsAcademie(db: Db, scope: Scope, now: Date): Promise<SessionAcademie[]> {
  const rows = await db.session.findMany({
    where: { academieId: scope.academieId },
    select: {
      id: true,
      annee: true,
      libelle: true,
      publiee: true,
      demo: true,
      inscriptionOuverture: true,
      inscriptionCloture: true,
      examen: { select: { code: true, libelle: true, ordre: true } },
      _count: { select: { candidatures: true } },
    },
    orderBy: [{ annee: "desc" }, { examen: { ordre: "asc" } }, { inscriptionOuverture: "desc" }],
  });
  return rows.map((s) => {
    const inscription = { opensAt: s.inscriptionOuverture, closesAt: s.inscriptionCloture };
    return {
      id: s.id,
      annee: s.annee,
      libelle: s.libelle,
      publiee: s.publiee,
      demo: s.demo,
      examen: { code: s.examen.code, libelle: s.examen.libelle },
      inscription,
      etat: windowState(inscription, now),
      candidatures: s._count.candidatures,
    };
  });
}
