import { randomInt } from "node:crypto";
import { pathToFileURL } from "node:url";
import type { PieceMode, PrismaClient, Role } from "@prisma/client";
import { normalizeEmail } from "../lib/domain/account/email";
import { generatePassword } from "../lib/domain/account/generated-password";
import { ROLE_LABELS } from "../lib/domain/account/roles";
import { localToInstant } from "../lib/domain/calendar";
import { PIECES_CATALOGUE } from "../lib/domain/candidature/pieces-catalogue";
import { porteeEpreuve, type EpreuveSeed } from "../lib/domain/catalogue/types";
import { ACADEMIES, findAcademieByCode } from "../lib/domain/data/academies";
import { DEMO_ACCOUNTS, type DemoAccountData } from "../lib/domain/data/demo-accounts";
import { EPREUVES_BAC_PRO } from "../lib/domain/data/epreuves-bac-pro";
import { EXAMENS, type ExamenCodeData } from "../lib/domain/data/examens";
import { demoSessions, SESSIONS_REELLES, type SessionData } from "../lib/domain/data/sessions";
import { SPECIALITES_BAC_PRO, type SpecialiteData } from "../lib/domain/data/specialites";
import { hashPassword } from "../lib/server/auth/password";

// Reference data (académies and their contacts, examens, spécialités, pièces, the notices'
// sessions) and, on request, demonstration sessions and accounts. The seed only inserts what is
// missing, each row by its natural key (ON CONFLICT DO NOTHING): it runs at every start
// (scripts/start.ts), on several instances at once, and never overwrites a row that may have been
// edited since — an académie or its contacts, a session or its pieces, a demo account or its
// password. A correction to reference data already in a database is a migration or an edit in the
// back-office, not a change here. An exam's catalogue (spécialités, épreuves) arrives with it: it
// is inserted while the exam has none, and is then the national admin's to edit (/gestion/catalogue),
// so that a spécialité or an épreuve they removed is not put back. REFERENCE confirms the bac pro's
// only: the CAP, BP and MC catalogues are the national admin's to create. Demo sessions are placed
// around the day they are first inserted and never moved; a later year brings its own.

export type SeedOptions = { today: Date; demo: boolean };
/**
 * A demo account after the seed. `password` is set only by the run that created the account (or
 * reset its password): it is printed once and never stored; null means "already shown before".
 */
export type DemoAccount = { role: Role; email: string; password: string | null; academie?: string };

// Every piece of the catalogue, in its order; each session then accepts all of them in its mode.
const PIECE_TYPES = PIECES_CATALOGUE.map((p, index) => ({ code: p.code, libelle: p.libelle, rubrique: p.rubrique, ordre: index + 1 }));

const DEMO: readonly DemoAccountData[] = DEMO_ACCOUNTS;

const TRANSACTION = { timeout: 60_000, maxWait: 10_000 } as const;

// The catalogues the seed knows (REFERENCE §1 and §2 give the bac pro's only).
const SPECIALITES_PAR_EXAMEN: Partial<Record<ExamenCodeData, readonly SpecialiteData[]>> = { BAC_PRO: SPECIALITES_BAC_PRO };
const EPREUVES_PAR_EXAMEN: Partial<Record<ExamenCodeData, readonly EpreuveSeed[]>> = { BAC_PRO: EPREUVES_BAC_PRO };

export async function seed(db: PrismaClient, { today, demo }: SeedOptions): Promise<DemoAccount[]> {
  const academieIds = await insertMissingReference(db);
  const examenIds = new Map((await db.examen.findMany({ select: { id: true, code: true } })).map((e) => [e.code as string, e.id]));

  await insertMissingSessions(db, SESSIONS_REELLES, academieIds, examenIds);
  if (!demo) return [];
  // A demo session whose key (académie, examen, year) is taken, by a real session or by the demo
  // of an earlier day, is not inserted.
  await insertMissingSessions(db, demoSessions(today), academieIds, examenIds);
  return insertMissingDemoAccounts(db, today, academieIds);
}

/** Académies (with their contacts), examens, spécialités and the pieces catalogue, in one transaction. */
async function insertMissingReference(db: PrismaClient): Promise<Map<string, string>> {
  return db.$transaction(async (tx) => {
    const created = await tx.academie.createManyAndReturn({
      data: ACADEMIES.map((a) => ({
        code: a.code,
        slug: a.slug,
        nom: a.nom,
        timeZone: a.timeZone,
        departements: [...a.departements],
        adressePostale: a.adressePostale ?? null,
        amenagementUrl: a.amenagementUrl ?? null,
        siteUrl: a.siteUrl ?? null,
      })),
      skipDuplicates: true,
      select: { id: true, code: true },
    });
    // Contacts arrive with their académie: once it exists, its contacts are the académie's to edit.
    const contacts = created.flatMap((row) =>
      (findAcademieByCode(row.code)?.contacts ?? []).map((c, ordre) => ({
        academieId: row.id,
        libelle: c.libelle,
        email: c.email ?? null,
        telephone: c.telephone ?? null,
        ordre,
      })),
    );
    if (contacts.length > 0) await tx.academieContact.createMany({ data: contacts });

    await tx.examen.createMany({
      data: EXAMENS.map((e) => ({ code: e.code, libelle: e.libelle, libelleCourt: e.libelleCourt, ordre: e.ordre })),
      skipDuplicates: true,
    });
    await insertMissingCatalogues(tx);
    await tx.pieceType.createMany({ data: PIECE_TYPES, skipDuplicates: true });

    const rows = await tx.academie.findMany({ where: { code: { in: ACADEMIES.map((a) => a.code) } }, select: { id: true, code: true } });
    return new Map(rows.map((a) => [a.code, a.id]));
  }, TRANSACTION);
}

type SeedTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Each exam's spécialités while it has none, then its épreuves while it has none, each by its
 * natural key (skipDuplicates: two instances starting at once insert them once).
 */
async function insertMissingCatalogues(tx: SeedTx): Promise<void> {
  const examens = await tx.examen.findMany({ select: { id: true, code: true, _count: { select: { specialites: true, epreuves: true } } } });
  for (const examen of examens) {
    const specialites = SPECIALITES_PAR_EXAMEN[examen.code] ?? [];
    if (examen._count.specialites === 0 && specialites.length > 0)
      await tx.specialite.createMany({
        data: specialites.map((s) => ({
          codeDiplome: s.codeDiplome,
          libelle: s.libelle,
          sigle: s.sigle ?? null,
          examenId: examen.id,
          secteur: s.secteur,
          nbLanguesObligatoires: s.nbLanguesObligatoires,
          travailEnHauteur: s.travailEnHauteur,
        })),
        skipDuplicates: true,
      });
    const epreuves = EPREUVES_PAR_EXAMEN[examen.code] ?? [];
    if (examen._count.epreuves === 0 && epreuves.length > 0)
      await tx.epreuve.createMany({
        data: epreuves.map((e) => ({
          examenId: examen.id,
          specialiteId: null,
          secteur: e.secteur,
          portee: porteeEpreuve({ specialiteId: null, secteur: e.secteur }),
          code: e.code,
          libelle: e.libelle,
          nature: e.nature,
          disciplines: [...e.disciplines],
          generale: e.generale,
          ordre: e.ordre,
        })),
        skipDuplicates: true,
      });
  }
}

function instant(local: string, zone: string, what: string): Date {
  const result = localToInstant(local, zone);
  if (!result.ok) throw new Error(`${what} : ${result.message} (${local}, ${zone})`);
  return result.instant;
}

function optionalInstant(local: string | undefined, zone: string, what: string): { at: Date | null; local: string | null } {
  return local === undefined ? { at: null, local: null } : { at: instant(local, zone, what), local };
}

/** The row of a session from its data, its instants computed in the académie's zone. */
function sessionRow(s: SessionData, academieIds: Map<string, string>, examenIds: Map<string, string>) {
  const academie = findAcademieByCode(s.academieCode);
  const academieId = academieIds.get(s.academieCode);
  const examenId = examenIds.get(s.examen);
  if (!academie || !academieId || !examenId) throw new Error(`Session ${s.academieCode}/${s.examen}/${s.annee} : académie ou examen inconnu.`);
  const zone = academie.timeZone;
  const what = `Session ${s.annee} ${s.examen} (${academie.nom})`;

  const depotOuverture = optionalInstant(s.depotOuvertureLocal, zone, `${what}, ouverture du dépôt`);
  const depotCloture = optionalInstant(s.depotClotureLocal, zone, `${what}, clôture du dépôt`);
  const confirmation = optionalInstant(s.confirmationLimiteLocal, zone, `${what}, limite de confirmation`);
  const eps = optionalInstant(s.epsDateLocal, zone, `${what}, date de l'EPS`);
  return {
    academieId,
    examenId,
    annee: s.annee,
    libelle: s.libelle,
    demo: s.demo,
    publiee: true,
    inscriptionOuverture: instant(s.inscriptionOuvertureLocal, zone, `${what}, ouverture`),
    inscriptionOuvertureLocal: s.inscriptionOuvertureLocal,
    inscriptionCloture: instant(s.inscriptionClotureLocal, zone, `${what}, clôture`),
    inscriptionClotureLocal: s.inscriptionClotureLocal,
    depotOuverture: depotOuverture.at,
    depotOuvertureLocal: depotOuverture.local,
    depotCloture: depotCloture.at,
    depotClotureLocal: depotCloture.local,
    confirmationLimite: confirmation.at,
    confirmationLimiteLocal: confirmation.local,
    epsDate: eps.at,
    epsDateLocal: eps.local,
    languesLva: [...s.languesLva],
    languesLvb: [...s.languesLvb],
    languesLvf: [...s.languesLvf],
    activitesEps: [...s.activitesEps],
    activitesEpsAdaptees: [...s.activitesEpsAdaptees],
    informations: s.informations ?? null,
  };
}

const sessionKey = (s: { academieId: string; examenId: string; annee: number }) => `${s.academieId}/${s.examenId}/${s.annee}`;

/** Inserts the sessions whose (académie, examen, year) is free, each with every piece in its mode. */
async function insertMissingSessions(
  db: PrismaClient,
  sessions: readonly SessionData[],
  academieIds: Map<string, string>,
  examenIds: Map<string, string>,
): Promise<void> {
  const rows = sessions.map((s) => ({ row: sessionRow(s, academieIds, examenIds), mode: s.modePieces satisfies PieceMode }));
  const modes = new Map(rows.map(({ row, mode }) => [sessionKey(row), mode]));
  await db.$transaction(async (tx) => {
    const created = await tx.session.createManyAndReturn({
      data: rows.map(({ row }) => row),
      skipDuplicates: true,
      select: { id: true, academieId: true, examenId: true, annee: true },
    });
    // Pieces arrive with their session only: a piece an académie removed since stays removed.
    const pieces = created.flatMap((session) => PIECE_TYPES.map((p) => ({ sessionId: session.id, pieceCode: p.code, mode: modes.get(sessionKey(session)) ?? "UPLOAD" })));
    if (pieces.length > 0) await tx.sessionPiece.createMany({ data: pieces });
  }, TRANSACTION);
}

function demoIdentity(a: DemoAccountData, academieIds: Map<string, string>) {
  const academieId = a.academieCode ? academieIds.get(a.academieCode) : undefined;
  if (a.academieCode && !academieId) throw new Error(`Compte ${a.email} : académie ${a.academieCode} inconnue.`);
  return {
    email: a.email,
    emailNormalized: normalizeEmail(a.email),
    civilite: a.civilite,
    nomNaissance: a.nomNaissance,
    prenoms: a.prenoms,
    dateNaissance: a.dateNaissance ? new Date(`${a.dateNaissance}T00:00:00Z`) : null,
    paysNaissance: a.paysNaissance ?? null,
    role: a.role,
    academieId: academieId ?? null,
  };
}

function academieNom(a: DemoAccountData): { academie?: string } {
  const nom = a.academieCode ? findAcademieByCode(a.academieCode)?.nom : undefined;
  return nom ? { academie: nom } : {};
}

/** A new random password that passes the portal's rule, and its hash (the only thing stored). */
async function newDemoPassword(): Promise<{ password: string; passwordHash: string }> {
  const password = generatePassword(randomInt);
  return { password, passwordHash: await hashPassword(password) };
}

/** Creates the missing demo accounts, activated, each with a new random password returned once. */
async function insertMissingDemoAccounts(db: PrismaClient, today: Date, academieIds: Map<string, string>): Promise<DemoAccount[]> {
  const existing = await db.account.findMany({ where: { emailNormalized: { in: DEMO.map((a) => normalizeEmail(a.email)) } }, select: { emailNormalized: true } });
  const present = new Set(existing.map((a) => a.emailNormalized));
  const accounts: DemoAccount[] = [];
  for (const a of DEMO) {
    const identity = demoIdentity(a, academieIds);
    let password: string | null = null;
    if (!present.has(identity.emailNormalized)) {
      const fresh = await newDemoPassword();
      const created = await db.account.createManyAndReturn({
        // passwordChangedAt stays unset: the sign-in throttle ignores failures before it, and an
        // end-to-end test may set "now" before the day the account was created.
        data: [{ ...identity, activatedAt: today, passwordHash: fresh.passwordHash }],
        skipDuplicates: true,
        select: { id: true },
      });
      // An instance starting at the same moment may have created it first, and printed its own.
      if (created.length > 0) password = fresh.password;
    }
    accounts.push({ role: a.role, email: a.email, password, ...academieNom(a) });
  }
  return accounts;
}

/**
 * `npm run demo:reset-passwords`: a new random password for each demo account that exists, its
 * open sessions ended. For whoever lost the table printed at the first start.
 */
export async function resetDemoPasswords(db: PrismaClient, now: Date): Promise<DemoAccount[]> {
  const accounts: DemoAccount[] = [];
  for (const a of DEMO) {
    const fresh = await newDemoPassword();
    const { count } = await db.account.updateMany({
      where: { emailNormalized: normalizeEmail(a.email) },
      data: { passwordHash: fresh.passwordHash, passwordChangedAt: now, sessionVersion: { increment: 1 } },
    });
    if (count > 0) accounts.push({ role: a.role, email: a.email, password: fresh.password, ...academieNom(a) });
  }
  return accounts;
}

/** Demo rows still in a database that no longer seeds them (a trial's leftovers before going public). */
export async function countDemoRows(db: PrismaClient): Promise<{ accounts: number; sessions: number }> {
  const [accounts, sessions] = await Promise.all([
    db.account.count({ where: { emailNormalized: { in: DEMO.map((a) => normalizeEmail(a.email)) } } }),
    db.session.count({ where: { demo: true, publiee: true } }),
  ]);
  return { accounts, sessions };
}

/** The warning for demo rows left in a database that no longer seeds them, or null when there are none. */
export function demoLeftoversWarning({ accounts, sessions }: { accounts: number; sessions: number }): string | null {
  if (accounts + sessions === 0) return null;
  return `Attention : la base contient encore ${accounts} compte(s) et ${sessions} session(s) publiée(s) de démonstration, créés lors d'un essai, alors que la démonstration est désactivée ici. Retirez-les (ou repartez d'une base neuve) avant d'ouvrir le portail au public.`;
}

export type DemoAccountsHelp = {
  /** Where "Mot de passe oublié ?" mails land when no SMTP server is set; undefined with SMTP. */
  outboxDir?: string;
  /** The passwords were just drawn again by `npm run demo:reset-passwords`. */
  reset?: boolean;
};

/** What to do when the printed passwords are lost. */
function lostPasswordHelp({ outboxDir }: DemoAccountsHelp): string {
  const oubli = outboxDir ? `« Mot de passe oublié ? » sur la page de connexion (le lien arrive dans ${outboxDir}), ou ` : "";
  return `Mot de passe perdu : ${oubli}« npm run demo:reset-passwords », portail arrêté, qui en tire de nouveaux et les affiche.`;
}

/** The demo accounts as a plain-text French table, for the console. */
export function formatDemoAccounts(accounts: readonly DemoAccount[], help: DemoAccountsHelp = {}): string {
  const shown = accounts.some((a) => a.password !== null);
  const earlier = accounts.some((a) => a.password === null);
  const header = shown ? ["Rôle", "Adresse électronique", "Mot de passe", "Académie"] : ["Rôle", "Adresse électronique", "Académie"];
  const rows = accounts.map((a) => {
    const cells = [ROLE_LABELS[a.role], a.email, a.password ?? "(déjà affiché)", a.academie ?? "—"];
    return shown ? cells : cells.filter((_, i) => i !== 2);
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  const notez = "Notez leurs mots de passe : ils ne seront plus affichés (la base n'en garde qu'une empreinte).";
  const title = !shown
    ? "Comptes de démonstration déjà créés : leurs mots de passe ont été affichés au premier démarrage."
    : help.reset
      ? `Comptes de démonstration, avec de nouveaux mots de passe (les sessions ouvertes sont fermées). ${notez}`
      : `Comptes de démonstration créés. ${notez}`;
  return [title, line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line), ...(earlier ? [lostPasswordHelp(help)] : [])].join("\n");
}

export function printDemoAccounts(accounts: readonly DemoAccount[], help: DemoAccountsHelp = {}): void {
  if (accounts.length > 0) console.log(`\n${formatDemoAccounts(accounts, help)}`);
}

async function main() {
  const { env, seedDemo } = await import("../lib/env");
  const { getDb, disconnectDb } = await import("../lib/db");
  try {
    const e = env();
    const demo = seedDemo(e);
    const accounts = await seed(await getDb(), { today: new Date(), demo });
    console.log(demo ? "Données de référence et de démonstration chargées." : "Données de référence chargées (sans démonstration).");
    printDemoAccounts(accounts, { outboxDir: e.SMTP_URL ? undefined : e.MAIL_OUTBOX_DIR });
    const leftovers = demo ? null : demoLeftoversWarning(await countDemoRows(await getDb()));
    if (leftovers) console.warn(leftovers);
  } finally {
    await disconnectDb();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: Error) => {
    console.error(`Chargement des données impossible : ${error.message}`);
    process.exit(1);
  });
}
