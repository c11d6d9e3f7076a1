import "server-only";
import type { Db } from "@/lib/db";
import type { Scope } from "./scope";

export type OptionsFiltres = {
  academie: { nom: string; slug: string; timeZone: string };
  sessions: { id: string; libelle: string; annee: number; examenCode: string; examenLibelle: string }[];
  examens: { code: string; libelle: string }[];
  specialites: { id: string; codeDiplome: string; libelle: string; examenCode: string }[];
  /** The spécialités of the manager's portfolio. */
  portefeuille: string[];
};

/** What a manager may filter on: their académie's sessions, its exams and their spécialités. */
export async function optionsFiltres(db: Db, scope: Scope): Promise<OptionsFiltres> {
  const [academie, sessions, portefeuille] = await Promise.all([
    db.academie.findUniqueOrThrow({ where: { id: scope.academieId }, select: { nom: true, slug: true, timeZone: true } }),
    db.session.findMany({
      where: { academieId: scope.academieId },
      select: { id: true, libelle: true, annee: true, examenId: true, examen: { select: { code: true, libelleCourt: true, ordre: true } } },
      orderBy: [{ annee: "desc" }, { examen: { ordre: "asc" } }],
    }),
    db.portefeuilleSpecialite.findMany({ where: { accountId: scope.accountId }, select: { specialiteId: true } }),
  ]);
  const examenIds = [...new Set(sessions.map((s) => s.examenId))];
  const specialites = await db.specialite.findMany({
    where: { examenId: { in: examenIds } },
    select: { id: true, codeDiplome: true, libelle: true, examen: { select: { code: true } } },
    orderBy: [{ libelle: "asc" }],
  });
  const examens = new Map(sessions.map((s) => [s.examen.code as string, s.examen.libelleCourt]));
  return {
    academie,
    sessions: sessions.map((s) => ({ id: s.id, libelle: s.libelle, annee: s.annee, examenCode: s.examen.code, examenLibelle: s.examen.libelleCourt })),
    examens: [...examens].map(([code, libelle]) => ({ code, libelle })),
    specialites: specialites.map((s) => ({ id: s.id, codeDiplome: s.codeDiplome, libelle: s.libelle, examenCode: s.examen.code })),
    portefeuille: portefeuille.map((p) => p.specialiteId),
  };
}
