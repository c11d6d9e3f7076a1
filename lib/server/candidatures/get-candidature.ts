import "server-only";
import type { CandidatureStatut, Civilite, ExamenCode } from "@prisma/client";
import { getDb, type Db } from "@/lib/db";
import { windowState, type Window, type WindowState } from "@/lib/domain/calendar";
import { parsedSteps, storedSteps, type StoredSteps } from "@/lib/domain/candidature/donnees";
import type { CandidatureData } from "@/lib/domain/candidature/schemas";
import type { ValidationContext } from "@/lib/domain/candidature/validate";
import { estIdentifiant } from "@/lib/domain/identifiant";
import { inscriptionWindow, loadValidationContext, type SessionLue } from "./load-validation-context";

type Ligne = {
  id: string;
  statut: CandidatureStatut;
  numero: string | null;
  version: number;
  revision: number;
  donnees: unknown;
  brouillon: unknown;
  etapeCourante: number;
  configVersion: number;
  modalitesAccepteesAt: Date | null;
  premierEnregistrementAt: Date | null;
  dernierEnregistrementAt: Date | null;
  brouillonSauveAt: Date | null;
  desinscriteAt: Date | null;
  aRevoirAt: Date | null;
  aRevoirMotifs: unknown;
  sessionId: string;
  annee: number;
  sessionLibelle: string;
  examenId: string;
  sessionConfigVersion: number;
  inscriptionOuverture: Date;
  inscriptionCloture: Date;
  inscriptionClotureInitiale: Date | null;
  prolongationMotif: string | null;
  languesLva: string[];
  languesLvb: string[];
  languesLvf: string[];
  activitesEps: string[];
  activitesEpsAdaptees: string[];
  specialitesOffertes: string[];
  examenCode: ExamenCode;
  examenLibelle: string;
  examenLibelleCourt: string;
  academieId: string;
  academieCode: string;
  academieNom: string;
  academieSlug: string;
  timeZone: string;
  departements: string[];
  amenagementUrl: string | null;
  email: string;
  civilite: Civilite | null;
  nomNaissance: string;
  nomUsage: string | null;
  prenoms: string;
  dateNaissance: Date | null;
  paysNaissance: string | null;
};

// Every page and action of the wizard starts here, so it is one query (the candidature, its
// session, exam and académie, its owner), scoped by owner in the query itself: another account's
// id reads as "not found".
async function lire(db: Db, accountId: string, candidatureId: string): Promise<Ligne | undefined> {
  const [ligne] = await db.$queryRaw<Ligne[]>`
    SELECT c."id", c."statut"::text AS "statut", c."numero", c."version", c."revision", c."donnees", c."brouillon", c."etapeCourante",
      c."configVersion", c."modalitesAccepteesAt", c."premierEnregistrementAt", c."dernierEnregistrementAt",
      c."brouillonSauveAt", c."desinscriteAt", c."aRevoirAt", c."aRevoirMotifs",
      s."inscriptionClotureInitiale",
      (SELECT p."motif" FROM "ProlongationSession" p WHERE p."sessionId" = s."id" AND p."echeance" = 'inscriptionCloture' ORDER BY p."at" DESC LIMIT 1) AS "prolongationMotif",
      s."id" AS "sessionId", s."annee", s."libelle" AS "sessionLibelle", s."examenId", s."configVersion" AS "sessionConfigVersion",
      s."inscriptionOuverture", s."inscriptionCloture", s."languesLva", s."languesLvb", s."languesLvf", s."activitesEps", s."activitesEpsAdaptees", s."specialitesOffertes",
      e."code"::text AS "examenCode", e."libelle" AS "examenLibelle", e."libelleCourt" AS "examenLibelleCourt",
      a."id" AS "academieId", a."code" AS "academieCode", a."nom" AS "academieNom", a."slug" AS "academieSlug", a."timeZone",
      a."departements", a."amenagementUrl",
      u."email", u."civilite"::text AS "civilite", u."nomNaissance", u."nomUsage", u."prenoms", u."dateNaissance", u."paysNaissance"
    FROM "Candidature" c
    JOIN "Session" s ON s."id" = c."sessionId"
    JOIN "Examen" e ON e."id" = s."examenId"
    JOIN "Academie" a ON a."id" = s."academieId"
    JOIN "Account" u ON u."id" = c."accountId"
    WHERE c."id" = ${candidatureId} AND c."accountId" = ${accountId}`;
  return ligne;
}

async function loadDossier(db: Db, accountId: string, candidatureId: string, now: Date) {
  const l = await lire(db, accountId, candidatureId);
  if (!l) return null;
  const session: SessionLue = {
    id: l.sessionId,
    annee: l.annee,
    libelle: l.sessionLibelle,
    examenId: l.examenId,
    configVersion: l.sessionConfigVersion,
    inscriptionOuverture: l.inscriptionOuverture,
    inscriptionCloture: l.inscriptionCloture,
    languesLva: l.languesLva,
    languesLvb: l.languesLvb,
    languesLvf: l.languesLvf,
    activitesEps: l.activitesEps,
    activitesEpsAdaptees: l.activitesEpsAdaptees,
    specialitesOffertes: l.specialitesOffertes,
    examen: { code: l.examenCode, libelle: l.examenLibelle, libelleCourt: l.examenLibelleCourt },
    academie: { id: l.academieId, code: l.academieCode, nom: l.academieNom, slug: l.academieSlug, timeZone: l.timeZone, departements: l.departements, amenagementUrl: l.amenagementUrl },
  };
  const window: Window = inscriptionWindow(session);
  const ctx: ValidationContext = await loadValidationContext(db, session);
  const enregistrees: StoredSteps = storedSteps(l.donnees);
  // What the candidate works on: the pending edits, or the saved version when there are none.
  const travail: StoredSteps = l.brouillon === null ? enregistrees : storedSteps(l.brouillon);
  return {
    id: l.id,
    statut: l.statut,
    numero: l.numero,
    version: l.version,
    /** Bumped at every write: the forms carry it, and a submission drawn from another one is refused. */
    revision: l.revision,
    etapeCourante: l.etapeCourante,
    configVersion: l.configVersion,
    modalitesAccepteesAt: l.modalitesAccepteesAt,
    premierEnregistrementAt: l.premierEnregistrementAt,
    dernierEnregistrementAt: l.dernierEnregistrementAt,
    brouillonSauveAt: l.brouillonSauveAt,
    desinscriteAt: l.desinscriteAt,
    /** The académie withdrew a choice this candidature made [issue 10 §3]: why; cleared by ENREGISTRER. */
    aRevoir: l.aRevoirAt ? { at: l.aRevoirAt, motifs: Array.isArray(l.aRevoirMotifs) ? l.aRevoirMotifs.filter((m): m is string => typeof m === "string") : [] } : null,
    /** The registration's closing was extended [issue 10 §4]: from when, and why. */
    prolongation: l.inscriptionClotureInitiale && l.prolongationMotif ? { initiale: l.inscriptionClotureInitiale, motif: l.prolongationMotif } : null,
    session,
    account: { email: l.email, civilite: l.civilite, nomNaissance: l.nomNaissance, nomUsage: l.nomUsage, prenoms: l.prenoms, dateNaissance: l.dateNaissance, paysNaissance: l.paysNaissance },
    window,
    etat: windowState(window, now) satisfies WindowState,
    ctx,
    enregistrees,
    travail,
    /** The steps of `travail` that parse, for rules and displays that need typed data. */
    travailValide: parsedSteps(travail) satisfies Partial<CandidatureData>,
    aBrouillon: l.brouillon !== null,
  };
}

export type CandidatureDossier = NonNullable<Awaited<ReturnType<typeof loadDossier>>>;

/** A candidature of this account with what its pages need, or null (unknown, or someone else's). */
export async function getCandidature(accountId: string, candidatureId: string, now: Date, db?: Db): Promise<CandidatureDossier | null> {
  // An id from a URL or a forged post that cannot be one is unknown, without a query that would fail.
  if (!estIdentifiant(candidatureId) || !estIdentifiant(accountId)) return null;
  return loadDossier(db ?? (await getDb()), accountId, candidatureId, now);
}
