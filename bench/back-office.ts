import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { encode } from "next-auth/jwt";
import { buildIfNeeded } from "../scripts/build-if-needed";
import { rssArbre } from "./load";

// `npm run bench:back-office`: the back office at 100 000 dossiers [issue 9, "Scale"], on
// PostgreSQL only (BENCH_DATABASE_URL or DATABASE_URL: the server's address; the bench creates its
// own database there). A fresh database, the demo seed, then `db:seed-volume` (BENCH_VOLUME rows,
// 100 000 by default, all in Clermont-Ferrand unless BENCH_VOLUME_ACADEMIE says otherwise ("toutes":
// spread over the four demo académies), so that one académie's export is the whole volume), then:
//   1. the list service (listerCandidatures) in this process: first page, a page 100 pages deep
//      reached by following the keyset cursors, name searches, filters — p50/p95 over BENCH_RUNS runs;
//   2. the same lists as pages (/gestion/candidatures?…) from a production server, signed in as the
//      demo manager of the académie, one request at a time, beside the bare route /api/ping;
//   3. the CSV and XLSX exports of every row: time to first byte, total time, size, and the server's
//      RSS before, at its peak and after.
// BENCH_REUSE=1 keeps the database of the previous run (the volume takes about a minute to write);
// BENCH_PARTIES=exports runs one part only; BENCH_EXPORTS=2 downloads each export twice.
const PORT = Number(process.env.BENCH_PORT ?? "3300");
const BASE = `http://localhost:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? "200");
const MAX_SECONDS = Number(process.env.BENCH_MAX_SECONDS ?? "20");
const VOLUME = Number(process.env.BENCH_VOLUME ?? "100000");
const VOLUME_ACADEMIE = process.env.BENCH_VOLUME_ACADEMIE ?? "06";
const REUSE = process.env.BENCH_REUSE === "1";
/** Which parts to run ("service,pages,exports" by default), and how many times each export. */
const PARTIES = new Set((process.env.BENCH_PARTIES ?? "service,pages,exports").split(","));
const EXPORTS = Number(process.env.BENCH_EXPORTS ?? "2");
const DATABASE = "portail_bench_back_office";
const COOKIE = "authjs.session-token";
const TARGET_LIST_MS = 50;
const TARGET_CSV_S = 5;

type Ligne = { mesure: string; p50?: number; p95?: number; max?: number; valeur?: string; cible?: string; ok?: boolean };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** BENCH_RUNS runs, or fewer when they take more than BENCH_MAX_SECONDS (a slow query is still measured, not waited on for minutes). */
async function chronometrer(nom: string, runs: number, f: () => Promise<unknown>, cible = TARGET_LIST_MS): Promise<Ligne> {
  for (let i = 0; i < Math.min(10, runs); i++) await f();
  const temps: number[] = [];
  const fin = performance.now() + MAX_SECONDS * 1000;
  for (let i = 0; i < runs && (i < 20 || performance.now() < fin); i++) {
    const t0 = performance.now();
    await f();
    temps.push(performance.now() - t0);
  }
  temps.sort((a, b) => a - b);
  const p95 = percentile(temps, 95);
  return { mesure: temps.length < runs ? `${nom} (${temps.length} mesures)` : nom, p50: percentile(temps, 50), p95, max: temps.at(-1)!, cible: `p95 < ${cible} ms`, ok: p95 < cible };
}

function imprimer(titre: string, lignes: Ligne[]) {
  const entete = ["mesure", "p50 ms", "p95 ms", "max ms", "valeur", "cible", ""];
  const cellules = lignes.map((l) => [
    l.mesure,
    l.p50?.toFixed(1) ?? "",
    l.p95?.toFixed(1) ?? "",
    l.max?.toFixed(1) ?? "",
    l.valeur ?? "",
    l.cible ?? "",
    l.ok === undefined ? "" : l.ok ? "atteinte" : "MANQUÉE",
  ]);
  const largeurs = entete.map((h, i) => Math.max(h.length, ...cellules.map((c) => c[i]!.length)));
  const fmt = (c: string[]) => c.map((x, i) => (i === 0 || i >= 4 ? x.padEnd(largeurs[i]!) : x.padStart(largeurs[i]!))).join("  ").trimEnd();
  console.log(`\n${titre}`);
  console.log(fmt(entete));
  console.log(largeurs.map((w) => "-".repeat(w)).join("  "));
  for (const c of cellules) console.log(fmt(c));
}

async function attendreServeur(timeoutMs: number) {
  const jusqua = Date.now() + timeoutMs;
  while (Date.now() < jusqua) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("Le serveur n'a pas démarré à temps.");
}

/** A signed-in manager: a server-side session and the cookie Auth.js would set (as bench/candidats.ts does). */
export async function cookieGestionnaire(db: PrismaClient, email: string, secret: string): Promise<string> {
  const account = await db.account.findUniqueOrThrow({ where: { emailNormalized: email }, select: { id: true, sessionVersion: true } });
  const now = new Date();
  const session = await db.authSession.create({ data: { id: randomUUID(), accountId: account.id, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + 12 * 3600_000) } });
  const token = await encode({ token: { sub: account.id, sid: session.id, sv: account.sessionVersion }, secret, salt: COOKIE, maxAge: 12 * 3600 });
  return `${COOKIE}=${token}`;
}

export type Telechargement = { ttfbMs: number; totalMs: number; octets: number; rssAvant: number; rssPic: number; rssApres: number; statut: number; lignes: number };

export async function telecharger(url: string, cookie: string, serveur: number): Promise<Telechargement> {
  const rssAvant = rssArbre(serveur);
  let rssPic = rssAvant;
  const sonde = setInterval(() => (rssPic = Math.max(rssPic, rssArbre(serveur))), 50);
  const t0 = performance.now();
  const reponse = await fetch(url, { headers: { cookie } });
  let ttfbMs = Number.NaN;
  let octets = 0;
  let lignes = 0;
  const lecteur = reponse.body!.getReader();
  for (;;) {
    const { done, value } = await lecteur.read();
    if (done) break;
    if (octets === 0) ttfbMs = performance.now() - t0;
    octets += value.byteLength;
    for (const b of value) if (b === 0x0a) lignes += 1;
  }
  const totalMs = performance.now() - t0;
  clearInterval(sonde);
  await new Promise((r) => setTimeout(r, 1000));
  return { ttfbMs, totalMs, octets, rssAvant, rssPic: Math.max(rssPic, rssArbre(serveur)), rssApres: rssArbre(serveur), statut: reponse.status, lignes };
}

async function preparerBase(databaseUrl: string) {
  const { openRunner } = await import("../lib/sql");
  const { adminUrl, databaseUrl: avecBase } = await import("../tests/setup/test-database");
  const url = avecBase(databaseUrl, DATABASE);
  if (!REUSE) {
    const admin = await openRunner({ kind: "postgres", url: adminUrl(databaseUrl) });
    await admin.exec(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
    await admin.exec(`CREATE DATABASE "${DATABASE}"`);
    await admin.close();
  }
  process.env.DATABASE_URL = url;
}

async function main() {
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("Ce banc mesure PostgreSQL : indiquez BENCH_DATABASE_URL (ou DATABASE_URL), par exemple postgresql://postgres@127.0.0.1:5432/postgres.");
  const root = path.join(".data", "bench-back-office");
  rmSync(root, { recursive: true, force: true });
  Object.assign(process.env, {
    MAIL_OUTBOX_DIR: path.join(root, "outbox"),
    STORAGE_DIR: path.join(root, "fichiers"),
    APP_URL: BASE,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-not-for-production-0123456789",
    SEED_DEMO: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  delete process.env.PGLITE_DATA_DIR;
  await preparerBase(databaseUrl);

  buildIfNeeded();
  const { migrate } = await import("../scripts/migrate");
  await migrate();
  const { seed } = await import("../prisma/seed");
  const { seedVolume, resumeVolume, DOMAINE_VOLUME } = await import("../scripts/seed-volume");
  const { getDb, disconnectDb } = await import("../lib/db");
  const { listerCandidatures, parcourirCandidatures } = await import("../lib/server/gestion/lister-candidatures");
  const { filtresEnParams } = await import("../lib/domain/gestion/filtres");
  const { demoAccountEmail } = await import("../lib/domain/data/demo-accounts");
  const db = await getDb();
  await seed(db, { today: new Date(), demo: true });
  const academieCode = VOLUME_ACADEMIE === "toutes" ? "06" : VOLUME_ACADEMIE;
  const deja = await db.candidature.count({ where: { account: { emailNormalized: { endsWith: `@${DOMAINE_VOLUME}` } } } });
  if (deja < VOLUME) {
    console.log(`Volume : ${VOLUME - deja} candidatures à créer${VOLUME_ACADEMIE === "toutes" ? "" : ` dans l'académie ${VOLUME_ACADEMIE}`}…`);
    const bilan = await seedVolume(db, { nombre: VOLUME - deja, academie: VOLUME_ACADEMIE === "toutes" ? undefined : VOLUME_ACADEMIE, now: new Date() });
    console.log(resumeVolume(bilan));
  }
  const academie = await db.academie.findUniqueOrThrow({ where: { code: academieCode }, select: { id: true, nom: true } });
  const gestionnaireEmail = demoAccountEmail(
    ({ "12": "gestion.nancy-metz", "06": "gestion.clermont", "23": "gestion.nice", "02": "gestion.aix-marseille" } as const)[academieCode as "06"] ?? "gestion.clermont",
  );
  const gestionnaire = await db.account.findUniqueOrThrow({ where: { emailNormalized: gestionnaireEmail }, select: { id: true } });
  const scope = { academieId: academie.id, accountId: gestionnaire.id };
  const total = await db.candidature.count({ where: { academieId: academie.id } });
  const totalBase = await db.candidature.count();
  const session = await db.session.findFirstOrThrow({ where: { demo: true, academieId: academie.id }, select: { id: true } });
  const specialite = await db.candidature.groupBy({ by: ["specialiteId"], where: { academieId: academie.id }, _count: true, orderBy: { _count: { specialiteId: "desc" } }, take: 1 });
  const numero = await db.candidature.findFirstOrThrow({ where: { academieId: academie.id, numero: { not: null } }, select: { numero: true, account: { select: { email: true } } }, orderBy: { numero: "desc" } });

  // The cursor of page 101, reached as a manager would: following « Suivante » a hundred times.
  let apres: string | null = null;
  for (let i = 0; i < 100; i++) apres = (await listerCandidatures(db, scope, {}, { apres })).suivante;

  const listes: { nom: string; filtres: Record<string, string>; apres?: string }[] = [
    { nom: "première page (tri par nom)", filtres: {} },
    { nom: "page 101 (curseur, tri par nom)", filtres: {}, apres: apres! },
    { nom: "première page, les plus récentes", filtres: { tri: "recentes" } },
    { nom: "recherche « lefevre » (nom fréquent)", filtres: { q: "lefevre" } },
    { nom: "recherche « oeuvray zoe » (rare)", filtres: { q: "oeuvray zoe" } },
    { nom: "recherche « ève » (3 lettres)", filtres: { q: "ève" } },
    { nom: "recherche par numéro", filtres: { q: numero.numero! } },
    { nom: "recherche par adresse", filtres: { q: numero.account.email } },
    { nom: "filtre statut Enregistrée", filtres: { statut: "ENREGISTREE" } },
    { nom: "filtre pièces à contrôler", filtres: { pieces: "a-controler" } },
    { nom: "filtre session + spécialité + complets", filtres: { session: session.id, specialite: specialite[0]!.specialiteId!, pieces: "completes" } },
  ];

  console.log(`\nBase : PostgreSQL — ${totalBase.toLocaleString("fr-FR")} candidatures, dont ${total.toLocaleString("fr-FR")} dans l'académie mesurée (${academie.nom}) ; ${RUNS} mesures par ligne, Node ${process.version}`);
  if (PARTIES.has("service")) {
    const service: Ligne[] = [];
    for (const l of listes) service.push(await chronometrer(l.nom, RUNS, () => listerCandidatures(db, scope, l.filtres, { apres: l.apres })));
    imprimer("1. Service de liste (listerCandidatures, dans ce processus ; 50 lignes et le total)", service);
  }

  // The export's database side alone: every row through the keyset batches.
  const t0 = performance.now();
  let n = 0;
  for await (const _ of parcourirCandidatures(db, scope, {}, { lot: 2500 })) n += 1;
  const parcours = performance.now() - t0;
  const secret = process.env.AUTH_SECRET!;
  const cookie = await cookieGestionnaire(db, gestionnaireEmail, secret);
  await disconnectDb();

  const serveur = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(PORT)], { stdio: "ignore", env: process.env, detached: true });
  try {
    await attendreServeur(60_000);
    const page = async (chemin: string) => {
      const r = await fetch(`${BASE}${chemin}`, { headers: { cookie } });
      if (r.status !== 200) throw new Error(`${chemin} : statut ${r.status}`);
      await r.arrayBuffer();
    };
    if (PARTIES.has("pages")) {
      const http: Ligne[] = [await chronometrer("route nue (/api/ping)", RUNS, () => page("/api/ping"))];
      for (const l of listes) {
        const params = filtresEnParams(l.filtres, { apres: l.apres });
        http.push(await chronometrer(`page : ${l.nom}`, RUNS, () => page(`/gestion/candidatures?${params}`)));
      }
      imprimer(`2. Pages du back office (serveur de production, gestionnaire connecté, une requête à la fois)`, http);
    }
    if (!PARTIES.has("exports")) return;

    await telecharger(`${BASE}/gestion/candidatures/export.csv?q=oeuvray`, cookie, serveur.pid!);
    await telecharger(`${BASE}/gestion/candidatures/export.xlsx?q=oeuvray`, cookie, serveur.pid!);
    const exports: Ligne[] = [{ mesure: "parcours des lignes seul (parcourirCandidatures, lots de 2 500)", valeur: `${n.toLocaleString("fr-FR")} lignes en ${(parcours / 1000).toFixed(2)} s` }];
    for (const format of ["csv", "xlsx", "csv", "xlsx"].slice(0, 2 * EXPORTS) as ("csv" | "xlsx")[]) {
      const d = await telecharger(`${BASE}/gestion/candidatures/export.${format}`, cookie, serveur.pid!);
      if (d.statut !== 200) throw new Error(`export ${format} : statut ${d.statut}`);
      const lignes = format === "csv" ? `${(d.lignes - 1).toLocaleString("fr-FR")} lignes, ` : "";
      exports.push(
        { mesure: `${format.toUpperCase()} : premier octet`, valeur: `${d.ttfbMs.toFixed(0)} ms` },
        { mesure: `${format.toUpperCase()} : téléchargement complet`, valeur: `${(d.totalMs / 1000).toFixed(2)} s (${lignes}${(d.octets / 1e6).toFixed(1)} Mo)`, ...(format === "csv" ? { cible: `< ${TARGET_CSV_S} s`, ok: d.totalMs < TARGET_CSV_S * 1000 } : {}) },
        { mesure: `${format.toUpperCase()} : RSS du serveur avant / pic / après`, valeur: `${d.rssAvant.toFixed(0)} / ${d.rssPic.toFixed(0)} / ${d.rssApres.toFixed(0)} Mo (+${(d.rssPic - d.rssAvant).toFixed(0)} Mo)`, ...(format === "csv" ? { cible: "mémoire plate" } : {}) },
      );
    }
    imprimer(`3. Exports de toutes les candidatures de l'académie (${total.toLocaleString("fr-FR")})`, exports);
  } finally {
    process.kill(-serveur.pid!, "SIGTERM");
  }
}

// `npm run bench:back-office`, or as a part of `npm run bench` (BENCH_PARTIES=tout), which also imports the helpers above.
if (process.argv[1]?.endsWith("back-office.ts")) {
  main().catch((error: Error) => {
    console.error(error);
    process.exit(1);
  });
}
