import "server-only";
import type { Prisma } from "@prisma/client";
import type { Db, Tx } from "@/lib/db";
import { toSessionConfig, toSpecialiteInfo } from "@/lib/domain/candidature/session-config";
import type { AcademieInfo, SpecialiteInfo } from "@/lib/domain/candidature/types";
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
  examen: { select: { code: true, libelle: true, libelleCourt: true } },
  academie: { select: { id: true, code: true, nom: true, slug: true, timeZone: true, departements: true, amenagementUrl: true } },
} satisfies Prisma.SessionSelect;

export type SessionLue = Prisma.SessionGetPayload<{ select: typeof SESSION_SELECT }>;

export function inscriptionWindow(session: Pick<SessionLue, "inscriptionOuverture" | "inscriptionCloture">): Window {
  return { opensAt: session.inscriptionOuverture, closesAt: session.inscriptionCloture };
}

// Académies and the catalogue of spécialités change a few times a year, and every step of every
// candidate reads them: they are kept a minute per process rather than read at each request
// (bench: two queries of 34 and ~95 rows saved on each Suivant). The session's own lists, which
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

function specialites(db: Db | Tx, examenId: string): Promise<SpecialiteInfo[]> {
  return cached(`specialites:${examenId}`, async () =>
    (
      await db.specialite.findMany({
        where: { examenId, active: true },
        select: { codeDiplome: true, libelle: true, secteur: true, nbLanguesObligatoires: true, travailEnHauteur: true },
        orderBy: { libelle: "asc" },
      })
    ).map(toSpecialiteInfo),
  );
}

/**
 * The rules' context for a session: its lists, its académie, every académie (to name the one a
 * postal code belongs to) and the exam's active spécialités.
 */
export async function loadValidationContext(db: Db | Tx, session: SessionLue): Promise<ValidationContext> {
  const [toutes, offertes] = await Promise.all([academies(db), specialites(db, session.examenId)]);
  return {
    session: toSessionConfig(session),
    academie: { code: session.academie.code, nom: session.academie.nom, departements: session.academie.departements },
    academies: toutes,
    specialites: offertes,
  };
}
