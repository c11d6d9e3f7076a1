import "server-only";
import { Prisma } from "@prisma/client";
import type { Db, Tx } from "@/lib/db";
import { STATUTS_CANDIDATURE, type StatutCandidature } from "@/lib/domain/gestion/filtres";
import { echeanceDepot, echeanceProche, periodeGraphique, serieParJour, type Periode } from "@/lib/domain/gestion/tableau-de-bord";
import { conditionsListe } from "./lister-candidatures";
import type { Scope } from "./scope";

// The dashboard's figures [issue 9 §1], for one académie: a handful of GROUP BY queries on its own
// rows (Candidature."academieId" in every WHERE, indexed), whatever the number of dossiers. The
// incomplete dossiers are counted with the list's own conditions (conditionsListe), so that a count
// and the list it links to always agree.

export type ParStatut = Record<StatutCandidature, number>;

export type LigneSession = { id: string; libelle: string; examenCode: string; examenLibelle: string; total: number; parStatut: ParStatut };
export type LigneExamen = { code: string; libelle: string; total: number; parStatut: ParStatut };
export type LigneSpecialite = { id: string; code: string; libelle: string; examenLibelle: string; total: number; parStatut: ParStatut };
export type Echeance = { sessionId: string; libelle: string; examenLibelle: string; echeance: Date; passee: boolean; incomplets: number };

export type TableauDeBord = {
  academie: { nom: string; timeZone: string };
  total: number;
  parStatut: ParStatut;
  parSession: LigneSession[];
  parExamen: LigneExamen[];
  parSpecialite: LigneSpecialite[];
  /** Pieces handed in or received and not checked yet, and the dossiers that hold them. */
  aControler: { pieces: number; dossiers: number };
  inscriptions: { periode: Periode; serie: { jour: string; nombre: number }[]; total: number };
  echeances: Echeance[];
};

const zero = (): ParStatut => ({ BROUILLON: 0, ENREGISTREE: 0, DESINSCRITE: 0, ANNULEE: 0 });
const iso = (d: Date) => d.toISOString().replace("Z", "");

export async function tableauDeBord(db: Db | Tx, scope: Scope, now: Date): Promise<TableauDeBord> {
  const [academie, sessions] = await Promise.all([
    db.academie.findUniqueOrThrow({ where: { id: scope.academieId }, select: { nom: true, timeZone: true } }),
    db.session.findMany({
      where: { academieId: scope.academieId },
      select: {
        id: true,
        libelle: true,
        annee: true,
        inscriptionOuverture: true,
        inscriptionCloture: true,
        depotCloture: true,
        examen: { select: { code: true, libelleCourt: true, ordre: true } },
      },
      orderBy: [{ annee: "desc" }, { examen: { ordre: "asc" } }],
    }),
  ]);
  const zone = academie.timeZone;
  const periode = periodeGraphique(
    now,
    zone,
    sessions.map((s) => ({ opensAt: s.inscriptionOuverture, closesAt: s.inscriptionCloture })),
  );
  const proches = sessions.filter((s) => echeanceProche(echeanceDepot(s), now));

  const [groupes, [aControler], parJour, incomplets] = await Promise.all([
    db.$queryRaw<{ sessionId: string; specialiteId: string | null; statut: StatutCandidature; nombre: number }[]>`
      SELECT c."sessionId", c."specialiteId", c."statut"::text AS "statut", count(*)::int AS "nombre"
        FROM "Candidature" c WHERE c."academieId" = ${scope.academieId}
       GROUP BY 1, 2, 3`,
    db.$queryRaw<{ pieces: number; dossiers: number }[]>`
      SELECT count(*)::int AS "pieces", count(DISTINCT j."candidatureId")::int AS "dossiers"
        FROM "Justificatif" j JOIN "Candidature" c ON c."id" = j."candidatureId"
       WHERE c."academieId" = ${scope.academieId} AND NOT j."caduc"
         AND ((j."statut" = 'DEPOSE' AND j."deposeAt" IS NOT NULL) OR j."statut" = 'RECUE')`,
    // The day in the académie's zone: the column holds UTC wall time (timestamp without zone).
    db.$queryRaw<{ jour: string; nombre: number }[]>`
      SELECT to_char((c."premierEnregistrementAt" AT TIME ZONE 'UTC') AT TIME ZONE ${zone}, 'YYYY-MM-DD') AS "jour", count(*)::int AS "nombre"
        FROM "Candidature" c
       WHERE c."academieId" = ${scope.academieId}
         AND c."premierEnregistrementAt" >= ${iso(periode.depuis)}::timestamp(3) AND c."premierEnregistrementAt" < ${iso(periode.jusqua)}::timestamp(3)
       GROUP BY 1`,
    proches.length === 0
      ? Promise.resolve([] as { sessionId: string; nombre: number }[])
      : db.$queryRaw<{ sessionId: string; nombre: number }[]>`
          SELECT c."sessionId", count(*)::int AS "nombre" FROM "Candidature" c
           WHERE ${conditionsListe(scope, { pieces: "manquantes" })} AND c."sessionId" IN (${Prisma.join(proches.map((s) => s.id))})
           GROUP BY 1`,
  ]);

  const specialites = await db.specialite.findMany({
    where: { id: { in: [...new Set(groupes.map((g) => g.specialiteId).filter((id): id is string => id !== null))] } },
    select: { id: true, codeDiplome: true, libelle: true, examen: { select: { libelleCourt: true, ordre: true } } },
  });

  const parStatut = zero();
  const parSession = new Map<string, LigneSession>(
    sessions.map((s) => [s.id, { id: s.id, libelle: s.libelle, examenCode: s.examen.code, examenLibelle: s.examen.libelleCourt, total: 0, parStatut: zero() }]),
  );
  const parExamen = new Map<string, LigneExamen>();
  const parSpecialite = new Map<string, LigneSpecialite>();
  const specialiteParId = new Map(specialites.map((s) => [s.id, s]));
  let total = 0;
  for (const g of groupes) {
    if (!STATUTS_CANDIDATURE.includes(g.statut)) continue;
    total += g.nombre;
    parStatut[g.statut] += g.nombre;
    const session = parSession.get(g.sessionId);
    if (session) {
      session.total += g.nombre;
      session.parStatut[g.statut] += g.nombre;
      const examen = parExamen.get(session.examenCode) ?? { code: session.examenCode, libelle: session.examenLibelle, total: 0, parStatut: zero() };
      examen.total += g.nombre;
      examen.parStatut[g.statut] += g.nombre;
      parExamen.set(session.examenCode, examen);
    }
    const sp = g.specialiteId ? specialiteParId.get(g.specialiteId) : undefined;
    if (sp) {
      const ligne = parSpecialite.get(sp.id) ?? { id: sp.id, code: sp.codeDiplome, libelle: sp.libelle, examenLibelle: sp.examen.libelleCourt, total: 0, parStatut: zero() };
      ligne.total += g.nombre;
      ligne.parStatut[g.statut] += g.nombre;
      parSpecialite.set(sp.id, ligne);
    }
  }
  const ordreExamen = new Map(sessions.map((s) => [s.examen.code as string, s.examen.ordre]));
  const incompletsParSession = new Map(incomplets.map((i) => [i.sessionId, i.nombre]));
  const serie = serieParJour(periode.jours, parJour);

  return {
    academie,
    total,
    parStatut,
    parSession: [...parSession.values()],
    parExamen: [...parExamen.values()].sort((a, b) => (ordreExamen.get(a.code) ?? 0) - (ordreExamen.get(b.code) ?? 0)),
    parSpecialite: [...parSpecialite.values()].sort((a, b) => b.total - a.total || a.libelle.localeCompare(b.libelle, "fr")),
    aControler: aControler ?? { pieces: 0, dossiers: 0 },
    inscriptions: { periode, serie, total: serie.reduce((n, j) => n + j.nombre, 0) },
    echeances: proches
      .map((s) => {
        const echeance = echeanceDepot(s);
        return {
          sessionId: s.id,
          libelle: s.libelle,
          examenLibelle: s.examen.libelleCourt,
          echeance,
          passee: echeance.getTime() <= now.getTime(),
          incomplets: incompletsParSession.get(s.id) ?? 0,
        };
      })
      .sort((a, b) => a.echeance.getTime() - b.echeance.getTime()),
  };
}
