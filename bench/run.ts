import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import type autocannon from "autocannon";
import { buildIfNeeded } from "../scripts/build-if-needed";
import { createBenchCandidats, epreuvesFields, hiddenFields, multipart, type BenchCandidat } from "./candidats";
import { measureConfirmation, printConfirmation } from "./confirmation";
import { measure, printTable, type Figures, type Scenario } from "./load";

// `npm run bench`: production build, a fresh database (PostgreSQL when BENCH_DATABASE_URL or
// DATABASE_URL is set, embedded PGlite otherwise), then each scenario under load, printed beside
// the bare route handler of the same run.
const PORT = Number(process.env.BENCH_PORT ?? "3200");
const BASE = `http://localhost:${PORT}`;
const connections = Number(process.env.BENCH_CONNECTIONS ?? "50");
const seconds = Number(process.env.BENCH_SECONDS ?? "10");

// Candidates of the wizard scenarios (bench/candidats.ts): two per connection for the steps (so
// that two connections rarely work on the same candidature at once), and
// a pool of complete drafts large enough for every first ENREGISTRER of the run to be a real one.
const wizard: { suivant: BenchCandidat[]; premier: BenchCandidat[] } = { suivant: [], premier: [] };
const POOL_PREMIER = Number(process.env.BENCH_POOL ?? "8000");

const STEP_FORM = 'aria-label="Étape du formulaire';
const ENREGISTRER_FORM = 'aria-label="Enregistrer la candidature"';

/** The server-rendered form's hidden fields for one candidate, the others' obtained by swapping the id (bound argument). */
async function formTemplate(baseUrl: string, c: BenchCandidat, path: string, marker: string) {
  const response = await fetch(`${baseUrl}/mes-candidatures/${c.candidatureId}/${path}`, { headers: { cookie: c.cookie } });
  if (!response.ok) throw new Error(`${path} : statut ${response.status} pour le candidat de référence.`);
  const fields = hiddenFields(await response.text(), marker);
  return (other: BenchCandidat) => fields.map(([name, value]): [string, string] => [name, value.replaceAll(c.candidatureId, other.candidatureId)]);
}

/** A POST of the form, as a browser without JavaScript sends it (the server action answers 303). */
function post(baseUrl: string, c: BenchCandidat, path: string, fields: [string, string][]): autocannon.Request {
  const { body, contentType } = multipart(fields);
  return { method: "POST", path: `/mes-candidatures/${c.candidatureId}/${path}`, body, headers: { cookie: c.cookie, "content-type": contentType, origin: baseUrl, host: new URL(baseUrl).host } };
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
function rendreSiRefuse(status: number, c: BenchCandidat) {
  if (status !== 303) revisions.set(c.candidatureId, (revisions.get(c.candidatureId) ?? 1) - 1);
}

// Step 5 as a candidate posts it, its LVF alternating from one of its Suivant to the next: each
// save is a change, so an ENREGISTRER after it always has a new version to save.
const suivants = new Map<string, number>();
function epreuvesDe(c: BenchCandidat): [string, string][] {
  const n = suivants.get(c.candidatureId) ?? 0;
  suivants.set(c.candidatureId, n + 1);
  return epreuvesFields(n);
}

export const scenarios: Scenario[] = [
  { name: "route nue (/api/ping)", path: "/api/ping" },
  { name: "page d'accueil (/)", path: "/" },
  {
    // Suivant at step 5: parse, authorise (session row), load the candidature and its rules'
    // context, validate across steps, merge the step into the draft.
    name: "Suivant, étape 5 (save-step)",
    expectStatus: 303,
    prepare: async (baseUrl) => {
      const champs = await formTemplate(baseUrl, wizard.suivant[0]!, "epreuves", STEP_FORM);
      return {
        requests: [
          {
            setupRequest: (_req, context: object) => {
              const c = wizard.suivant[tour++ % wizard.suivant.length]!;
              (context as { c?: BenchCandidat }).c = c;
              return post(baseUrl, c, "epreuves", [...avecRevision(champs(c), c), ...epreuvesDe(c)]);
            },
            onResponse: (status, _body, context: object) => rendreSiRefuse(status, (context as { c: BenchCandidat }).c),
          },
        ],
      };
    },
  },
  {
    // The first ENREGISTRER of complete drafts: validation, numéro from the session's counter
    // (one locked row for the whole session), version 1, pieces, audit, confirmation mail.
    name: "ENREGISTRER, première inscription",
    expectStatus: 303,
    prepare: async (baseUrl) => {
      const champs = await formTemplate(baseUrl, wizard.premier[premier++]!, "recapitulatif", ENREGISTRER_FORM);
      return {
        requests: [
          {
            setupRequest: (_req, context: object) => {
              const c = wizard.premier[premier++ % wizard.premier.length]!;
              (context as { c?: BenchCandidat }).c = c;
              return post(baseUrl, c, "recapitulatif", avecRevision(champs(c), c));
            },
            onResponse: (status, _body, context: object) => rendreSiRefuse(status, (context as { c: BenchCandidat }).c),
          },
        ],
      };
    },
  },
  {
    // A modification: Suivant at step 5 then ENREGISTRER on the same candidature (version + 1,
    // previous version kept, "Modification d'inscription" mail); both requests are measured.
    name: "Suivant + ENREGISTRER (modification)",
    expectStatus: 303,
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
              return post(baseUrl, c, "epreuves", [...avecRevision(etape(c), c), ...epreuvesDe(c)]);
            },
            onResponse: (status, _body, context: object) => rendreSiRefuse(status, (context as { c: BenchCandidat }).c),
          },
          {
            setupRequest: (_req, context: object) => {
              const c = (context as { c?: BenchCandidat }).c!;
              return post(baseUrl, c, "recapitulatif", avecRevision(enregistrer(c), c));
            },
            onResponse: (status, _body, context: object) => rendreSiRefuse(status, (context as { c: BenchCandidat }).c),
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

async function main() {
  const root = path.join(".data", "bench");
  rmSync(root, { recursive: true, force: true });
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  Object.assign(process.env, {
    PGLITE_DATA_DIR: path.join(root, "pglite"),
    MAIL_OUTBOX_DIR: path.join(root, "outbox"),
    STORAGE_DIR: path.join(root, "fichiers"),
    APP_URL: BASE,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-not-for-production-0123456789",
    SEED_DEMO: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  if (databaseUrl) {
    const { openRunner } = await import("../lib/sql");
    const { adminUrl, databaseUrl: withDb } = await import("../tests/setup/test-database");
    const admin = await openRunner({ kind: "postgres", url: adminUrl(databaseUrl) });
    await admin.exec(`DROP DATABASE IF EXISTS "portail_bench" WITH (FORCE)`);
    await admin.exec(`CREATE DATABASE "portail_bench"`);
    await admin.close();
    process.env.DATABASE_URL = withDb(databaseUrl, "portail_bench");
  } else delete process.env.DATABASE_URL;

  buildIfNeeded();
  const { migrate } = await import("../scripts/migrate");
  await migrate();
  const { seed } = await import("../prisma/seed");
  const { getDb, disconnectDb } = await import("../lib/db");
  const db = await getDb();
  const today = new Date();
  await seed(db, { today, demo: true });
  const secret = process.env.AUTH_SECRET!;
  wizard.suivant = await createBenchCandidats(db, { count: Math.max(2 * connections, 200), complet: false, prefix: "suivant", secret, now: today });
  wizard.premier = await createBenchCandidats(db, { count: POOL_PREMIER, complet: true, prefix: "premier", secret, now: today });
  await disconnectDb();

  const server = spawn("npx", ["next", "start", "-p", String(PORT)], { stdio: "ignore", env: process.env, detached: true });
  try {
    await waitForHealth(60_000);
    console.log(`Base : ${databaseUrl ? "PostgreSQL" : "PGlite embarqué"} — ${connections} connexions, ${seconds} s par scénario, Node ${process.version}\n`);
    // Warm-up so that the first compilation of each route is not measured.
    for (const s of scenarios) await measure(BASE, s, 5, 2);
    const rows: Figures[] = [];
    for (const s of scenarios) rows.push(await measure(BASE, s, connections, seconds));
    printTable(rows, rows[0]!);
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
  // In this process, server stopped: the cost of the job ENREGISTRER queues.
  printConfirmation(await measureConfirmation());
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
