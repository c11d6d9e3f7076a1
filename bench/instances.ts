// Shared by bench/scale-out.ts and bench/pannes.ts: a PostgreSQL database of the bench's own,
// migrated and seeded (demo sessions, so that bench/candidats.ts finds its session), portal
// instances started with `next start` on the production build, and the forms a browser without
// JavaScript posts (server actions answer 303 on success).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { genererCertificatAutoSigne } from "../lib/pdf/certificat";
import { buildIfNeeded, sourceFingerprint } from "../scripts/build-if-needed";
import { hiddenFields, multipart, type BenchCandidat } from "./candidats";

export const PASSWORD = "Banc-d-essai-2026!";
export const STEP_FORM = 'aria-label="Étape du formulaire';
export const ENREGISTRER_FORM = 'aria-label="Enregistrer la candidature"';

/** The PostgreSQL server the bench creates its databases on. */
export const SERVEUR_PG = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/**
 * The environment every instance shares (AUTH_SECRET, the seal, the build folder). Call before
 * anything reads lib/env.ts (it parses process.env once).
 */
export function preparerEnvironnement(root: string, appUrl: string): void {
  mkdirSync(root, { recursive: true });
  Object.assign(process.env, {
    APP_URL: appUrl,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-not-for-production-0123456789",
    SEED_DEMO: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-bench",
    MAIL_OUTBOX_DIR: path.join(root, "outbox"),
    STORAGE_DIR: path.join(root, "fichiers"),
  });
  delete process.env.PGLITE_DATA_DIR;
  delete process.env.SMTP_URL;
  // On PostgreSQL the portal refuses to generate a confirmation without a seal: a self-signed one.
  if (!process.env.SEAL_P12_PATH) {
    const p12 = path.join(root, "cachet-banc.p12");
    writeFileSync(p12, genererCertificatAutoSigne({ nom: "Cachet du banc d'essai", passphrase: "banc" }));
    Object.assign(process.env, { SEAL_P12_PATH: p12, SEAL_P12_PASSPHRASE: "banc" });
  }
}

/**
 * The production build in NEXT_DIST_DIR: reused when present (another bench may have made it, and a
 * build takes the machine's two cores for minutes), built only when missing or BENCH_BUILD=1.
 */
export function construireSiBesoin(): void {
  const dist = process.env.NEXT_DIST_DIR ?? ".next-bench";
  if (process.env.BENCH_BUILD === "1" || !existsSync(path.join(dist, "BUILD_ID"))) {
    buildIfNeeded();
    return;
  }
  const empreinte = path.join(dist, "portail-fingerprint");
  if (!existsSync(empreinte) || readFileSync(empreinte, "utf8") !== sourceFingerprint()) {
    console.log(`(Version de production de ${dist} reprise telle quelle, bien que les sources aient changé depuis : BENCH_BUILD=1 la reconstruit.)`);
  }
}

/** Drops and creates `name` on the bench's PostgreSQL server, migrates and seeds it; sets DATABASE_URL. */
export async function preparerBase(name: string): Promise<string> {
  const { openRunner } = await import("../lib/sql");
  const { adminUrl, databaseUrl } = await import("../tests/setup/test-database");
  const admin = await openRunner({ kind: "postgres", url: adminUrl(SERVEUR_PG) });
  await admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.exec(`CREATE DATABASE "${name}"`);
  await admin.close();
  process.env.DATABASE_URL = databaseUrl(SERVEUR_PG, name);
  const { migrate } = await import("../scripts/migrate");
  await migrate();
  const { seed } = await import("../prisma/seed");
  const { getDb } = await import("../lib/db");
  await seed(await getDb(), { today: new Date(), demo: true });
  return process.env.DATABASE_URL;
}

export type Instance = { nom: string; base: string; port: number; pid: number; journal: string; processus: ChildProcess; arreter: () => Promise<void> };

export async function attendreSante(base: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`Le serveur ${base} n'a pas démarré à temps.`);
}

/**
 * `next start` on `port` with the current environment plus `env`; its output in `journal`. node
 * itself (not npx), in its own process group, so that stopping it stops its children too.
 */
export async function demarrerInstance(nom: string, port: number, journal: string, env: Record<string, string | undefined> = {}): Promise<Instance> {
  const out = openSync(journal, "a");
  const processus = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
    stdio: ["ignore", out, out],
    env: { ...process.env, ...env, PORT: String(port) },
    detached: true,
  });
  const pid = processus.pid!;
  let fini = false;
  const termine = new Promise<void>((resolve) => processus.once("exit", () => resolve()));
  processus.once("exit", () => (fini = true));
  const arreter = async () => {
    if (fini) return;
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      return;
    }
    const delai = setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5000);
    await termine;
    clearTimeout(delai);
  };
  const base = `http://localhost:${port}`;
  try {
    await attendreSante(base, 90_000);
  } catch (error) {
    await arreter();
    throw error;
  }
  return { nom, base, port, pid, journal, processus, arreter };
}

/** The headers of a POST from the portal's own page (server actions refuse another origin). */
export function entetesFormulaire(base: string, cookie: string, contentType: string, extra: Record<string, string> = {}): Record<string, string> {
  return { cookie, "content-type": contentType, origin: base, host: new URL(base).host, ...extra };
}

/** Posts form fields as a browser without JavaScript does; never follows the redirect. */
export async function posterFormulaire(base: string, chemin: string, cookie: string, fields: [string, string][], extra: Record<string, string> = {}): Promise<Response> {
  const { body, contentType } = multipart(fields);
  return fetch(`${base}${chemin}`, { method: "POST", body, headers: entetesFormulaire(base, cookie, contentType, extra), redirect: "manual" });
}

/** The hidden fields (action id, bound arguments, revision) of a page's form, for one candidate; others by swapping the id. */
export async function modeleFormulaire(base: string, c: BenchCandidat, etape: string, marqueur: string): Promise<(autre: BenchCandidat) => [string, string][]> {
  const response = await fetch(`${base}/mes-candidatures/${c.candidatureId}/${etape}`, { headers: { cookie: c.cookie } });
  if (!response.ok) throw new Error(`${etape} : statut ${response.status} pour le candidat de référence.`);
  const fields = hiddenFields(await response.text(), marqueur);
  return (autre) => fields.map(([name, value]): [string, string] => [name, value.replaceAll(c.candidatureId, autre.candidatureId)]);
}

/** The same fields with `revision` set. */
export function avecRevision(fields: [string, string][], revision: number): [string, string][] {
  return fields.map(([name, value]): [string, string] => [name, name === "revision" ? String(revision) : value]);
}

/** The sign-in form posted from `ip` (X-Forwarded-For): the answer, and the session cookie Auth.js set on success. */
export async function seConnecter(base: string, email: string, password: string, ip: string): Promise<{ status: number; cookie: string | null; texte: string }> {
  const page = await fetch(`${base}/connexion`);
  const champs = hiddenFields(await page.text(), 'id="connexion-email"');
  const response = await posterFormulaire(base, "/connexion", "", [...champs, ["email", email], ["password", password]], { "x-forwarded-for": ip });
  const session = response.headers.getSetCookie().find((c) => /^(__Secure-)?authjs\.session-token=/.test(c));
  return { status: response.status, cookie: session ? session.split(";")[0]! : null, texte: await response.text() };
}

/** A PASS/FAIL line, kept for the summary. */
export class Verdicts {
  readonly lignes: { ok: boolean; texte: string }[] = [];
  verifier(ok: boolean, texte: string): boolean {
    this.lignes.push({ ok, texte });
    console.log(`${ok ? "PASS" : "FAIL"}  ${texte}`);
    return ok;
  }
  resume(): void {
    const echecs = this.lignes.filter((l) => !l.ok);
    console.log(`\n${this.lignes.length - echecs.length} PASS, ${echecs.length} FAIL`);
    for (const l of echecs) console.log(`  FAIL  ${l.texte}`);
  }
}
