import { pathToFileURL } from "node:url";
import type { PieceMode, PrismaClient, Role } from "@prisma/client";
import { localToInstant } from "../lib/domain/calendar";
import { hashPassword, verifyPassword } from "../lib/server/auth/password";
import { PIECES_CATALOGUE } from "../lib/domain/candidature/pieces-catalogue";
import { ACADEMIES, findAcademieByCode } from "../lib/domain/data/academies";
import { EXAMENS } from "../lib/domain/data/examens";
import { demoSessions, SESSIONS_REELLES, type SessionData } from "../lib/domain/data/sessions";
import { SPECIALITES_BAC_PRO } from "../lib/domain/data/specialites";

// Reference data (académies, examens, spécialités, pièces, the notices' sessions) and, on request,
// demonstration sessions and accounts. Idempotent: every row is upserted by its natural key, so
// running it at each start (scripts/start.ts) or twice in a row leaves the same rows.
//
// What a reseed overwrites: the fields the data files define (an académie's optional address and
// links only when the data has them; contacts only for académies whose data lists some), the
// notices' sessions, and the demo accounts' role, scope and password — a demo account whose
// password was changed is reset to the demo password (and its open sessions ended), so the
// printed table is always right.

export type SeedOptions = { today: Date; demo: boolean };
export type DemoAccount = { role: Role; email: string; password: string; academie?: string };

// Every piece of the catalogue, in its order; each session then accepts all of them in its mode.
const PIECE_TYPES = PIECES_CATALOGUE.map((p, index) => ({ code: p.code, libelle: p.libelle, rubrique: p.rubrique, ordre: index + 1 }));

type DemoAccountData = {
  role: Role;
  email: string;
  password: string;
  academieCode?: string;
  civilite: "MADAME" | "MONSIEUR";
  nomNaissance: string;
  prenoms: string;
  dateNaissance?: string;
  paysNaissance?: string;
};

// Fictitious people on example.fr. Passwords follow the portal's rule: 8 to 20 characters with an
// upper-case letter, a lower-case letter and a special character.
const DEMO_ACCOUNTS: readonly DemoAccountData[] = [
  { role: "CANDIDAT", email: "candidat.demo@example.fr", password: "Demo-Candidat-2026!", civilite: "MADAME", nomNaissance: "Exemple", prenoms: "Camille Marie", dateNaissance: "2001-03-14", paysNaissance: "FR" },
  { role: "GESTIONNAIRE", email: "gestion.nancy-metz@example.fr", password: "Demo-Gestion-2026!", academieCode: "12", civilite: "MONSIEUR", nomNaissance: "Fictif", prenoms: "Claude" },
  { role: "GESTIONNAIRE", email: "gestion.clermont@example.fr", password: "Demo-Gestion-2026!", academieCode: "06", civilite: "MADAME", nomNaissance: "Essai", prenoms: "Dominique" },
  { role: "GESTIONNAIRE", email: "gestion.nice@example.fr", password: "Demo-Gestion-2026!", academieCode: "23", civilite: "MONSIEUR", nomNaissance: "Modèle", prenoms: "Sacha" },
  { role: "GESTIONNAIRE", email: "gestion.aix-marseille@example.fr", password: "Demo-Gestion-2026!", academieCode: "02", civilite: "MADAME", nomNaissance: "Témoin", prenoms: "Louise" },
  { role: "ADMIN_ACADEMIE", email: "admin.clermont@example.fr", password: "Demo-Admin-2026!", academieCode: "06", civilite: "MONSIEUR", nomNaissance: "Démo", prenoms: "Alex" },
  { role: "ADMIN_NATIONAL", email: "admin.national@example.fr", password: "Demo-National-2026!", civilite: "MADAME", nomNaissance: "Spécimen", prenoms: "Jeanne" },
];

const TRANSACTION = { timeout: 60_000, maxWait: 10_000 } as const;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function seed(db: PrismaClient, { today, demo }: SeedOptions): Promise<DemoAccount[]> {
  const academieIds = await seedReference(db);
  const examenIds = new Map((await db.examen.findMany({ select: { id: true, code: true } })).map((e) => [e.code as string, e.id]));

  for (const session of SESSIONS_REELLES) await upsertSession(db, session, academieIds, examenIds);
  if (!demo) return [];

  const demoIds: string[] = [];
  for (const session of demoSessions(today)) {
    const id = await upsertSession(db, session, academieIds, examenIds);
    if (id) demoIds.push(id);
  }
  // Demo sessions of earlier years (seeded on an earlier day) leave the public lists.
  await db.session.updateMany({ where: { demo: true, publiee: true, id: { notIn: demoIds } }, data: { publiee: false } });

  return seedDemoAccounts(db, today, academieIds);
}

/** Académies (with contacts), examens, spécialités and the pieces catalogue, in one transaction. */
async function seedReference(db: PrismaClient): Promise<Map<string, string>> {
  return db.$transaction(async (tx) => {
    const ids = new Map<string, string>();
    for (const a of ACADEMIES) {
      const fields = {
        slug: a.slug,
        nom: a.nom,
        timeZone: a.timeZone,
        departements: [...a.departements],
        ...(a.adressePostale !== undefined ? { adressePostale: a.adressePostale } : {}),
        ...(a.amenagementUrl !== undefined ? { amenagementUrl: a.amenagementUrl } : {}),
        ...(a.siteUrl !== undefined ? { siteUrl: a.siteUrl } : {}),
      };
      const row = await tx.academie.upsert({ where: { code: a.code }, create: { code: a.code, ...fields }, update: fields, select: { id: true } });
      ids.set(a.code, row.id);
      if (a.contacts) {
        await tx.academieContact.deleteMany({ where: { academieId: row.id } });
        await tx.academieContact.createMany({
          data: a.contacts.map((c, ordre) => ({ academieId: row.id, libelle: c.libelle, email: c.email ?? null, telephone: c.telephone ?? null, ordre })),
        });
      }
    }

    for (const e of EXAMENS) {
      const fields = { libelle: e.libelle, libelleCourt: e.libelleCourt, ordre: e.ordre };
      await tx.examen.upsert({ where: { code: e.code }, create: { code: e.code, ...fields }, update: fields });
    }

    const bacPro = await tx.examen.findUniqueOrThrow({ where: { code: "BAC_PRO" }, select: { id: true } });
    for (const s of SPECIALITES_BAC_PRO) {
      const fields = {
        libelle: s.libelle,
        examenId: bacPro.id,
        secteur: s.secteur,
        nbLanguesObligatoires: s.nbLanguesObligatoires,
        travailEnHauteur: s.travailEnHauteur,
      };
      await tx.specialite.upsert({ where: { codeDiplome: s.codeDiplome }, create: { codeDiplome: s.codeDiplome, ...fields }, update: fields });
    }

    for (const p of PIECE_TYPES) {
      const fields = { libelle: p.libelle, rubrique: p.rubrique, ordre: p.ordre };
      await tx.pieceType.upsert({ where: { code: p.code }, create: { code: p.code, ...fields }, update: fields });
    }
    return ids;
  }, TRANSACTION);
}

function instant(local: string, zone: string, what: string): Date {
  const result = localToInstant(local, zone);
  if (!result.ok) throw new Error(`${what} : ${result.message} (${local}, ${zone})`);
  return result.instant;
}

function optionalInstant(local: string | undefined, zone: string, what: string): { at: Date | null; local: string | null } {
  return local === undefined ? { at: null, local: null } : { at: instant(local, zone, what), local };
}

/** Upserts a session and its pieces; returns its id, or null for a demo that would overwrite a real session. */
async function upsertSession(
  db: PrismaClient,
  s: SessionData,
  academieIds: Map<string, string>,
  examenIds: Map<string, string>,
): Promise<string | null> {
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
  const fields = {
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
  const mode: PieceMode = s.modePieces;

  return db.$transaction(async (tx) => {
    const key = { academieId, examenId, annee: s.annee };
    const existing = await tx.session.findUnique({ where: { academieId_examenId_annee: key }, select: { id: true, demo: true } });
    if (existing && s.demo && !existing.demo) {
      console.warn(`${what} : une session réelle porte déjà cette année, la session de démonstration n'est pas créée.`);
      return null;
    }
    const session = existing
      ? await tx.session.update({ where: { id: existing.id }, data: fields, select: { id: true } })
      : await tx.session.create({ data: { ...key, ...fields }, select: { id: true } });
    for (const p of PIECE_TYPES) {
      await tx.sessionPiece.upsert({
        where: { sessionId_pieceCode: { sessionId: session.id, pieceCode: p.code } },
        create: { sessionId: session.id, pieceCode: p.code, mode },
        update: { mode },
      });
    }
    return session.id;
  }, TRANSACTION);
}

async function seedDemoAccounts(db: PrismaClient, today: Date, academieIds: Map<string, string>): Promise<DemoAccount[]> {
  const seeded: DemoAccount[] = [];
  for (const a of DEMO_ACCOUNTS) {
    const emailNormalized = normalizeEmail(a.email);
    const academieId = a.academieCode ? academieIds.get(a.academieCode) : undefined;
    if (a.academieCode && !academieId) throw new Error(`Compte ${a.email} : académie ${a.academieCode} inconnue.`);
    const existing = await db.account.findUnique({ where: { emailNormalized }, select: { passwordHash: true, activatedAt: true } });
    // Hashing again would change the row at every start: keep a hash that already matches.
    const keepHash = existing?.passwordHash ? await verifyPassword(existing.passwordHash, a.password) : false;
    const identity = {
      email: a.email,
      civilite: a.civilite,
      nomNaissance: a.nomNaissance,
      prenoms: a.prenoms,
      dateNaissance: a.dateNaissance ? new Date(`${a.dateNaissance}T00:00:00Z`) : null,
      paysNaissance: a.paysNaissance ?? null,
      role: a.role,
      academieId: academieId ?? null,
      disabledAt: null,
    };
    if (existing) {
      await db.account.update({
        where: { emailNormalized },
        data: {
          ...identity,
          activatedAt: existing.activatedAt ?? today,
          ...(keepHash ? {} : { passwordHash: await hashPassword(a.password), sessionVersion: { increment: 1 } }),
        },
      });
    } else {
      await db.account.create({
        data: { ...identity, emailNormalized, activatedAt: today, passwordHash: await hashPassword(a.password) },
      });
    }
    const academie = a.academieCode ? findAcademieByCode(a.academieCode)?.nom : undefined;
    seeded.push({ role: a.role, email: a.email, password: a.password, ...(academie ? { academie } : {}) });
  }
  return seeded;
}

const ROLE_LABELS: Record<Role, string> = {
  CANDIDAT: "Candidat",
  GESTIONNAIRE: "Gestionnaire",
  ADMIN_ACADEMIE: "Administrateur d'académie",
  ADMIN_NATIONAL: "Administrateur national",
};

/** The demo accounts as a plain-text French table, for the console. */
export function formatDemoAccounts(accounts: readonly DemoAccount[]): string {
  const header = ["Rôle", "Adresse électronique", "Mot de passe", "Académie"];
  const rows = accounts.map((a) => [ROLE_LABELS[a.role], a.email, a.password, a.academie ?? "—"]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [
    "Comptes de démonstration (mots de passe remis à leur valeur de démonstration à chaque chargement) :",
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
  ].join("\n");
}

export function printDemoAccounts(accounts: readonly DemoAccount[]): void {
  if (accounts.length > 0) console.log(`\n${formatDemoAccounts(accounts)}`);
}

async function main() {
  const { seedDemo } = await import("../lib/env");
  const { getDb, disconnectDb } = await import("../lib/db");
  try {
    const demo = seedDemo();
    const accounts = await seed(await getDb(), { today: new Date(), demo });
    console.log(demo ? "Données de référence et de démonstration chargées." : "Données de référence chargées (sans démonstration).");
    printDemoAccounts(accounts);
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
