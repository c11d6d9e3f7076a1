import "server-only";
import type { Prisma } from "@prisma/client";
import type { Db, Tx } from "@/lib/db";
import { toSessionConfig, toSpecialiteInfo } from "@/lib/domain/candidature/session-config";
import type { AcademieInfo, SpecialiteInfo } from "@/lib/domain/candidature/types";
import { specialitesInscriptibles, toDisciplines } from "@/lib/domain/catalogue/epreuves";
import type { EpreuveCatalogue } from "@/lib/domain/catalogue/types";
import type { ValidationContext } from "@/lib/domain/candidature/validate";
import type { Window } from "@/lib/domain/calendar";

/** What every candidature service reads of its session. */
export const SESSION_SELECT = {
  id: true,
  annee: true,
  libelle: true,
  examenId: true,
  configVersion: true,
  inscriptionOuverture: true,
  inscriptionCloture: true,
  languesLva: true,
  languesLvb: true,
  languesLvf: true,
  activitesEps: true,
  activitesEpsAdaptees: true,
  specialitesOffertes: true,
  examen: { select: { code: true, libelle: true, libelleCourt: true } },
  academie: { select: { id: true, code: true, nom: true, slug: true, timeZone: true, departements: true, amenagementUrl: true } },
} satisfies Prisma.SessionSelect;

export type SessionLue = Prisma.SessionGetPayload<{ select: typeof SESSION_SELECT }>;

export function inscriptionWindow(session: Pick<SessionLue, "inscriptionOuverture" | "inscriptionCloture">): Window {
  return { opensAt: session.inscriptionOuverture, closesAt: session.inscriptionCloture };
}

// Académies and the catalogue of spécialités and épreuves change a few times a year, and every
// step of every candidate reads them: they are kept a minute per process rather than read at each
// request (bench: two queries of 34 and ~95 rows saved on each Suivant). The session's own lists, which
// an académie may edit during the window, are always read fresh.
const REFERENCE_TTL_MS = 60_000;
type Entry<T> = { value: Promise<T>; until: number };
const cache = new Map<string, Entry<unknown>>();

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const hit = cache.get(key) as Entry<T> | undefined;
  if (hit && hit.until > now) return hit.value;
  const value = load();
  cache.set(key, { value, until: now + REFERENCE_TTL_MS });
  // A failed read is not kept.
  value.catch(() => cache.delete(key));
  return value;
}

/**
 * Forgets this process's copy of the académies, after a change to one of them (lib/server/academies/),
 * so that the next candidate's step reads the new départements. Other instances keep theirs until
 * it expires: up to REFERENCE_TTL_MS after the change.
 */
export function oublierAcademiesEnCache(): void {
  cache.delete("academies");
}

function academies(db: Db | Tx): Promise<AcademieInfo[]> {
  return cached("academies", () => db.academie.findMany({ select: { code: true, nom: true, departements: true } }));
}

/** A spécialité of the catalogue, withdrawn ones included (`active` false). */
export type SpecialiteCatalogue = SpecialiteInfo & { active: boolean };

/** An exam's catalogue: every spécialité (withdrawn ones too, to name earlier choices) and its active épreuves. */
export type CatalogueExamen = { specialites: SpecialiteCatalogue[]; epreuves: EpreuveCatalogue[] };

function specialites(db: Db | Tx, examenId: string): Promise<SpecialiteCatalogue[]> {
  return cached(`specialites:${examenId}`, async () =>
    (
      await db.specialite.findMany({
        where: { examenId },
        select: { codeDiplome: true, libelle: true, sigle: true, secteur: true, nbLanguesObligatoires: true, travailEnHauteur: true, active: true },
        orderBy: { libelle: "asc" },
      })
    ).map((row) => ({ ...toSpecialiteInfo(row), active: row.active })),
  );
}

// The épreuves, like the spécialités, are reference data that every step reads: cached per exam.
function epreuves(db: Db | Tx, examenId: string): Promise<EpreuveCatalogue[]> {
  return cached(`epreuves:${examenId}`, async () =>
    (
      await db.epreuve.findMany({
        where: { examenId, actif: true },
        select: { code: true, libelle: true, nature: true, disciplines: true, generale: true, secteur: true, ordre: true, specialite: { select: { codeDiplome: true } } },
        orderBy: [{ ordre: "asc" }, { code: "asc" }],
      })
    ).map((e) => ({
      code: e.code,
      libelle: e.libelle,
      nature: e.nature,
      disciplines: toDisciplines(e.disciplines),
      generale: e.generale,
      secteur: e.specialite ? null : e.secteur,
      specialiteCode: e.specialite?.codeDiplome ?? null,
      ordre: e.ordre,
    })),
  );
}

/** The exam's catalogue as the rules read it (kept a minute per process, like the académies). */
export async function lireCatalogue(db: Db | Tx, examenId: string): Promise<CatalogueExamen> {
  const [s, e] = await Promise.all([specialites(db, examenId), epreuves(db, examenId)]);
  return { specialites: s, epreuves: e };
}

/** The spécialités a candidate may choose online: active ones with their épreuves. */
export function specialitesOffertes(catalogue: CatalogueExamen): SpecialiteInfo[] {
  return specialitesInscriptibles(
    catalogue.specialites.filter((s) => s.active),
    catalogue.epreuves,
  ).map(({ active: _active, ...s }) => s);
}

/** What says whether a session can be registered for online: its exam, and the spécialités it lists. */
export type SessionCatalogue = { id: string; examenId: string; specialitesOffertes: readonly string[] };

/**
 * The sessions, among these, that can be registered for online: their exam has an active
 * spécialité with its épreuves, among those the session offers (none listed: all). A session of
 * any other exam is not advertised as open (issue 10 §8).
 */
export async function sessionsInscriptibles(db: Db | Tx, sessions: readonly SessionCatalogue[]): Promise<Set<string>> {
  const examens = [...new Set(sessions.map((s) => s.examenId))];
  const catalogues = new Map(await Promise.all(examens.map(async (id) => [id, specialitesOffertes(await lireCatalogue(db, id))] as const)));
  return new Set(sessions.filter((s) => offertesDansLaSession(catalogues.get(s.examenId) ?? [], s.specialitesOffertes).length > 0).map((s) => s.id));
}

/**
 * Forgets this process's copy of the catalogues, after the national admin changed one
 * (lib/server/catalogue/), so that the next page reads it. Other instances keep theirs until it
 * expires: up to REFERENCE_TTL_MS after the change.
 */
export function oublierCatalogueEnCache(): void {
  for (const key of cache.keys()) if (key.startsWith("specialites:") || key.startsWith("epreuves:")) cache.delete(key);
}

/** The académie may offer some of the exam's spécialités only in a session [issue 10 §2]: none listed, all. */
function offertesDansLaSession(specialites: SpecialiteInfo[], codes: readonly string[]): SpecialiteInfo[] {
  return codes.length === 0 ? specialites : specialites.filter((s) => codes.includes(s.codeDiplome));
}

/**
 * The rules' context for a session: its lists, its académie, every académie (to name the one a
 * postal code belongs to), the exam's spécialités that can be chosen and its épreuves.
 */
export async function loadValidationContext(db: Db | Tx, session: SessionLue): Promise<ValidationContext> {
  const [toutes, catalogue] = await Promise.all([academies(db), lireCatalogue(db, session.examenId)]);
  return {
    session: toSessionConfig(session),
    academie: { code: session.academie.code, nom: session.academie.nom, departements: session.academie.departements },
    academies: toutes,
    specialites: offertesDansLaSession(specialitesOffertes(catalogue), session.specialitesOffertes),
    epreuves: catalogue.epreuves,
    specialitesExamen: catalogue.specialites,
  };
}
