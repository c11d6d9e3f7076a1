import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type autocannon from "autocannon";
import { genererCertificatAutoSigne } from "../lib/pdf/certificat";
import { buildIfNeeded } from "../scripts/build-if-needed";
import { cookieGestionnaire, telecharger } from "./back-office";
import { createBenchCandidats, epreuvesFields, hiddenFields, multipart, type BenchCandidat } from "./candidats";
import { measureConfirmation, printConfirmation } from "./confirmation";
import { jpegDe, multipartFichier } from "./fichier";
import { mesurerPremierChargement, printPremierChargement } from "./first-load";
import { EN_TETE_SCRIPT } from "../components/forms/envoi-script";
import { measure, printTable, type Figures, type Scenario } from "./load";

// `npm run bench`: every path of a deadline night [issue 11 §3] on a production build and a
// database of its own (PostgreSQL when BENCH_DATABASE_URL or DATABASE_URL is set, embedded PGlite
// otherwise) holding the volume of an académie (BENCH_VOLUME candidatures, 100 000 by default on
// PostgreSQL, in Clermont-Ferrand). Each scenario under load (autocannon), beside the bare route
// handler of the same run: req/s, p50/p95/p99, errors, unexpected statuses, the server's peak RSS
// (its process tree, sampled every 100 ms), the ratio to the bare route, and the issue's target
// with « atteinte » or « MANQUÉE ». Then the export of the whole académie (duration and memory),
// the first-load JavaScript of the wizard's pages (gzip), and the confirmation's CPU cost.
//
// BENCH_PARTIES chooses the parts (comma-separated): parcours (the load table), export, js,
// confirmation — all four by default; « tout » adds back-office (bench/back-office.ts afterwards:
// the list service and every filter one request at a time, and both exports twice, on its own
// database). BENCH_CONNECTIONS (100 for the issue's figures), BENCH_SECONDS, BENCH_PORT,
// BENCH_CONNECTIONS_GESTION (the back office's scenarios: 10 managers at once by default),
// BENCH_DATABASE_NAME (portail_bench), BENCH_REUSE=1 (keep the database and its volume from the
// previous run; the bench's own candidates are added again under new addresses).
const PORT = Number(process.env.BENCH_PORT ?? "3200");
const BASE = `http://localhost:${PORT}`;
const connections = Number(process.env.BENCH_CONNECTIONS ?? "50");
const seconds = Number(process.env.BENCH_SECONDS ?? "10");
const connectionsGestion = Number(process.env.BENCH_CONNECTIONS_GESTION ?? "10");
const PARTIES = new Set((process.env.BENCH_PARTIES ?? "parcours,export,js,confirmation").split(",").map((p) => p.trim()));
if (PARTIES.has("tout")) for (const p of ["parcours", "export", "js", "confirmation", "back-office"]) PARTIES.add(p);
const DATABASE = process.env.BENCH_DATABASE_NAME ?? "portail_bench";
const REUSE = process.env.BENCH_REUSE === "1";
/** This run's bench addresses, so that a reused database takes them again. */
const RUN = Date.now().toString(36);
const PASSWORD = "Banc-d-essai-2026!";
const TARGET_EXPORT_S = 5;
/** « Flat memory » read as: the export's 100 000 rows never held at once, the server's RSS growing by less than this (MB). */
const TARGET_EXPORT_RSS_MB = 64;

// Candidates of the wizard scenarios (bench/candidats.ts): two per connection for the steps (so
// that two connections rarely work on the same candidature at once), and
// a pool of complete drafts large enough for every first ENREGISTRER of the run to be a real one.
const wizard: { suivant: BenchCandidat[]; premier: BenchCandidat[] } = { suivant: [], premier: [] };
const POOL_PREMIER = Number(process.env.BENCH_POOL ?? "8000");

/** Sign-in: accounts with a password, each signing in from its own address. */
const connexion: { email: string; ip: string }[] = [];
/** Registered candidatures: one online piece each (up to 10 files a piece), and their confirmation (version 1). */
const depots: { c: BenchCandidat; piece: string }[] = [];
const enregistres: BenchCandidat[] = [];
/** The back office: a manager of Clermont-Ferrand, the cursor of page 101, pieces that take « Reçue ». */
const gestion = { cookie: "", apres: "", sessionId: "", pieces: [] as { candidatureId: string; pieceCode: string }[] };

const STEP_FORM = 'aria-label="Étape du formulaire';
const ENREGISTRER_FORM = 'aria-label="Enregistrer la candidature"';
const VERDICT_FORM = 'aria-label="Décision sur la pièce';

/** The server-rendered form's hidden fields for one candidate, the others' obtained by swapping the id (bound argument). */
async function formTemplate(baseUrl: string, c: BenchCandidat, path: string, marker: string) {
  const response = await fetch(`${baseUrl}/mes-candidatures/${c.candidatureId}/${path}`, { headers: { cookie: c.cookie } });
  if (!response.ok) throw new Error(`${path} : statut ${response.status} pour le candidat de référence.`);
  const fields = hiddenFields(await response.text(), marker);
  return (other: BenchCandidat) => fields.map(([name, value]): [string, string] => [name, value.replaceAll(c.candidatureId, other.candidatureId)]);
}

/** A POST of a form, as a browser without JavaScript sends it (a server action answers 303). */
function postForm(baseUrl: string, chemin: string, cookie: string, fields: [string, string][], extraHeaders: Record<string, string> = {}): autocannon.Request {
  const { body, contentType } = multipart(fields);
  return { method: "POST", path: chemin, body, headers: { cookie, "content-type": contentType, origin: baseUrl, host: new URL(baseUrl).host, ...extraHeaders } };
}
function post(baseUrl: string, c: BenchCandidat, path: string, fields: [string, string][]): autocannon.Request {
  return postForm(baseUrl, `/mes-candidatures/${c.candidatureId}/${path}`, c.cookie, fields);
}
/**
 * The same form as the page's script posts it (a browser with JavaScript, nearly every candidate):
 * to the route handler beside the page (…/epreuves/suivant, …/recapitulatif/enregistrer), with
 * the script's header and origin; a JSON answer, 200 when saved.
 */
function postScript(baseUrl: string, c: BenchCandidat, route: string, fields: [string, string][]): autocannon.Request {
  return postForm(baseUrl, `/mes-candidatures/${c.candidatureId}/${route}`, c.cookie, fields, { [EN_TETE_SCRIPT]: "1", accept: "application/json" });
}

/** Requests taking each a different item of a pool, in turn. */
function tourne<T>(pool: readonly T[], faire: (item: T) => autocannon.Request): Partial<autocannon.Options> {
  if (pool.length === 0) throw new Error("Réserve vide pour ce scénario.");
  let i = 0;
  // The request returned replaces autocannon's own, headers included: Host is set again (Next answers 400 without it).
  return { requests: [{ setupRequest: () => {
    const req = faire(pool[i++ % pool.length]!);
    return { ...req, headers: { host: new URL(BASE).host, ...req.headers } };
  } }] };
}

let tour = 0;
let premier = 0;

// Each candidature's revision as the bench's own posts leave it. Every form carries the revision
// its page was drawn from, and a stale one writes nothing: a post takes the next revision when it
// is sent, and gives it back when it is refused (overtaken by another post on the same candidature).
const revisions = new Map<string, number>();
function avecRevision(fields: [string, string][], c: BenchCandidat): [string, string][] {
  const revision = revisions.get(c.candidatureId) ?? 0;
  revisions.set(c.candidatureId, revision + 1);
  return fields.map(([name, value]): [string, string] => [name, name === "revision" ? String(revision) : value]);
}
function rendreSiRefuse(status: number, c: BenchCandidat, saved = 303) {
  if (status !== saved) revisions.set(c.candidatureId, (revisions.get(c.candidatureId) ?? 1) - 1);
}

// Step 5 as a candidate posts it, its LVF alternating from one of its Suivant to the next: each
// save is a change, so an ENREGISTRER after it always has a new version to save.
const suivants = new Map<string, number>();
function epreuvesDe(c: BenchCandidat): [string, string][] {
  const n = suivants.get(c.candidatureId) ?? 0;
  suivants.set(c.candidatureId, n + 1);
  return epreuvesFields(n);
}

// The issue's targets [issue 11 §1–3], as ratios to the bare route of the same run.
const PAGE_PUBLIQUE = { texte: "≥ 100 % et p95 < 100 ms", atteinte: (f: Figures, ratio: number) => ratio >= 1 && f.p95 < 100 };
const SAVE_STEP = { texte: "≥ 30 % et p95 < 400 ms", atteinte: (f: Figures, ratio: number) => ratio >= 0.3 && f.p95 < 400 };
const PREMIER_ENREGISTRER = { texte: "≥ 15 %", atteinte: (_f: Figures, ratio: number) => ratio >= 0.15 };
const LISTE = { texte: "p95 < 50 ms", atteinte: (f: Figures) => f.p95 < 50 };

let fichier: { body: Buffer; contentType: string; octets: number } | undefined;

/** Suivant at step 5, each connection's candidates in turn, as the page's script posts it (200) or as a page without JavaScript does (303). */
function suivantEtape5({ name, parScript, cible }: { name: string; parScript: boolean; cible?: Scenario["cible"] }): Scenario {
  const enregistre = parScript ? 200 : 303;
  return {
    name,
    expectStatus: enregistre,
    ...(cible ? { cible } : {}),
    prepare: async (baseUrl) => {
      const champs = await formTemplate(baseUrl, wizard.suivant[0]!, "epreuves", STEP_FORM);
      return {
        requests: [
          {
            setupRequest: (_req, context: object) => {
              const c = wizard.suivant[tour++ % wizard.suivant.length]!;
              (context as { c?: BenchCandidat }).c = c;
              const fields = [...avecRevision(champs(c), c), ...epreuvesDe(c)];
              return parScript ? postScript(baseUrl, c, "epreuves/suivant", fields) : post(baseUrl, c, "epreuves", fields);
            },
            onResponse: (status, _body, context: object) => rendreSiRefuse(status, (context as { c: BenchCandidat }).c, enregistre),
          },
        ],
      };
    },
  };
}

export const scenarios: Scenario[] = [
  { name: "route nue (/api/ping)", path: "/api/ping" },
  { name: "page d'accueil (/)", path: "/", cible: PAGE_PUBLIQUE },
  { name: "page d'une session (/sessions/…)", prepare: async () => ({ requests: [{ method: "GET", path: `/sessions/${gestion.sessionId}` }] }), cible: PAGE_PUBLIQUE },
  { name: "déclaration d'accessibilité", path: "/accessibilite", cible: PAGE_PUBLIQUE },
  {
    // The sign-in form as a browser without JavaScript posts it: Auth.js, argon2id (19 MiB, 2
    // passes), the throttling's two reads, a LoginAttempt and an AuthSession written, 303 to
    // /espace. Each account from its own address (X-Forwarded-For, the last entry being the one the
    // portal reads), as candidates are on the night: the per-IP count (100 failures) only counts
    // failures, and none of these fails.
    name: "connexion (identifiants)",
    expectStatus: 303,
    prepare: async (baseUrl) => {
      const page = await fetch(`${baseUrl}/connexion`);
      const champs = hiddenFields(await page.text(), 'id="connexion-email"');
      return tourne(connexion, (a) => postForm(baseUrl, "/connexion", "", [...champs, ["email", a.email], ["password", PASSWORD]], { "x-forwarded-for": a.ip }));
    },
  },
  {
    // A wizard step's page, signed in: session check, the candidature and its rules' context, render.
    name: "page d'une étape (étape 5, GET)",
    prepare: async () => tourne(wizard.suivant, (c) => ({ method: "GET", path: `/mes-candidatures/${c.candidatureId}/epreuves`, headers: { cookie: c.cookie } })),
  },
  suivantEtape5({
    // Suivant at step 5 as the page's script posts it: authorise (session row), parse once, load
    // the candidature and its rules' context, validate across steps, merge the step into the draft.
    name: "Suivant, étape 5 (save-step)",
    parScript: true,
    cible: SAVE_STEP,
  }),
  // The same Suivant from a page without JavaScript: the server action (the proxy reads the body
  // to refuse an undecodable one, then Next's action machinery), 303 to the next step.
  suivantEtape5({ name: "Suivant sans JavaScript (action serveur)", parScript: false }),
  {
    // A 1 MB JPEG (a phone's photo of a document) added to a piece as the page's script sends it
    // (multipart, Accept: application/json): size from Content-Length, the candidature and piece,
    // type by content, polyglot check, sharp decodes it all and makes the thumbnail, both stored,
    // the row written under the piece's lock. Each piece takes 10 files: the pool holds enough.
    name: "dépôt d'un fichier de 1 Mo",
    prepare: async (baseUrl) => {
      const f = fichier!;
      return tourne(depots, ({ c, piece }) => ({
        method: "POST",
        path: `/mes-candidatures/${c.candidatureId}/justificatifs/${piece}/fichiers`,
        body: f.body,
        headers: { cookie: c.cookie, "content-type": f.contentType, accept: "application/json", origin: baseUrl, host: new URL(baseUrl).host },
      }));
    },
  },
  {
    // The sealed confirmation of version 1, generated beforehand (as the job does after ENREGISTRER): read from storage and sent.
    name: "téléchargement de la confirmation (PDF)",
    prepare: async () => tourne(enregistres, (c) => ({ method: "GET", path: `/mes-candidatures/${c.candidatureId}/confirmation/1`, headers: { cookie: c.cookie } })),
  },
  {
    name: "gestion : liste, première page",
    connections: connectionsGestion,
    cible: LISTE,
    prepare: async () => ({ requests: [{ method: "GET", path: "/gestion/candidatures", headers: { cookie: gestion.cookie } }] }),
  },
  {
    name: "gestion : liste, page 101 (curseur)",
    connections: connectionsGestion,
    cible: LISTE,
    prepare: async () => ({ requests: [{ method: "GET", path: `/gestion/candidatures?${gestion.apres}`, headers: { cookie: gestion.cookie } }] }),
  },
  {
    name: "gestion : recherche « lefevre »",
    connections: connectionsGestion,
    cible: LISTE,
    prepare: async () => ({ requests: [{ method: "GET", path: "/gestion/candidatures?q=lefevre", headers: { cookie: gestion.cookie } }] }),
  },
  {
    // A manager's verdict « Reçue » from a dossier's page (the form without JavaScript): the
    // candidature and the piece locked, the state machine, the update and its audit, 303 to the
    // dossier. Without the form's `attendu` (the piece's updatedAt), so that the pool's pieces can
    // come round again without being refused as a conflict.
    name: "gestion : examen d'une pièce (« Reçue »)",
    connections: connectionsGestion,
    expectStatus: 303,
    prepare: async (baseUrl) => {
      const reference = gestion.pieces[0]!;
      const page = await fetch(`${baseUrl}/gestion/candidatures/${reference.candidatureId}`, { headers: { cookie: gestion.cookie } });
      if (!page.ok) throw new Error(`dossier de référence : statut ${page.status}`);
      const champs = hiddenFields(await page.text(), VERDICT_FORM).filter(([name]) => !["candidatureId", "pieceCode", "attendu"].includes(name));
      return tourne(gestion.pieces, (p) =>
        postForm(baseUrl, `/gestion/candidatures/${p.candidatureId}`, gestion.cookie, [
          ...champs,
          ["candidatureId", p.candidatureId],
          ["pieceCode", p.pieceCode],
          ["attendu", ""],
          ["verdict", "RECUE"],
          ["dateReception", ""],
          ["commentaire", ""],
        ]),
      );
    },
  },
  // Last: each ENREGISTRER queues a confirmation to generate and a mail, which the server's worker
  // then works through (the bench waits for the queue to empty before each scenario).
  {
    // The first ENREGISTRER of complete drafts: validation, numéro from the session's counter
    // (one locked row for the whole session), version 1, pieces, audit, confirmation mail.
    name: "ENREGISTRER, première inscription",
    expectStatus: 200,
    cible: PREMIER_ENREGISTRER,
    prepare: async (baseUrl) => {
      const champs = await formTemplate(baseUrl, wizard.premier[premier++]!, "recapitulatif", ENREGISTRER_FORM);
      return {
        requests: [
          {
            setupRequest: (_req, context: object) => {
              const c = wizard.premier[premier++ % wizard.premier.length]!;
              (context as { c?: BenchCandidat }).c = c;
              return postScript(baseUrl, c, "recapitulatif/enregistrer", avecRevision(champs(c), c));
            },
            onResponse: (status, _body, context: object) => rendreSiRefuse(status, (context as { c: BenchCandidat }).c, 200),
          },
        ],
      };
    },
  },
  {
    // A modification: Suivant at step 5 then ENREGISTRER on the same candidature (version + 1,
    // previous version kept, "Modification d'inscription" mail); both requests are measured.
    name: "Suivant + ENREGISTRER (modification)",
    expectStatus: 200,
    prepare: async (baseUrl) => {
      const etape = await formTemplate(baseUrl, wizard.suivant[0]!, "epreuves", STEP_FORM);
      // The button shows only while there is something to save: a fresh complete draft gives the form.
      const enregistrer = await formTemplate(baseUrl, wizard.premier[premier++]!, "recapitulatif", ENREGISTRER_FORM);
      return {
        requests: [
          {
            setupRequest: (_req, context: object) => {
              const c = wizard.suivant[tour++ % wizard.suivant.length]!;
              (context as { c?: BenchCandidat }).c = c;
              return postScript(baseUrl, c, "epreuves/suivant", [...avecRevision(etape(c), c), ...epreuvesDe(c)]);
            },
            onResponse: (status, _body, context: object) => rendreSiRefuse(status, (context as { c: BenchCandidat }).c, 200),
          },
          {
            setupRequest: (_req, context: object) => {
              const c = (context as { c?: BenchCandidat }).c!;
              return postScript(baseUrl, c, "recapitulatif/enregistrer", avecRevision(enregistrer(c), c));
            },
            onResponse: (status, _body, context: object) => rendreSiRefuse(status, (context as { c: BenchCandidat }).c, 200),
          },
        ],
      };
    },
  },
];

async function waitForHealth(timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("Le serveur n'a pas démarré à temps.");
}

/**
 * Waits (on PostgreSQL) until the server's job worker has no job left to do, so that one
 * scenario's confirmations and mails are not measured as the next one's load. Returns the seconds waited.
 */
async function attendreFileVide(databaseUrl: string | undefined, maxSeconds = Number(process.env.BENCH_DRAIN_SECONDS ?? "600")): Promise<number> {
  if (!databaseUrl) return 0;
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const t0 = performance.now();
  try {
    for (;;) {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active') AND start_after <= now()`);
      if (rows[0]!.n === 0 || performance.now() - t0 > maxSeconds * 1000) break;
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await client.end();
  }
  return (performance.now() - t0) / 1000;
}

async function preparerBase(databaseUrl: string | undefined, root: string): Promise<void> {
  if (!databaseUrl) {
    Object.assign(process.env, { PGLITE_DATA_DIR: path.join(root, "pglite") });
    delete process.env.DATABASE_URL;
    return;
  }
  delete process.env.PGLITE_DATA_DIR;
  const { openRunner } = await import("../lib/sql");
  const { adminUrl, databaseUrl: withDb } = await import("../tests/setup/test-database");
  if (!REUSE) {
    const admin = await openRunner({ kind: "postgres", url: adminUrl(databaseUrl) });
    await admin.exec(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
    await admin.exec(`CREATE DATABASE "${DATABASE}"`);
    await admin.close();
  }
  process.env.DATABASE_URL = withDb(databaseUrl, DATABASE);
}

/** Everything the scenarios need, written straight into the database before the server starts. */
async function preparerDonnees(pg: boolean): Promise<void> {
  const { migrate } = await import("../scripts/migrate");
  await migrate();
  const { seed } = await import("../prisma/seed");
  const { seedVolume, resumeVolume, DOMAINE_VOLUME } = await import("../scripts/seed-volume");
  const { getDb, disconnectDb } = await import("../lib/db");
  const { hashPassword } = await import("../lib/server/auth/password");
  const { enregistrerCandidature } = await import("../lib/server/candidatures/enregistrer-candidature");
  const { runPendingJobs } = await import("../lib/jobs/run-pending");
  const { listerCandidatures } = await import("../lib/server/gestion/lister-candidatures");
  const { filtresEnParams } = await import("../lib/domain/gestion/filtres");
  const { demoAccountEmail } = await import("../lib/domain/data/demo-accounts");
  const db = await getDb();
  const today = new Date();
  await seed(db, { today, demo: true });

  const volume = Number(process.env.BENCH_VOLUME ?? (pg ? "100000" : "2000"));
  const deja = await db.candidature.count({ where: { account: { emailNormalized: { endsWith: `@${DOMAINE_VOLUME}` } } } });
  if (deja < volume) {
    console.log(`Volume : ${(volume - deja).toLocaleString("fr-FR")} candidatures à créer dans l'académie de Clermont-Ferrand…`);
    console.log(resumeVolume(await seedVolume(db, { nombre: volume - deja, academie: "06", now: today })));
  }

  const secret = process.env.AUTH_SECRET!;
  const candidats = (count: number, complet: boolean, prefix: string) => createBenchCandidats(db, { count, complet, prefix: `${prefix}-${RUN}`, secret, now: today });
  wizard.suivant = await candidats(Math.max(2 * connections, 200), false, "suivant");
  wizard.premier = await candidats(POOL_PREMIER, true, "premier");

  // Sign-in: one argon2id hash shared by the pool's accounts (the cost measured is the check's).
  const comptes = await candidats(Math.max(connections, 100), false, "connexion");
  await db.account.updateMany({ where: { id: { in: comptes.map((c) => c.accountId) } }, data: { passwordHash: await hashPassword(PASSWORD) } });
  const emails = await db.account.findMany({ where: { id: { in: comptes.map((c) => c.accountId) } }, select: { email: true } });
  emails.forEach(({ email }, i) => connexion.push({ email, ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` }));

  // Registered candidatures for the uploads and the confirmation downloads, their queued jobs (the
  // confirmation, the mail) done here so that the server's worker starts idle.
  const inscrits = await candidats(Number(process.env.BENCH_POOL_DEPOT ?? String(Math.max(connections, 50))), true, "depot");
  for (const c of inscrits) {
    const { revision } = await db.candidature.findUniqueOrThrow({ where: { id: c.candidatureId }, select: { revision: true } });
    const r = await enregistrerCandidature({ accountId: c.accountId, candidatureId: c.candidatureId, revision: String(revision) }, { now: today, db });
    if (!r.ok) throw new Error(`Inscription du banc refusée : ${JSON.stringify(r)}`);
  }
  const jobs = await runPendingJobs(["confirmation-pdf", "courriel"]);
  console.log(`${inscrits.length} candidatures enregistrées pour les dépôts et les confirmations (${jobs.completed} tâches faites, ${jobs.failed} en échec).`);
  enregistres.push(...inscrits);
  const pieces = await db.justificatif.findMany({ where: { candidatureId: { in: inscrits.map((c) => c.candidatureId) }, mode: "UPLOAD", caduc: false }, select: { candidatureId: true, pieceCode: true } });
  const parId = new Map(inscrits.map((c) => [c.candidatureId, c]));
  for (const p of pieces) depots.push({ c: parId.get(p.candidatureId)!, piece: p.pieceCode });

  // The back office: Clermont-Ferrand's demo manager, page 101 reached as a manager does (following
  // « Suivante » a hundred times), and handed-in or already examined pieces of registered dossiers.
  const academie = await db.academie.findUniqueOrThrow({ where: { code: "06" }, select: { id: true } });
  const email = demoAccountEmail("gestion.clermont");
  const gestionnaire = await db.account.findUniqueOrThrow({ where: { emailNormalized: email }, select: { id: true } });
  gestion.cookie = await cookieGestionnaire(db, email, secret);
  let apres: string | null = null;
  for (let i = 0; i < 100; i++) apres = (await listerCandidatures(db, { academieId: academie.id, accountId: gestionnaire.id }, {}, { apres })).suivante ?? apres;
  gestion.apres = String(filtresEnParams({}, { apres: apres ?? undefined }));
  gestion.sessionId = (await db.session.findFirstOrThrow({ where: { demo: true, publiee: true, academieId: academie.id, examen: { code: "BAC_PRO" } }, select: { id: true } })).id;
  gestion.pieces = await db.justificatif.findMany({
    where: {
      caduc: false,
      candidature: { academieId: academie.id, statut: "ENREGISTREE" },
      OR: [{ statut: { in: ["RECUE", "NON_CONFORME", "CONFORME"] } }, { statut: "DEPOSE", deposeAt: { not: null } }, { mode: "POSTAL" }],
    },
    select: { candidatureId: true, pieceCode: true },
    take: Number(process.env.BENCH_POOL_PIECES ?? "5000"),
  });
  const total = await db.candidature.count({ where: { academieId: academie.id } });
  console.log(
    `Base : ${total.toLocaleString("fr-FR")} candidatures dans l'académie mesurée ; ${connexion.length} comptes pour la connexion, ${depots.length} pièces en ligne (${depots.length * 10} fichiers au plus), ${gestion.pieces.length} pièces à examiner.`,
  );
  await disconnectDb();
}

async function main() {
  const root = path.join(".data", "bench");
  rmSync(root, { recursive: true, force: true });
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  Object.assign(process.env, {
    MAIL_OUTBOX_DIR: path.join(root, "outbox"),
    STORAGE_DIR: path.join(root, "fichiers"),
    APP_URL: BASE,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-not-for-production-0123456789",
    SEED_DEMO: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  // On PostgreSQL the portal seals confirmations with a PKCS#12 file of the deployment's (and
  // refuses to generate them without one): a self-signed one of the bench's own.
  if (!process.env.SEAL_P12_PATH) {
    mkdirSync(root, { recursive: true });
    const p12 = path.join(root, "cachet-banc.p12");
    writeFileSync(p12, genererCertificatAutoSigne({ nom: "Cachet du banc d'essai", passphrase: "banc" }));
    Object.assign(process.env, { SEAL_P12_PATH: p12, SEAL_P12_PASSPHRASE: "banc" });
  }
  await preparerBase(databaseUrl, root);
  buildIfNeeded();
  const serveurs = PARTIES.has("parcours") || PARTIES.has("export") || PARTIES.has("js");
  if (serveurs) await preparerDonnees(Boolean(databaseUrl));
  fichier = { ...multipartFichier("fichier", "piece-1-mo.jpg", "image/jpeg", await jpegDe(1024 * 1024)) };

  if (serveurs) {
    // node itself (not npx) so that the process tree whose memory is sampled is the server's.
    // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops (§2's profiles).
    const profil = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
    const server = spawn(process.execPath, [...profil, path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(PORT)], { stdio: "ignore", env: process.env, detached: true });
    try {
      await waitForHealth(60_000);
      console.log(
        `\n${databaseUrl ? "PostgreSQL" : "PGlite embarqué"} — ${connections} connexions (back office : ${connectionsGestion}), ${seconds} s par scénario, Node ${process.version}, fichier déposé : ${(fichier.octets / 1024).toFixed(0)} Kio\n`,
      );
      if (PARTIES.has("parcours")) {
        // Warm-up so that the first compilation of each route is not measured.
        console.log("Mise en route des scénarios…");
        // (1 s at 2 connections: the writes' warm-up queues confirmations the worker must then generate.)
        // BENCH_SCENARIOS=save,ENREGISTRER: only the scenarios whose name contains one of these (the bare route always).
        const filtre = process.env.BENCH_SCENARIOS?.split(",").map((f) => f.trim().toLowerCase()).filter(Boolean);
        const choisis = filtre ? scenarios.filter((s, i) => i === 0 || filtre.some((f) => s.name.toLowerCase().includes(f))) : scenarios;
        for (const s of choisis) await measure(BASE, s, 2, 1);
        const rows: Figures[] = [];
        const attentes: string[] = [];
        for (const s of choisis) {
          const attente = await attendreFileVide(databaseUrl ? process.env.DATABASE_URL : undefined);
          if (attente > 1) attentes.push(`${s.name} : ${attente.toFixed(0)} s`);
          console.log(`  … ${s.name}`);
          rows.push(await measure(BASE, s, s.connections ?? connections, seconds, server.pid));
        }
        printTable(rows, rows[0]!);
        console.log(`\nRSS pic : mémoire résidente du serveur (next start et ses processus), relevée toutes les 100 ms pendant le scénario.`);
        if (attentes.length > 0) console.log(`File de tâches vidée avant : ${attentes.join(" ; ")}.`);
      }
      if (PARTIES.has("export")) {
        await telecharger(`${BASE}/gestion/candidatures/export.csv?q=oeuvray`, gestion.cookie, server.pid!);
        console.log(`\nExport de toutes les candidatures de l'académie (cible : CSV < ${TARGET_EXPORT_S} s, mémoire plate, lue comme moins de ${TARGET_EXPORT_RSS_MB} Mo de RSS en plus)`);
        for (const format of ["csv", "xlsx"] as const) {
          const d = await telecharger(`${BASE}/gestion/candidatures/export.${format}`, gestion.cookie, server.pid!);
          const croissance = d.rssPic - d.rssAvant;
          const cible = format === "csv" ? ` — ${d.totalMs < TARGET_EXPORT_S * 1000 && croissance < TARGET_EXPORT_RSS_MB && d.statut === 200 ? "atteinte" : "MANQUÉE"}` : "";
          console.log(
            `  ${format.toUpperCase()} : statut ${d.statut}, ${format === "csv" ? `${(d.lignes - 1).toLocaleString("fr-FR")} lignes, ` : ""}${(d.octets / 1e6).toFixed(1)} Mo, premier octet ${d.ttfbMs.toFixed(0)} ms, complet en ${(d.totalMs / 1000).toFixed(2)} s ; RSS avant / pic / après ${d.rssAvant.toFixed(0)} / ${d.rssPic.toFixed(0)} / ${d.rssApres.toFixed(0)} Mo (+${croissance.toFixed(0)} Mo)${cible}`,
          );
        }
      }
      if (PARTIES.has("js")) printPremierChargement(await mesurerPremierChargement(BASE, wizard.suivant[0]!));
    } finally {
      process.kill(-server.pid!, "SIGTERM");
    }
  }
  // In this process, server stopped: the cost of the job ENREGISTRER queues.
  if (PARTIES.has("confirmation")) printConfirmation(await measureConfirmation());
  // The run's uploads (a megabyte each); the server may still be closing, so a leftover is no failure.
  try {
    rmSync(path.join(root, "fichiers", "justificatifs"), { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // removed by the next run's start
  }

  if (PARTIES.has("back-office")) {
    console.log("\nBack office en détail (bench/back-office.ts, sa propre base)…");
    const r = spawnSync("npx", ["tsx", "--conditions=react-server", path.join("bench", "back-office.ts")], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: databaseUrl, BENCH_PARTIES: process.env.BENCH_BACK_OFFICE_PARTIES ?? "service,pages,exports" },
    });
    if (r.status !== 0) throw new Error("bench/back-office.ts a échoué (voir ci-dessus).");
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
