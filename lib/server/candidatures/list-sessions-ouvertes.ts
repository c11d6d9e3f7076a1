import "server-only";
import type { ExamenCode } from "@prisma/client";
import { getDb, type Db } from "@/lib/db";
import { windowState, type Window } from "@/lib/domain/calendar";
import { storedSteps } from "@/lib/domain/candidature/donnees";
import { academieForPostalCode } from "@/lib/domain/candidature/domicile";
import { sessionsInscriptibles } from "./load-validation-context";

export type AcademieChoix = { code: string; nom: string; departements: string[] };

export type SessionOuverte = {
  id: string;
  libelle: string;
  annee: number;
  examen: { code: ExamenCode; libelle: string };
  inscription: Window;
  timeZone: string;
  /** The exam has a catalogue (a spécialité with its épreuves), so the wizard can be completed online. */
  enLigne: boolean;
  /** This account's candidature for the session, if any (one per account and session). */
  candidatureId: string | null;
};

export type InscriptionChoix = {
  academies: AcademieChoix[];
  /** Postal code used for the suggestion: typed, or the domicile of the latest candidature. */
  codePostal: string | null;
  suggestion: AcademieChoix | null;
  academie: AcademieChoix | null;
  sessions: SessionOuverte[];
};

/**
 * "M'inscrire": the académies, the one the domicile's postal code belongs to (département →
 * académie), and the chosen académie's sessions whose registration window is open now.
 */
export async function listSessionsOuvertes(
  { accountId, codePostal, academieCode }: { accountId: string; codePostal?: string | undefined; academieCode?: string | undefined },
  { now, db }: { now: Date; db?: Db },
): Promise<InscriptionChoix> {
  const client = db ?? (await getDb());
  const academies = await client.academie.findMany({ select: { code: true, nom: true, departements: true }, orderBy: { nom: "asc" } });

  let code = codePostal?.replace(/\s/g, "") || null;
  if (code === null) {
    const derniere = await client.candidature.findFirst({ where: { accountId }, orderBy: { updatedAt: "desc" }, select: { donnees: true, brouillon: true } });
    const identification = derniere && storedSteps(derniere.brouillon ?? derniere.donnees).identification;
    const enregistre = (identification as { codePostal?: unknown } | undefined)?.codePostal;
    code = typeof enregistre === "string" ? enregistre : null;
  }
  const duDomicile = code ? academieForPostalCode(code, academies) : undefined;
  const suggestion = academies.find((a) => a.code === duDomicile?.code) ?? null;
  const academie = academies.find((a) => a.code === academieCode) ?? suggestion;
  if (!academie) return { academies, codePostal: code, suggestion, academie: null, sessions: [] };

  const rows = await client.session.findMany({
    where: { publiee: true, academie: { code: academie.code }, inscriptionOuverture: { lte: now }, inscriptionCloture: { gt: now } },
    select: {
      id: true,
      libelle: true,
      annee: true,
      inscriptionOuverture: true,
      inscriptionCloture: true,
      academie: { select: { timeZone: true } },
      examenId: true,
      specialitesOffertes: true,
      examen: { select: { code: true, libelle: true, ordre: true } },
      candidatures: { where: { accountId }, select: { id: true } },
    },
    orderBy: [{ examen: { ordre: "asc" } }, { annee: "asc" }],
  });
  const inscriptibles = await sessionsInscriptibles(client, rows);
  const sessions = rows
    .map((s): SessionOuverte => ({
      id: s.id,
      libelle: s.libelle,
      annee: s.annee,
      examen: { code: s.examen.code, libelle: s.examen.libelle },
      inscription: { opensAt: s.inscriptionOuverture, closesAt: s.inscriptionCloture },
      timeZone: s.academie.timeZone,
      enLigne: inscriptibles.has(s.id),
      candidatureId: s.candidatures[0]?.id ?? null,
    }))
    // The query already keeps open windows; the same rule as everywhere else decides.
    .filter((s) => windowState(s.inscription, now) === "OUVERTE");
  return { academies, codePostal: code, suggestion, academie, sessions };
}
