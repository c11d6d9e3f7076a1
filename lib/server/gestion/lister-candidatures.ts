import "server-only";
import { Prisma } from "@prisma/client";
import type { Db, Tx } from "@/lib/db";
import {
  decoderCurseur,
  encoderCurseur,
  interpreterRecherche,
  motifContient,
  ordreDuTri,
  TAILLE_PAGE,
  type Curseur,
  type Filtres,
} from "@/lib/domain/gestion/filtres";
import type { Scope } from "./scope";

// The back office's list [issue 9 §2], shared by the page, the exports and the bulk actions so that
// they always act on exactly the rows a manager sees. Scoped to the manager's académie in the WHERE
// clause itself (Candidature.academieId, indexed with each sort's column), paged by keyset: a deep
// page costs what the first one does.

/** One row of the list (and of the exports). */
export type LigneCandidature = {
  id: string;
  numero: string | null;
  statut: "BROUILLON" | "ENREGISTREE" | "DESINSCRITE" | "ANNULEE";
  createdAt: Date;
  premierEnregistrementAt: Date | null;
  dernierEnregistrementAt: Date | null;
  piecesFourniesAt: Date | null;
  annuleeAt: Date | null;
  nomTri: string;
  civilite: string | null;
  nomNaissance: string;
  nomUsage: string | null;
  prenoms: string;
  dateNaissance: Date | null;
  email: string;
  sessionId: string;
  sessionLibelle: string;
  examenCode: string;
  examenLibelle: string;
  specialiteCode: string | null;
  specialiteLibelle: string | null;
  /** Pieces still required, by status. */
  piecesAttendues: number;
  piecesDeposees: number;
  piecesAControler: number;
  piecesNonConformes: number;
  piecesConformes: number;
};

/** Pieces still required by the candidature (caduc ones are kept for the record only). */
const PIECE_ACTIVE = Prisma.sql`j."candidatureId" = c."id" AND NOT j."caduc"`;
/** Handed in by the candidate or received by post, and not checked yet. */
const PIECE_A_CONTROLER = Prisma.sql`((j."statut" = 'DEPOSE' AND j."deposeAt" IS NOT NULL) OR j."statut" = 'RECUE')`;

/** A count of EtatPieces (kept by the database's triggers on Justificatif; no row: no piece). */
const etat = (condition: Prisma.Sql) => Prisma.sql`EXISTS (SELECT 1 FROM "EtatPieces" k WHERE k."candidatureId" = c."id" AND ${condition})`;

/**
 * The WHERE clause of a list, on the candidature alone (c), the académie first, always: other
 * tables are reached by subqueries, so that a count reads one index and callers may join what
 * they need.
 */
export function conditionsListe(scope: Scope, filtres: Filtres): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`c."academieId" = ${scope.academieId}`];
  if (filtres.session) conditions.push(Prisma.sql`c."sessionId" = ${filtres.session}`);
  if (filtres.examen)
    conditions.push(
      Prisma.sql`c."sessionId" IN (SELECT s2."id" FROM "Session" s2 JOIN "Examen" e2 ON e2."id" = s2."examenId" WHERE s2."academieId" = ${scope.academieId} AND e2."code"::text = ${filtres.examen})`,
    );
  if (filtres.specialite) conditions.push(Prisma.sql`c."specialiteId" = ${filtres.specialite}`);
  if (filtres.statut) conditions.push(Prisma.sql`c."statut"::text = ${filtres.statut}`);
  if (filtres.portefeuille === "1")
    conditions.push(Prisma.sql`c."specialiteId" IN (SELECT p."specialiteId" FROM "PortefeuilleSpecialite" p WHERE p."accountId" = ${scope.accountId})`);
  switch (filtres.pieces) {
    case "a-controler":
      conditions.push(etat(Prisma.sql`k."aControler" > 0`));
      break;
    case "non-conformes":
      conditions.push(etat(Prisma.sql`k."nonConformes" > 0`));
      break;
    case "manquantes":
      conditions.push(Prisma.sql`c."statut" = 'ENREGISTREE'`, etat(Prisma.sql`k."manquantes" > 0`));
      break;
    case "completes":
      conditions.push(Prisma.sql`c."statut" = 'ENREGISTREE' AND NOT ${etat(Prisma.sql`k."nonValidees" > 0`)}`);
      break;
  }
  const recherche = interpreterRecherche(filtres.q);
  if (recherche?.type === "email") conditions.push(Prisma.sql`c."accountId" IN (SELECT a2."id" FROM "Account" a2 WHERE a2."emailNormalized" = ${recherche.email})`);
  if (recherche?.type === "numero") conditions.push(Prisma.sql`c."numero" = ${recherche.numero}`);
  if (recherche?.type === "nom") {
    const motifs = recherche.mots.map((mot) => Prisma.sql`t."recherche" LIKE ${motifContient(mot)}`);
    // Words of three letters or more are found through the trigram index, first (an InitPlan): left
    // to itself the planner walks the sort's index and filters out most of the académie.
    if (recherche.mots.some((mot) => mot.length >= 3))
      conditions.push(
        Prisma.sql`c."id" = ANY(ARRAY(SELECT t."id" FROM "Candidature" t WHERE t."academieId" = ${scope.academieId} AND ${Prisma.join(motifs, " AND ")}))`,
      );
    else for (const mot of recherche.mots) conditions.push(Prisma.sql`c."recherche" LIKE ${motifContient(mot)}`);
  }
  return Prisma.join(conditions, " AND ");
}

/** Beyond this, the list says "plus de 10 000": an exact count of a whole académie costs more than a page. */
export const COMPTE_MAX = 10_000;

const FROM = Prisma.sql`FROM "Candidature" c`;

const COLONNES = Prisma.sql`
  c."id", c."numero", c."statut"::text AS "statut", c."createdAt", c."premierEnregistrementAt", c."dernierEnregistrementAt",
  c."piecesFourniesAt", c."annuleeAt", c."nomTri", a."civilite"::text AS "civilite", a."nomNaissance", a."nomUsage", a."prenoms",
  a."dateNaissance", a."email", s."id" AS "sessionId", s."libelle" AS "sessionLibelle", e."code"::text AS "examenCode",
  e."libelleCourt" AS "examenLibelle", sp."codeDiplome" AS "specialiteCode", sp."libelle" AS "specialiteLibelle",
  coalesce(p."attendues", 0)::int AS "piecesAttendues", coalesce(p."deposees", 0)::int AS "piecesDeposees",
  coalesce(p."aControler", 0)::int AS "piecesAControler", coalesce(p."nonConformes", 0)::int AS "piecesNonConformes",
  coalesce(p."conformes", 0)::int AS "piecesConformes"`;

const JOINTURES_LIGNE = Prisma.sql`
  JOIN "Examen" e ON e."id" = s."examenId"
  LEFT JOIN "Specialite" sp ON sp."id" = c."specialiteId"
  LEFT JOIN LATERAL (
    SELECT count(*) FILTER (WHERE j."statut" = 'ATTENDU') AS "attendues",
           count(*) FILTER (WHERE j."statut" = 'DEPOSE' AND j."deposeAt" IS NULL) AS "deposees",
           count(*) FILTER (WHERE ${PIECE_A_CONTROLER}) AS "aControler",
           count(*) FILTER (WHERE j."statut" = 'NON_CONFORME') AS "nonConformes",
           count(*) FILTER (WHERE j."statut" = 'CONFORME') AS "conformes"
      FROM "Justificatif" j WHERE ${PIECE_ACTIVE}) p ON true`;

function orderBy(colonne: "nomTri" | "createdAt", sens: "asc" | "desc"): Prisma.Sql {
  const dir = Prisma.raw(sens === "asc" ? "ASC" : "DESC");
  return Prisma.sql`ORDER BY c.${Prisma.raw(`"${colonne}"`)} ${dir}, c."id" ${dir}`;
}

/** Rows after (or before) a cursor in the sort's order. */
function apres(colonne: "nomTri" | "createdAt", sens: "asc" | "desc", curseur: Curseur): Prisma.Sql {
  const op = Prisma.raw(sens === "asc" ? ">" : "<");
  const valeur = colonne === "createdAt" ? Prisma.sql`${curseur.valeur}::timestamp(3)` : Prisma.sql`${curseur.valeur}`;
  return Prisma.sql`(c.${Prisma.raw(`"${colonne}"`)}, c."id") ${op} (${valeur}, ${curseur.id})`;
}

const valeurDuTri = (ligne: LigneCandidature, colonne: "nomTri" | "createdAt") =>
  colonne === "nomTri" ? ligne.nomTri : ligne.createdAt.toISOString().replace("Z", "");

export type PageCandidatures = {
  lignes: LigneCandidature[];
  /** Exact up to COMPTE_MAX; `totalPlafonne` when there are more. */
  total: number;
  totalPlafonne: boolean;
  /** The cursor of the next page ("apres"), null on the last one. */
  suivante: string | null;
  /** The cursor of the previous page ("avant"), null on the first one. */
  precedente: string | null;
};

/**
 * One page of the list: `apres` (the next page) or `avant` (the previous one), encoded cursors
 * taken from the URL; an unreadable cursor gives the first page.
 */
export async function listerCandidatures(
  db: Db | Tx,
  scope: Scope,
  filtres: Filtres,
  {
    apres: apresTexte,
    avant: avantTexte,
    taille = TAILLE_PAGE,
    plafond = COMPTE_MAX,
  }: { apres?: string | null; avant?: string | null; taille?: number; plafond?: number } = {},
): Promise<PageCandidatures> {
  const { colonne, sens } = ordreDuTri(filtres.tri);
  const where = conditionsListe(scope, filtres);
  const curseurApres = decoderCurseur(apresTexte, colonne);
  const curseurAvant = curseurApres ? null : decoderCurseur(avantTexte, colonne);
  const arriere = curseurAvant !== null;
  const sensLu = arriere ? (sens === "asc" ? "desc" : "asc") : sens;
  const curseur = curseurApres ?? curseurAvant;
  const borne = curseur ? Prisma.sql`AND ${apres(colonne, sensLu, curseur)}` : Prisma.empty;

  const [lues, [compte]] = await Promise.all([
    db.$queryRaw<LigneCandidature[]>`
      SELECT ${COLONNES} FROM (SELECT c.* ${FROM} WHERE ${where} ${borne} ${orderBy(colonne, sensLu)} LIMIT ${taille + 1}) c
        JOIN "Account" a ON a."id" = c."accountId" JOIN "Session" s ON s."id" = c."sessionId" ${JOINTURES_LIGNE}
      ${orderBy(colonne, sensLu)}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS "total" FROM (SELECT 1 ${FROM} WHERE ${where} LIMIT ${plafond + 1}) n`,
  ]);
  const encore = lues.length > taille;
  const page = lues.slice(0, taille);
  if (arriere) page.reverse();
  const premiere = page[0];
  const derniere = page.at(-1);
  return {
    lignes: page,
    total: Math.min(compte?.total ?? 0, plafond),
    totalPlafonne: (compte?.total ?? 0) > plafond,
    suivante: derniere && (arriere || encore) ? encoderCurseur({ valeur: valeurDuTri(derniere, colonne), id: derniere.id }) : null,
    precedente: premiere && (arriere ? encore : curseur !== null) ? encoderCurseur({ valeur: valeurDuTri(premiere, colonne), id: premiere.id }) : null,
  };
}

/**
 * Every row of a filtered list, in the list's order, a batch at a time (exports, bulk actions):
 * memory stays flat whatever the count.
 */
export async function* parcourirCandidatures(db: Db, scope: Scope, filtres: Filtres, { lot = 1000 }: { lot?: number } = {}): AsyncGenerator<LigneCandidature> {
  const { colonne, sens } = ordreDuTri(filtres.tri);
  const where = conditionsListe(scope, filtres);
  let curseur: Curseur | null = null;
  for (;;) {
    const borne: Prisma.Sql = curseur ? Prisma.sql`AND ${apres(colonne, sens, curseur)}` : Prisma.empty;
    const lignes: LigneCandidature[] = await db.$queryRaw<LigneCandidature[]>`
      SELECT ${COLONNES} FROM (SELECT c.* ${FROM} WHERE ${where} ${borne} ${orderBy(colonne, sens)} LIMIT ${lot}) c
        JOIN "Account" a ON a."id" = c."accountId" JOIN "Session" s ON s."id" = c."sessionId" ${JOINTURES_LIGNE}
      ${orderBy(colonne, sens)}`;
    yield* lignes;
    const derniere = lignes.at(-1);
    if (!derniere || lignes.length < lot) return;
    curseur = { valeur: valeurDuTri(derniere, colonne), id: derniere.id };
  }
}

/** The ids of every row of a filtered list (bulk actions record exactly what they act on). */
export async function idsCandidatures(db: Db | Tx, scope: Scope, filtres: Filtres, { max }: { max: number }): Promise<string[]> {
  const { colonne, sens } = ordreDuTri(filtres.tri);
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" ${FROM} WHERE ${conditionsListe(scope, filtres)} ${orderBy(colonne, sens)} LIMIT ${max}`;
  return rows.map((r) => r.id);
}
