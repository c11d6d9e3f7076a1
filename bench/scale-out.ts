import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import S3rver from "s3rver";
import { createBenchCandidats, epreuvesFields, hiddenFields, multipart, type BenchCandidat } from "./candidats";
import { jpegDe, multipartFichier } from "./fichier";
import {
  avecRevision,
  construireSiBesoin,
  demarrerInstance,
  ENREGISTRER_FORM,
  entetesFormulaire,
  modeleFormulaire,
  PASSWORD,
  posterFormulaire,
  preparerBase,
  preparerEnvironnement,
  seConnecter,
  STEP_FORM,
  Verdicts,
  type Instance,
} from "./instances";

// `npm run bench:scale-out` [issue 11 §4]: two portal instances (`next start` on the production
// build) on one PostgreSQL database and one S3-compatible bucket (s3rver, in this process), with
// the same AUTH_SECRET. Proves, one PASS/FAIL line each:
//   1. a session opened by signing in on A is used on B;
//   2. a file uploaded through A is read back through B, byte for byte (and is in the bucket, not
//      on either instance's disk);
//   3. jobs run once: ENREGISTRERs alternated between A and B queue their confirmation PDF and mail;
//      both instances' workers take jobs, and each confirmation and each mail is made exactly once;
//   4. limits hold across both: failed sign-ins alternated between A and B lock the address after
//      as many failures as on one instance, then the right password is refused on both; and a
//      rate-limited form (« Mot de passe oublié », 3 an hour per address) counts across both.
// Then the load (autocannon) of the home page and of Suivant (save-step, step 5) against A alone,
// and against A and B at once with the same connections split between them: req/s and p95.
//
// BENCH_CONNECTIONS (50), BENCH_SECONDS (10), BENCH_ENREGISTRER (20: ENREGISTRERs of the jobs
// check), BENCH_DATABASE_URL (the PostgreSQL server; postgresql://postgres@127.0.0.1:5432 by
// default). Ports 3460 (s3rver), 3461 (A), 3462 (B): BENCH_PORT_BASE moves them.
const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? "3460");
const connections = Number(process.env.BENCH_CONNECTIONS ?? "50");
const seconds = Number(process.env.BENCH_SECONDS ?? "10");
const NB_ENREGISTRER = Number(process.env.BENCH_ENREGISTRER ?? "20");
const DATABASE = process.env.BENCH_DATABASE_NAME ?? "helper_scale_out";
const BUCKET = "banc-scale-out";
const ROOT = path.resolve(".data", "bench-scale-out");

const verdicts = new Verdicts();

type Brut = { latences: number[]; total: number; erreurs: number; inattendus: number };

/** One autocannon run; every response time kept (autocannon gives no p95). */
async function charger(base: string, options: Partial<autocannon.Options>, conn: number, duree: number, attendu?: number): Promise<Brut> {
  const latences: number[] = [];
  let inattendus = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: base, connections: conn, duration: duree, ...options }, (error, r) => (error ? reject(error) : resolve(r)));
    instance.on("response", (_client, statusCode, _bytes, ms) => {
      latences.push(ms);
      const status = Number(statusCode);
      if (attendu === undefined ? status < 200 || status > 299 : status !== attendu) inattendus += 1;
    });
  });
  return { latences, total: result.requests.total, erreurs: result.errors + result.timeouts, inattendus };
}

function centile(tries: number[], p: number): number {
  if (tries.length === 0) return Number.NaN;
  return tries[Math.min(tries.length - 1, Math.ceil((p / 100) * tries.length) - 1)]!;
}

type Ligne = { scenario: string; instances: number; conn: number; rps: number; p50: number; p95: number; erreurs: number; inattendus: number };

function fusionner(scenario: string, instances: number, conn: number, duree: number, bruts: Brut[]): Ligne {
  const latences = bruts.flatMap((b) => b.latences).sort((a, b) => a - b);
  return {
    scenario,
    instances,
    conn,
    rps: bruts.reduce((s, b) => s + b.total, 0) / duree,
    p50: centile(latences, 50),
    p95: centile(latences, 95),
    erreurs: bruts.reduce((s, b) => s + b.erreurs, 0),
    inattendus: bruts.reduce((s, b) => s + b.inattendus, 0),
  };
}

function imprimer(lignes: Ligne[]): void {
  const entete = ["scénario", "instances", "conn.", "req/s", "p50 ms", "p95 ms", "erreurs", "statut inattendu", "2 / 1"];
  const cellules = lignes.map((l) => {
    const seule = lignes.find((o) => o.scenario === l.scenario && o.instances === 1);
    return [
      l.scenario,
      String(l.instances),
      String(l.conn),
      l.rps.toFixed(0),
      l.p50.toFixed(1),
      l.p95.toFixed(1),
      String(l.erreurs),
      String(l.inattendus),
      l.instances === 2 && seule ? `${((l.rps / seule.rps) * 100).toFixed(0)} %` : "",
    ];
  });
  const largeurs = entete.map((h, i) => Math.max(h.length, ...cellules.map((c) => c[i]!.length)));
  const fmt = (c: string[]) => c.map((x, i) => (i === 0 ? x.padEnd(largeurs[i]!) : x.padStart(largeurs[i]!))).join("  ").trimEnd();
  console.log(fmt(entete));
  console.log(largeurs.map((w) => "-".repeat(w)).join("  "));
  for (const c of cellules) console.log(fmt(c));
}

/** Every file under a folder (recursively), as paths relative to it. */
function fichiersSous(dossier: string): string[] {
  if (!existsSync(dossier)) return [];
  return readdirSync(dossier, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dossier, path.join(d.parentPath, d.name)));
}

async function main() {
  rmSync(ROOT, { recursive: true, force: true });
  const [portS3, portA, portB] = [PORT_BASE, PORT_BASE + 1, PORT_BASE + 2];
  // The public address is the load balancer's; here A's (links in mails only).
  preparerEnvironnement(ROOT, `http://localhost:${portA}`);
  Object.assign(process.env, {
    STORAGE_S3_ENDPOINT: `http://127.0.0.1:${portS3}`,
    STORAGE_S3_BUCKET: BUCKET,
    STORAGE_S3_REGION: "us-east-1",
    STORAGE_S3_ACCESS_KEY_ID: "S3RVER",
    STORAGE_S3_SECRET_ACCESS_KEY: "S3RVER",
    STORAGE_S3_FORCE_PATH_STYLE: "true",
  });
  const dossierS3 = path.join(ROOT, "s3");
  const s3 = new S3rver({ address: "127.0.0.1", port: portS3, silent: true, directory: dossierS3, configureBuckets: [{ name: BUCKET }] });
  await s3.run();
  // The bucket's own record of what was stored and removed (s3rver is a Koa app: one "event" per object created or removed).
  const evenements: { nom: string; cle: string }[] = [];
  (s3 as unknown as import("node:events").EventEmitter).on("event", (e: { Records: { eventName: string; s3: { object: { key: string } } }[] }) => {
    for (const r of e.Records) evenements.push({ nom: r.eventName, cle: decodeURIComponent(r.s3.object.key) });
  });
  const instances: Instance[] = [];
  const { default: pg } = await import("pg");
  let client: InstanceType<typeof pg.Client> | undefined;
  try {
    construireSiBesoin();
    const databaseUrl = await preparerBase(DATABASE);
    const { getDb, disconnectDb } = await import("../lib/db");
    const { hashPassword } = await import("../lib/server/auth/password");
    const { enregistrerCandidature } = await import("../lib/server/candidatures/enregistrer-candidature");
    const { runPendingJobs } = await import("../lib/jobs/run-pending");
    const { SIGN_IN_LIMITS } = await import("../lib/domain/rate-limits");
    const db = await getDb();
    const now = new Date();
    const secret = process.env.AUTH_SECRET!;
    const candidats = (count: number, complet: boolean, prefix: string) => createBenchCandidats(db, { count, complet, prefix, secret, now });

    // Accounts with a password: the sign-in of check 1, and one address per limit check.
    const [connecte, verrouUne, verrouDeux, oubli] = await candidats(4, false, "compte");
    const hash = await hashPassword(PASSWORD);
    const comptes = [connecte!, verrouUne!, verrouDeux!, oubli!];
    await db.account.updateMany({ where: { id: { in: comptes.map((c) => c.accountId) } }, data: { passwordHash: hash } });
    const email = async (c: BenchCandidat) => (await db.account.findUniqueOrThrow({ where: { id: c.accountId }, select: { email: true } })).email;
    // A registered candidature whose online piece takes the upload (its jobs done here, in this process).
    const [depot] = await candidats(1, true, "depot");
    const r = await enregistrerCandidature({ accountId: depot!.accountId, candidatureId: depot!.candidatureId, revision: "0" }, { now, db });
    if (!r.ok) throw new Error(`Inscription du banc refusée : ${JSON.stringify(r)}`);
    await runPendingJobs(["confirmation-pdf", "courriel"]);
    const piece = await db.justificatif.findFirstOrThrow({ where: { candidatureId: depot!.candidatureId, mode: "UPLOAD", caduc: false }, select: { pieceCode: true } });
    const aEnregistrer = await candidats(NB_ENREGISTRER, true, "enregistrer");
    const pool = await candidats(Math.max(2 * connections, 40), false, "suivant");
    await disconnectDb();

    client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const t0 = (await client.query<{ t: Date }>("SELECT now() AS t")).rows[0]!.t;

    // Same DATABASE_URL, AUTH_SECRET and bucket; each its own local folders, which must stay empty.
    for (const [nom, port] of [["A", portA], ["B", portB]] as const) {
      instances.push(
        await demarrerInstance(nom, port, path.join(ROOT, `instance-${nom}.log`), {
          MAIL_OUTBOX_DIR: path.join(ROOT, `outbox-${nom}`),
          STORAGE_DIR: path.join(ROOT, `local-${nom}`),
        }),
      );
    }
    const [A, B] = instances as [Instance, Instance];
    console.log(`\nDeux instances : A ${A.base} (pid ${A.pid}), B ${B.base} (pid ${B.pid}) ; PostgreSQL ${DATABASE} ; S3 (s3rver) http://127.0.0.1:${portS3}/${BUCKET}\n`);

    // 1. A session opened on A, used on B.
    {
      const s = await seConnecter(A.base, await email(connecte!), PASSWORD, "10.1.0.1");
      const surB = s.cookie ? await fetch(`${B.base}/mes-candidatures`, { headers: { cookie: s.cookie }, redirect: "manual" }) : null;
      const page = surB ? await surB.text() : "";
      const sansCookie = await fetch(`${B.base}/mes-candidatures`, { redirect: "manual" });
      verdicts.verifier(
        s.status === 303 && s.cookie !== null && surB?.status === 200 && page.includes("<h1>Mes candidatures</h1>") && sansCookie.status !== 200,
        `session : connexion sur A (statut ${s.status}, cookie ${s.cookie ? "posé" : "absent"}) ; « Mes candidatures » sur B avec ce cookie : statut ${surB?.status ?? "—"} ; sans cookie : statut ${sansCookie.status} (${sansCookie.headers.get("location") ?? ""})`,
      );
    }

    // 2. A file uploaded through A, read back through B.
    {
      const jpeg = await jpegDe(1024 * 1024);
      const f = multipartFichier("fichier", "piece-1-mo.jpg", "image/jpeg", jpeg);
      const depose = await fetch(`${A.base}/mes-candidatures/${depot!.candidatureId}/justificatifs/${piece.pieceCode}/fichiers`, {
        method: "POST",
        body: new Uint8Array(f.body),
        headers: { ...entetesFormulaire(A.base, depot!.cookie, f.contentType), accept: "application/json" },
      });
      const reponse = (await depose.json().catch(() => ({}))) as { ok?: boolean; fichierId?: string; message?: string };
      const lu = reponse.fichierId
        ? await fetch(`${B.base}/mes-candidatures/${depot!.candidatureId}/justificatifs/fichiers/${reponse.fichierId}`, { headers: { cookie: depot!.cookie } })
        : null;
      const octets = lu?.ok ? Buffer.from(await lu.arrayBuffer()) : Buffer.alloc(0);
      const dansS3 = fichiersSous(dossierS3).filter((p) => p.includes("justificatifs") && p.endsWith("._S3rver_object")).length;
      const surDisque = [...fichiersSous(path.join(ROOT, "local-A")), ...fichiersSous(path.join(ROOT, "local-B"))].length;
      verdicts.verifier(
        depose.status === 200 && reponse.ok === true && lu?.status === 200 && octets.equals(jpeg) && dansS3 > 0 && surDisque === 0,
        `fichier : dépôt de ${(jpeg.byteLength / 1024).toFixed(0)} Kio par A (statut ${depose.status}${reponse.message ? `, « ${reponse.message} »` : ""}) ; relu par B : statut ${lu?.status ?? "—"}, ${octets.byteLength} octets, ${octets.equals(jpeg) ? "identiques" : "DIFFÉRENTS"} ; ${dansS3} fichier(s) de justificatifs dans le compartiment, ${surDisque} sur le disque des instances`,
      );
    }

    // 3. Jobs run once: ENREGISTRERs alternated between A and B.
    {
      const modele = await modeleFormulaire(A.base, aEnregistrer[0]!, "recapitulatif", ENREGISTRER_FORM);
      evenements.length = 0;
      const statuts = await Promise.all(
        aEnregistrer.map(async (c, i) => {
          const inst = i % 2 === 0 ? A : B;
          return (await posterFormulaire(inst.base, `/mes-candidatures/${c.candidatureId}/recapitulatif`, c.cookie, avecRevision(modele(c), 0))).status;
        }),
      );
      const ids = aEnregistrer.map((c) => c.candidatureId);
      type JobRow = { state: string; retry_count: number };
      const jobsDe = async () =>
        (
          await client!.query<JobRow>(
            `SELECT state, retry_count FROM pgboss.job WHERE name = 'confirmation-pdf' AND data->>'candidatureId' = ANY($1)
             UNION ALL SELECT state, retry_count FROM pgboss.archive WHERE name = 'confirmation-pdf' AND data->>'candidatureId' = ANY($1)`,
            [ids],
          )
        ).rows;
      const t = performance.now();
      let jobs = await jobsDe();
      // Both workers poll every 2 s (or at once in the instance that queued it).
      while (performance.now() - t < 180_000) {
        const enFile = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name IN ('confirmation-pdf', 'courriel') AND state IN ('created', 'retry', 'active')`);
        jobs = await jobsDe();
        if (enFile.rows[0]!.n === 0 && jobs.length >= ids.length) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      const attente = (performance.now() - t) / 1000;
      const docs = await client.query<{ n: number; c: number }>(
        `SELECT count(*)::int AS n, count(DISTINCT "candidatureId")::int AS c FROM "Document" WHERE type = 'CONFIRMATION_INSCRIPTION' AND "candidatureId" = ANY($1)`,
        [ids],
      );
      const acceptes = statuts.filter((s) => s === 303).length;
      const faites = jobs.filter((j) => j.state === "completed");
      // A confirmation made twice (two workers on one job) would be stored twice, the loser's copy
      // then removed: the bucket's PutObject and DeleteObject events count the generations.
      const poses = evenements.filter((e) => e.nom.startsWith("ObjectCreated") && e.cle.startsWith("documents/confirmations/")).length;
      const retires = evenements.filter((e) => e.nom.startsWith("ObjectRemoved") && e.cle.startsWith("documents/confirmations/")).length;
      verdicts.verifier(
        acceptes === ids.length && jobs.length === ids.length && faites.length === ids.length && jobs.every((j) => j.retry_count === 0) && docs.rows[0]!.n === ids.length && docs.rows[0]!.c === ids.length && poses === ids.length && retires === 0,
        `tâches : ${acceptes}/${ids.length} ENREGISTRER acceptés (alternés A/B) ; ${jobs.length} tâches « confirmation-pdf », ${faites.length} faites en ${attente.toFixed(1)} s, ${jobs.filter((j) => j.retry_count > 0).length} reprises ; ${docs.rows[0]!.n} confirmations en base pour ${docs.rows[0]!.c} candidatures ; ${poses} PDF déposés dans le compartiment, ${retires} retirés (une génération en double en déposerait puis retirerait un)`,
      );
      // Mails: each completed mail job wrote one .eml in the outbox of the instance that ran it.
      const courriels = await client.query<{ id: string }>(`SELECT id::text FROM pgboss.job WHERE name = 'courriel' AND state = 'completed' AND created_on >= $1`, [t0]);
      const emlA = fichiersSous(path.join(ROOT, "outbox-A")).filter((p) => p.endsWith(".eml"));
      const emlB = fichiersSous(path.join(ROOT, "outbox-B")).filter((p) => p.endsWith(".eml"));
      const messageIds = [...emlA.map((p) => path.join(ROOT, "outbox-A", p)), ...emlB.map((p) => path.join(ROOT, "outbox-B", p))].map(
        (p) => /^Message-ID:\s*(\S+)/im.exec(readFileSync(p, "utf8"))?.[1] ?? p,
      );
      const distincts = new Set(messageIds).size;
      verdicts.verifier(
        courriels.rows.length >= ids.length && emlA.length + emlB.length === courriels.rows.length && distincts === messageIds.length && emlA.length > 0 && emlB.length > 0,
        `courriels : ${courriels.rows.length} tâches « courriel » faites, ${emlA.length} courriels écrits par A et ${emlB.length} par B (les deux files travaillent), ${distincts} Message-ID distincts sur ${messageIds.length} : aucun envoyé deux fois`,
      );
      // The confirmation generated by whichever worker, downloaded through the other instance too.
      const [c0, c1] = aEnregistrer as [BenchCandidat, BenchCandidat];
      const pdfB = await fetch(`${B.base}/mes-candidatures/${c0.candidatureId}/confirmation/1`, { headers: { cookie: c0.cookie } });
      const pdfA = await fetch(`${A.base}/mes-candidatures/${c1.candidatureId}/confirmation/1`, { headers: { cookie: c1.cookie } });
      const [octetsB, octetsA] = [Buffer.from(await pdfB.arrayBuffer()), Buffer.from(await pdfA.arrayBuffer())];
      verdicts.verifier(
        pdfB.status === 200 && pdfA.status === 200 && octetsB.subarray(0, 5).toString() === "%PDF-" && octetsA.subarray(0, 5).toString() === "%PDF-",
        `confirmations téléchargées : sur B (ENREGISTRER fait sur A) statut ${pdfB.status}, ${octetsB.byteLength} octets ; sur A (fait sur B) statut ${pdfA.status}, ${octetsA.byteLength} octets`,
      );
    }

    // 4. Limits across both instances.
    {
      const limite = SIGN_IN_LIMITS.compte.failures;
      const VERROU = "Trop de tentatives de connexion";
      const echecsJusquauVerrou = async (adresse: string, instancesDe: (i: number) => Instance, ip: string) => {
        for (let i = 1; i <= limite + 5; i++) {
          const s = await seConnecter(instancesDe(i).base, adresse, "Mauvais-mot-de-passe-1!", ip);
          if (s.texte.includes(VERROU)) return i;
        }
        return Number.NaN;
      };
      const une = await echecsJusquauVerrou(await email(verrouUne!), () => A, "10.2.0.1");
      const deux = await echecsJusquauVerrou(await email(verrouDeux!), (i) => (i % 2 === 1 ? A : B), "10.2.0.2");
      const bonA = await seConnecter(A.base, await email(verrouDeux!), PASSWORD, "10.2.0.3");
      const bonB = await seConnecter(B.base, await email(verrouDeux!), PASSWORD, "10.2.0.4");
      verdicts.verifier(
        une === limite && deux === limite && !bonA.cookie && !bonB.cookie && bonA.texte.includes(VERROU) && bonB.texte.includes(VERROU),
        `connexion : verrouillée au ${une}e échec sur A seule, au ${deux}e échec alternés A/B (règle : ${limite}) ; puis le bon mot de passe refusé sur A (${bonA.texte.includes(VERROU) ? "verrouillé" : `statut ${bonA.status}`}) et sur B (${bonB.texte.includes(VERROU) ? "verrouillé" : `statut ${bonB.status}`})`,
      );
      const page = await fetch(`${A.base}/mot-de-passe/oublie`);
      const champs = hiddenFields(await page.text(), 'id="oublie-email"');
      const adresse = await email(oubli!);
      const issues: string[] = [];
      for (let i = 0; i < 4; i++) {
        const inst = i % 2 === 0 ? A : B;
        const rep = await posterFormulaire(inst.base, "/mot-de-passe/oublie", "", [...champs, ["email", adresse]], { "x-forwarded-for": `10.3.0.${i + 1}` });
        const texte = await rep.text();
        issues.push(`${inst.nom} ${texte.includes("Trop de demandes") ? "refusée" : texte.includes("Si un compte correspond") ? "acceptée" : `statut ${rep.status}`}`);
      }
      verdicts.verifier(
        issues.slice(0, 3).every((s) => s.endsWith("acceptée")) && issues[3]!.endsWith("refusée"),
        `limite « mot de passe oublié » (3 par heure et par adresse, table RateLimiterFlexible) : ${issues.join(", ")}`,
      );
    }

    // Load: the home page and Suivant, one instance, then both with the connections split between them.
    console.log(`\nCharge : ${connections} connexions, ${seconds} s par mesure ; à deux instances, ${connections / 2} connexions sur chacune en même temps.`);
    const revisions = new Map<string, number>();
    const suivants = new Map<string, number>();
    const modeleEtape = await modeleFormulaire(A.base, pool[0]!, "epreuves", STEP_FORM);
    const suivant = (inst: Instance, pourInstance: BenchCandidat[]): Partial<autocannon.Options> => {
      let tour = 0;
      return {
        requests: [
          {
            setupRequest: (_req, context: object) => {
              const c = pourInstance[tour++ % pourInstance.length]!;
              (context as { c?: BenchCandidat }).c = c;
              const revision = revisions.get(c.candidatureId) ?? 0;
              revisions.set(c.candidatureId, revision + 1);
              const n = suivants.get(c.candidatureId) ?? 0;
              suivants.set(c.candidatureId, n + 1);
              const { body, contentType } = multipart([...avecRevision(modeleEtape(c), revision), ...epreuvesFields(n)]);
              return { method: "POST", path: `/mes-candidatures/${c.candidatureId}/epreuves`, body, headers: entetesFormulaire(inst.base, c.cookie, contentType) };
            },
            onResponse: (status, _body, context: object) => {
              const c = (context as { c: BenchCandidat }).c;
              if (status !== 303) revisions.set(c.candidatureId, (revisions.get(c.candidatureId) ?? 1) - 1);
            },
          },
        ],
      };
    };
    const moitieA = pool.filter((_, i) => i % 2 === 0);
    const moitieB = pool.filter((_, i) => i % 2 === 1);
    const scenarios: { nom: string; options: (inst: Instance, part: BenchCandidat[]) => Partial<autocannon.Options>; attendu?: number }[] = [
      { nom: "page d'accueil (/)", options: () => ({ requests: [{ method: "GET", path: "/" }] }) },
      { nom: "Suivant, étape 5 (save-step)", options: (inst, part) => suivant(inst, part), attendu: 303 },
    ];
    for (const s of scenarios) for (const inst of [A, B]) await charger(inst.base, s.options(inst, inst === A ? moitieA : moitieB), 2, 1, s.attendu);
    const lignes: Ligne[] = [];
    for (const s of scenarios) {
      lignes.push(fusionner(s.nom, 1, connections, seconds, [await charger(A.base, s.options(A, pool), connections, seconds, s.attendu)]));
      const deux = await Promise.all([
        charger(A.base, s.options(A, moitieA), Math.ceil(connections / 2), seconds, s.attendu),
        charger(B.base, s.options(B, moitieB), Math.floor(connections / 2), seconds, s.attendu),
      ]);
      lignes.push(fusionner(s.nom, 2, connections, seconds, deux));
    }
    console.log("");
    imprimer(lignes);
    console.log(
      `\nNB : cette machine a ${(await import("node:os")).cpus().length} cœurs ; les deux instances, PostgreSQL, s3rver et autocannon (ce processus) se les partagent. Une instance Node rend ses pages sur un seul fil : une deuxième instance peut prendre un cœur que la première laisse libre, mais ce gain ne dit rien de deux machines, où chaque instance aurait ses propres cœurs et où seule la base (sessions, limites, file de tâches) resterait partagée.`,
    );
  } finally {
    for (const inst of instances) await inst.arreter();
    await client?.end().catch(() => undefined);
    await s3.close();
  }
  verdicts.resume();
  if (verdicts.lignes.some((l) => !l.ok)) process.exitCode = 1;
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
