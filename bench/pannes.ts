import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { createBenchCandidats, hiddenFields, type BenchCandidat } from "./candidats";
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
  STEP_FORM,
  Verdicts,
  type Instance,
} from "./instances";

// `npm run bench:pannes` [issue 11 §5]: faults under load, on PostgreSQL, one PASS/FAIL line each.
//
// (a) The PostgreSQL server restarted (`pg_ctlcluster <version> <cluster> restart`, fast mode) in
//     the middle of a load of Suivant on step 1, each request saving a new address (« 1234 rue du
//     Banc d'essai », unique per request). The run records every save the portal acknowledged
//     (303), then checks that the portal answers again without a restart of its own (same process,
//     /api/health, a save, a job run by its worker) and that every acknowledged save is in the
//     database: per candidature, the row's revision is at least the acknowledged one and its address
//     is the last acknowledged, or one sent after it whose answer was lost in the outage (written,
//     not acknowledged: not a loss). Prints acknowledged, refused, errors during and outside the
//     outage, the time to recover, and lost saves (must be 0).
// (b) A storage that refuses writes: a full disk (STORAGE_DIR on a full tmpfs, mounted by the
//     bench: root only) and an S3 bucket that refuses every PUT (403 AccessDenied, a stub on this
//     machine). A 1 MB upload, as the page's script sends it and as a form without JavaScript does:
//     the answer must be French, and nothing half-written (no file row, no stored bytes left). An
//     ENREGISTRER on the same instance is saved, its confirmation PDF left queued for a retry.
// (c) SMTP down (SMTP_URL on a closed port): account creation and « Mot de passe oublié » succeed
//     for the user, the mail waits in the job queue for a retry; an SMTP server then started, the
//     retry (moved forward by the bench) delivers it.
//
// The PostgreSQL server is this machine's shared one: the restart is one fast restart, and the
// server is started again at the end whatever happened. BENCH_CONNECTIONS (20), BENCH_SECONDS (20:
// the restart at a third of it), BENCH_PARTIES (pg,stockage,smtp), BENCH_PG_CLUSTER ("15 main":
// otherwise the cluster listening on port 5432), ports 3463–3469 (BENCH_PORT_BASE moves them).
const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? "3460");
const connections = Number(process.env.BENCH_CONNECTIONS ?? "20");
const seconds = Number(process.env.BENCH_SECONDS ?? "20");
const PARTIES = new Set((process.env.BENCH_PARTIES ?? "pg,stockage,smtp").split(",").map((p) => p.trim()));
const DATABASE = process.env.BENCH_DATABASE_NAME ?? "helper_scale_pannes";
const ROOT = path.resolve(".data", "bench-pannes");
const PORTS = { portail: PORT_BASE + 3, stockage: PORT_BASE + 4, s3Refus: PORT_BASE + 5, s3Portail: PORT_BASE + 6, smtp: PORT_BASE + 7, smtpFerme: PORT_BASE + 9 };

const verdicts = new Verdicts();
const attendre = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The cluster of the PostgreSQL server on port 5432 (pg_lsclusters): « 15 main ». */
function clusterPg(): [string, string] {
  if (process.env.BENCH_PG_CLUSTER) return process.env.BENCH_PG_CLUSTER.split(/\s+/) as [string, string];
  const out = spawnSync("pg_lsclusters", ["-h"], { encoding: "utf8" }).stdout ?? "";
  const ligne = out.split("\n").map((l) => l.trim().split(/\s+/)).find((c) => c[2] === "5432");
  if (!ligne) throw new Error("Aucun cluster PostgreSQL sur le port 5432 (pg_lsclusters) : BENCH_PG_CLUSTER=\"15 main\".");
  return [ligne[0]!, ligne[1]!];
}

function pgEnLigne([version, cluster]: [string, string]): boolean {
  const out = spawnSync("pg_lsclusters", ["-h", version, cluster], { encoding: "utf8" }).stdout ?? "";
  return /\bonline\b/.test(out);
}

/** Whatever happened: the shared server running again. */
function assurerPg(c: [string, string]): void {
  if (pgEnLigne(c)) return;
  console.log(`PostgreSQL ${c.join(" ")} arrêté : redémarrage…`);
  spawnSync("pg_ctlcluster", [c[0], c[1], "start"], { stdio: "inherit" });
  console.log(pgEnLigne(c) ? "PostgreSQL de nouveau en ligne." : "PostgreSQL TOUJOURS ARRÊTÉ : pg_ctlcluster start a échoué.");
}

function redemarrerPg(c: [string, string]): Promise<{ debut: number; fin: number; code: number | null }> {
  const debut = performance.now();
  return new Promise((resolve) => {
    const p = spawn("pg_ctlcluster", [c[0], c[1], "restart"], { stdio: "ignore" });
    p.on("exit", (code) => resolve({ debut, fin: performance.now(), code }));
  });
}

/** Text of an HTML page: title, then the start of the visible text. */
function apercu(html: string): string {
  const titre = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? "";
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1]?.replace(/<[^>]+>/g, "") ?? "";
  const lang = /<html[^>]*\blang="([^"]+)"/i.exec(html)?.[1] ?? "?";
  return `lang=${lang} titre « ${titre.trim()} » h1 « ${h1.trim()} »${html.length < 200 ? ` corps « ${html.trim().slice(0, 120)} »` : ""}`;
}

const estFrancais = (html: string) => /<html[^>]*\blang="fr"/i.test(html) && !/Internal Server Error|This page couldn.t load|Application error/i.test(html);

// ---------------------------------------------------------------------------------------------
// (a) PostgreSQL restarted under a load of saves
// ---------------------------------------------------------------------------------------------

const IDENTIFICATION: [string, string][] = [
  ["complement", ""],
  ["codePostal", "63000"],
  ["commune", "Clermont-Ferrand"],
  ["pays", "FR"],
  ["pcsRepresentantLegal", "61"],
  ["telephone", "0612345678"],
  ["telephone2", ""],
];

type Envoi = { k: number; c: string; adresse: string; revision: number; t0: number; t1: number; statut: number | "réseau" };

async function partiePg(client: import("pg").Pool, pool: BenchCandidat[], complet: BenchCandidat, cluster: [string, string]) {
  console.log(`\n(a) Redémarrage de PostgreSQL (${cluster.join(" ")}) pendant une charge de Suivant : ${connections} connexions, ${seconds} s, redémarrage à ${(seconds / 3).toFixed(0)} s`);
  const inst = await demarrerInstance("portail", PORTS.portail, path.join(ROOT, "portail.log"), { MAIL_OUTBOX_DIR: path.join(ROOT, "outbox-portail") });
  try {
    const modele = await modeleFormulaire(inst.base, pool[0]!, "identification", STEP_FORM);
    const envois: Envoi[] = [];
    const revisions = new Map<string, number | null>(pool.map((c) => [c.candidatureId, 0]));
    let k = 0;
    const origine = performance.now();
    const fin = origine + seconds * 1000;
    let exempleErreur = "";
    let pageErreur = "";
    let lecturesRevision = 0;

    const travailleur = async (w: number) => {
      const miens = pool.filter((_, i) => i % connections === w);
      for (let tour = 0; performance.now() < fin; tour++) {
        const c = miens[tour % miens.length]!;
        let revision = revisions.get(c.candidatureId);
        if (revision === null || revision === undefined) {
          // After an unanswered or refused save the revision is read again from the database.
          try {
            lecturesRevision++;
            const r = await client.query<{ revision: number }>(`SELECT revision FROM "Candidature" WHERE id = $1`, [c.candidatureId]);
            revision = r.rows[0]!.revision;
            revisions.set(c.candidatureId, revision);
          } catch {
            await attendre(250);
            continue;
          }
        }
        const n = ++k;
        const adresse = `${n} rue du Banc d’essai`;
        const e: Envoi = { k: n, c: c.candidatureId, adresse, revision, t0: performance.now() - origine, t1: 0, statut: "réseau" };
        envois.push(e);
        try {
          const rep = await posterFormulaire(inst.base, `/mes-candidatures/${c.candidatureId}/identification`, c.cookie, [
            ...avecRevision(modele(c), revision),
            ["adresse", adresse],
            ...IDENTIFICATION,
          ]);
          e.statut = rep.status;
          const texte = await rep.text();
          if (rep.status >= 500 && !exempleErreur) {
            exempleErreur = `statut ${rep.status}, ${apercu(texte)}`;
            pageErreur = texte;
          }
        } catch {
          e.statut = "réseau";
        }
        e.t1 = performance.now() - origine;
        revisions.set(c.candidatureId, e.statut === 303 ? revision + 1 : null);
        // A failing server answers at once: no tight loop while it is down.
        if (e.statut !== 303) await attendre(100);
      }
    };

    const charge = Promise.all(Array.from({ length: connections }, (_, w) => travailleur(w)));
    await attendre((seconds * 1000) / 3);
    // This script's own connections are cut too: the pool opens new ones.
    // BENCH_SANS_REDEMARRAGE=1: the same run without the restart (to develop the script).
    const redemarrage = process.env.BENCH_SANS_REDEMARRAGE === "1" ? { debut: performance.now(), fin: performance.now(), code: null } : await redemarrerPg(cluster);
    const coupure = { debut: redemarrage.debut - origine, fin: redemarrage.fin - origine };
    await charge;

    // The portal again, without a restart of its own.
    const memeProcessus = inst.processus.exitCode === null && inst.processus.signalCode === null;
    const sante = await fetch(`${inst.base}/api/health`).then((r) => r.status, () => 0);
    const accueil = await fetch(`${inst.base}/`).then((r) => r.status, () => 0);
    const apres = envois.filter((e) => e.t0 > coupure.fin);
    const premiereReussite = apres.find((e) => e.statut === 303);
    const retablissement = premiereReussite ? (premiereReussite.t1 - coupure.fin) / 1000 : Number.NaN;

    // Every acknowledged save in the database.
    const parCandidature = new Map<string, Envoi[]>();
    for (const e of envois) parCandidature.set(e.c, [...(parCandidature.get(e.c) ?? []), e]);
    const lignes = await client.query<{ id: string; revision: number; adresse: string | null }>(
      `SELECT id, revision, COALESCE(brouillon, donnees)->'identification'->>'adresse' AS adresse FROM "Candidature" WHERE id = ANY($1)`,
      [pool.map((c) => c.candidatureId)],
    );
    let perdues = 0;
    let ecritesSansAccuse = 0;
    const exemplesPerdues: string[] = [];
    for (const ligne of lignes.rows) {
      const liste = (parCandidature.get(ligne.id) ?? []).sort((x, y) => x.k - y.k);
      const derniere = liste.findLast((e) => e.statut === 303);
      if (!derniere) continue;
      const admises = new Set(liste.filter((e) => e.k >= derniere.k).map((e) => e.adresse));
      if (ligne.revision < derniere.revision + 1 || !ligne.adresse || !admises.has(ligne.adresse)) {
        perdues++;
        if (exemplesPerdues.length < 3) exemplesPerdues.push(`${ligne.id} : accusé « ${derniere.adresse} » (révision ${derniere.revision + 1}), en base « ${ligne.adresse} » (révision ${ligne.revision})`);
      } else if (ligne.adresse !== derniere.adresse) ecritesSansAccuse++;
    }
    const acceptes = envois.filter((e) => e.statut === 303).length;
    const refuses = envois.filter((e) => e.statut === 200).length;
    const erreurs = envois.filter((e) => e.statut !== 303 && e.statut !== 200);
    const pendant = erreurs.filter((e) => e.t1 >= coupure.debut && (premiereReussite ? e.t0 <= premiereReussite.t1 : true)).length;
    const statuts = [...new Set(erreurs.map((e) => String(e.statut)))].join(", ");
    console.log(
      `  redémarrage de ${(coupure.debut / 1000).toFixed(1)} s à ${(coupure.fin / 1000).toFixed(1)} s (pg_ctlcluster : code ${redemarrage.code}) ; ${envois.length} Suivant envoyés : ${acceptes} accusés (303), ${refuses} refusés (200), ${erreurs.length} en erreur (${statuts || "aucune"}), dont ${pendant} pendant la coupure ; ${lecturesRevision} relectures de révision`,
    );
    if (exempleErreur) console.log(`  réponse du portail pendant la coupure : ${exempleErreur}`);
    verdicts.verifier(
      memeProcessus && sante === 200 && accueil === 200 && premiereReussite !== undefined,
      `PostgreSQL redémarré : le portail répond de nouveau sans redémarrer (même processus ${inst.pid} : ${memeProcessus ? "oui" : "NON"}) ; /api/health ${sante}, accueil ${accueil} ; premier Suivant accusé ${Number.isNaN(retablissement) ? "JAMAIS" : `${retablissement.toFixed(1)} s après la fin du redémarrage`}`,
    );
    verdicts.verifier(
      perdues === 0 && acceptes > 0,
      `sauvegardes accusées toutes en base : ${acceptes} accusées, ${perdues} perdues, ${ecritesSansAccuse} écrites sans accusé (réponse perdue dans la coupure, pas une perte)${exemplesPerdues.length ? ` — ${exemplesPerdues.join(" ; ")}` : ""}`,
    );
    if (erreurs.length > 0) {
      verdicts.verifier(
        exempleErreur === "" || estFrancais(pageErreur),
        `page d'erreur pendant la coupure en français : ${exempleErreur || "aucune réponse 5xx (erreurs réseau seulement)"}`,
      );
    }

    // The job worker after the restart: an ENREGISTRER's confirmation made.
    const recap = await modeleFormulaire(inst.base, complet, "recapitulatif", ENREGISTRER_FORM);
    const enr = await posterFormulaire(inst.base, `/mes-candidatures/${complet.candidatureId}/recapitulatif`, complet.cookie, avecRevision(recap(complet), 0));
    const t = performance.now();
    let doc = 0;
    while (performance.now() - t < 60_000) {
      doc = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Document" WHERE "candidatureId" = $1`, [complet.candidatureId])).rows[0]!.n;
      if (doc > 0) break;
      await attendre(500);
    }
    verdicts.verifier(
      enr.status === 303 && doc === 1,
      `file de tâches après le redémarrage : ENREGISTRER statut ${enr.status}, confirmation générée par le travailleur du portail : ${doc === 1 ? `oui, en ${((performance.now() - t) / 1000).toFixed(1)} s` : "NON (60 s)"}`,
    );
  } finally {
    await inst.arreter();
  }
}

// ---------------------------------------------------------------------------------------------
// (b) A storage that refuses writes
// ---------------------------------------------------------------------------------------------

/** A stub of an S3 bucket that refuses every write, as a read-only bucket policy does (403 AccessDenied). */
function s3QuiRefuse(port: number): Promise<Server> {
  const serveur = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      if (req.method === "PUT" || req.method === "POST") {
        res.writeHead(403, { "content-type": "application/xml" });
        res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>`);
      } else if (req.method === "DELETE") {
        res.writeHead(204).end();
      } else {
        res.writeHead(404, { "content-type": "application/xml" });
        res.end(req.method === "HEAD" ? undefined : `<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>Not Found</Message></Error>`);
      }
    });
  });
  return new Promise((resolve) => serveur.listen(port, "127.0.0.1", () => resolve(serveur)));
}

/** A tmpfs of 1 MiB, filled up: ENOSPC on the first write. Null when mounting is not allowed. */
function disquePlein(dossier: string): boolean {
  mkdirSync(dossier, { recursive: true });
  if (spawnSync("mount", ["-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", dossier]).status !== 0) return false;
  const fd = openSync(path.join(dossier, "remplissage"), "w");
  try {
    const bloc = Buffer.alloc(64 * 1024, 1);
    for (;;) writeSync(fd, bloc);
  } catch {
    // ENOSPC: full
  } finally {
    closeSync(fd);
  }
  return true;
}

async function depotRefuse(client: import("pg").Pool, inst: Instance, variante: string, c: BenchCandidat, pieceCode: string, fichiersRestants: () => number) {
  const jpeg = await jpegDe(1024 * 1024);
  const f = multipartFichier("fichier", "piece-1-mo.jpg", "image/jpeg", jpeg);
  const url = `${inst.base}/mes-candidatures/${c.candidatureId}/justificatifs/${pieceCode}/fichiers`;
  // As the page's script sends it (JSON), then as a form without JavaScript.
  const js = await fetch(url, { method: "POST", body: new Uint8Array(f.body), headers: { ...entetesFormulaire(inst.base, c.cookie, f.contentType), accept: "application/json" } });
  const jsTexte = await js.text();
  let message = "";
  try {
    message = (JSON.parse(jsTexte) as { message?: string }).message ?? "";
  } catch {
    // not JSON: the page's script shows its own French message (REPONSE_ILLISIBLE, depot-form.tsx)
  }
  const html = await fetch(url, { method: "POST", body: new Uint8Array(f.body), headers: { ...entetesFormulaire(inst.base, c.cookie, f.contentType), accept: "text/html" }, redirect: "manual" });
  const htmlTexte = await html.text();
  const location = html.headers.get("location") ?? "";
  const ligne = await client.query<{ n: number; statut: string }>(
    `SELECT (SELECT count(*)::int FROM "JustificatifFichier" f JOIN "Justificatif" j ON j.id = f."justificatifId" WHERE j."candidatureId" = $1) AS n,
            (SELECT statut::text FROM "Justificatif" WHERE "candidatureId" = $1 AND "pieceCode" = $2) AS statut`,
    [c.candidatureId, pieceCode],
  );
  const restants = fichiersRestants();
  const jsFrancais = message !== "" ? /[àâçéèêëîïôûù]|Le |La |Votre /.test(message) : js.status >= 500 && !jsTexte.includes("Internal Server Error");
  const htmlFrancais = html.status === 303 ? /erreur=/.test(location) : estFrancais(htmlTexte);
  console.log(`  ${variante} — avec JavaScript : statut ${js.status}, ${message ? `« ${message} »` : `corps ${jsTexte.length ? `« ${jsTexte.slice(0, 100)} »` : "vide"} (la page affiche alors son message : « Le serveur n'a pas pu traiter l'envoi : rechargez la page, puis déposez de nouveau le fichier. »)`}`);
  console.log(`  ${variante} — sans JavaScript : statut ${html.status}${location ? ` vers ${location}` : `, ${apercu(htmlTexte)}`}`);
  verdicts.verifier(
    js.status !== 200 && jsFrancais && htmlFrancais,
    `${variante} : le candidat lit un message en français (avec JavaScript : statut ${js.status}${message ? ", message du serveur" : ", message de la page"} ; sans JavaScript : statut ${html.status}${html.status === 303 ? "" : htmlFrancais ? ", page française" : ", page NON française"})`,
  );
  verdicts.verifier(
    ligne.rows[0]!.n === 0 && restants === 0,
    `${variante} : rien d'écrit à moitié (${ligne.rows[0]!.n} ligne JustificatifFichier, pièce « ${ligne.rows[0]!.statut} », ${restants} fichier(s) laissé(s) dans le stockage)`,
  );
}

async function enregistrerSansStockage(client: import("pg").Pool, inst: Instance, variante: string, c: BenchCandidat) {
  const recap = await modeleFormulaire(inst.base, c, "recapitulatif", ENREGISTRER_FORM);
  const enr = await posterFormulaire(inst.base, `/mes-candidatures/${c.candidatureId}/recapitulatif`, c.cookie, avecRevision(recap(c), 0));
  const t = performance.now();
  let job: { state: string; retry_count: number } | undefined;
  while (performance.now() - t < 30_000) {
    job = (
      await client.query<{ state: string; retry_count: number }>(`SELECT state, retry_count FROM pgboss.job WHERE name = 'confirmation-pdf' AND data->>'candidatureId' = $1`, [c.candidatureId])
    ).rows[0];
    if (job && job.state !== "created" && job.state !== "active") break;
    await attendre(500);
  }
  const cand = await client.query<{ statut: string; numero: string | null; docs: number }>(
    `SELECT statut::text, numero, (SELECT count(*)::int FROM "Document" WHERE "candidatureId" = $1) AS docs FROM "Candidature" WHERE id = $1`,
    [c.candidatureId],
  );
  const r = cand.rows[0]!;
  verdicts.verifier(
    enr.status === 303 && r.statut === "ENREGISTREE" && r.docs === 0 && job?.state === "retry",
    `${variante} : ENREGISTRER accepté (statut ${enr.status}, candidature ${r.statut}, n° ${r.numero ?? "—"}) ; confirmation en attente de reprise (tâche « ${job?.state ?? "absente"} », ${job?.retry_count ?? 0} reprise(s)), ${r.docs} document sans fichier`,
  );
}

async function partieStockage(client: import("pg").Pool, candidats: { depot: BenchCandidat; piece: string; complet: BenchCandidat }[]) {
  console.log("\n(b) Un stockage qui refuse les écritures");
  // Full disk.
  const plein = path.join(ROOT, "disque-plein");
  const monte = disquePlein(plein);
  if (!monte) {
    verdicts.verifier(false, "disque plein : tmpfs impossible à monter (il faut être root) — variante non mesurée");
  } else {
    try {
      const inst = await demarrerInstance("disque-plein", PORTS.stockage, path.join(ROOT, "disque-plein.log"), { STORAGE_DIR: plein, MAIL_OUTBOX_DIR: path.join(ROOT, "outbox-plein") });
      try {
        const restants = () => {
          const ls = spawnSync("find", [plein, "-type", "f", "!", "-name", "remplissage"], { encoding: "utf8" }).stdout.trim();
          return ls ? ls.split("\n").length : 0;
        };
        await depotRefuse(client, inst, "disque plein (STORAGE_DIR sur un tmpfs plein, ENOSPC)", candidats[0]!.depot, candidats[0]!.piece, restants);
        await enregistrerSansStockage(client, inst, "disque plein", candidats[0]!.complet);
      } finally {
        await inst.arreter();
      }
    } finally {
      spawnSync("umount", [plein]);
    }
  }
  // An S3 bucket that refuses writes.
  const refus = await s3QuiRefuse(PORTS.s3Refus);
  const puts = { n: 0 };
  refus.on("request", (req) => req.method === "PUT" && puts.n++);
  try {
    const inst = await demarrerInstance("s3-refus", PORTS.s3Portail, path.join(ROOT, "s3-refus.log"), {
      STORAGE_S3_ENDPOINT: `http://127.0.0.1:${PORTS.s3Refus}`,
      STORAGE_S3_BUCKET: "banc-lecture-seule",
      STORAGE_S3_REGION: "us-east-1",
      STORAGE_S3_ACCESS_KEY_ID: "banc",
      STORAGE_S3_SECRET_ACCESS_KEY: "banc",
      STORAGE_S3_FORCE_PATH_STYLE: "true",
      MAIL_OUTBOX_DIR: path.join(ROOT, "outbox-s3"),
    });
    try {
      await depotRefuse(client, inst, `compartiment S3 en lecture seule (403 AccessDenied à chaque PUT)`, candidats[1]!.depot, candidats[1]!.piece, () => 0);
      console.log(`  (${puts.n} PUT refusés par le compartiment)`);
      await enregistrerSansStockage(client, inst, "compartiment S3 en lecture seule", candidats[1]!.complet);
    } finally {
      await inst.arreter();
    }
  } finally {
    await new Promise((r) => refus.close(r));
  }
}

// ---------------------------------------------------------------------------------------------
// (c) SMTP down
// ---------------------------------------------------------------------------------------------

async function partieSmtp(client: import("pg").Pool, existant: string) {
  console.log(`\n(c) Relais SMTP en panne (SMTP_URL=smtp://127.0.0.1:${PORTS.smtpFerme}, port fermé)`);
  const inst = await demarrerInstance("smtp", PORTS.smtp, path.join(ROOT, "smtp.log"), { SMTP_URL: `smtp://127.0.0.1:${PORTS.smtpFerme}` });
  const recus: string[] = [];
  let relais: import("smtp-server").SMTPServer | undefined;
  try {
    // Account creation, as a form without JavaScript posts it.
    const nouveau = `nouveau.${Date.now().toString(36)}@bench.example.fr`;
    const page = await fetch(`${inst.base}/creer-compte`);
    const champs = hiddenFields(await page.text(), 'id="creer-email"');
    const creation = await posterFormulaire(
      inst.base,
      "/creer-compte",
      "",
      [
        ...champs,
        ["civilite", "MADAME"],
        ["nomNaissance", "Banc"],
        ["nomNaissanceConfirmation", "Banc"],
        ["nomUsage", ""],
        ["prenoms", "Essai"],
        ["dateNaissance", "01/01/1990"],
        ["dateNaissanceConfirmation", "01/01/1990"],
        ["paysNaissance", "FR"],
        ["email", nouveau],
        ["emailConfirmation", nouveau],
        ["password", PASSWORD],
        ["passwordConfirmation", PASSWORD],
      ],
      { "x-forwarded-for": "10.4.0.1" },
    );
    const location = creation.headers.get("location") ?? "";
    // « Mot de passe oublié » for an existing account.
    const oubliPage = await fetch(`${inst.base}/mot-de-passe/oublie`);
    const oubliChamps = hiddenFields(await oubliPage.text(), 'id="oublie-email"');
    const oubli = await posterFormulaire(inst.base, "/mot-de-passe/oublie", "", [...oubliChamps, ["email", existant]], { "x-forwarded-for": "10.4.0.2" });
    const oubliTexte = await oubli.text();

    type Job = { id: string; state: string; retry_count: number; output: { message?: string } | null };
    const jobsPour = async (adresse: string) =>
      (await client.query<Job>(`SELECT id::text, state, retry_count, output FROM pgboss.job WHERE name = 'courriel' AND data->'message'->>'to' = $1`, [adresse])).rows;
    const t = performance.now();
    let [jc, jo] = [await jobsPour(nouveau), await jobsPour(existant)];
    while (performance.now() - t < 30_000 && !(jc.some((j) => j.state === "retry") && jo.some((j) => j.state === "retry"))) {
      await attendre(500);
      [jc, jo] = [await jobsPour(nouveau), await jobsPour(existant)];
    }
    const compte = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Account" WHERE "emailNormalized" = $1`, [nouveau]);
    const raison = (j: Job[]) => j.find((x) => x.output?.message)?.output?.message?.slice(0, 80) ?? "—";
    verdicts.verifier(
      creation.status === 303 && location.includes("/creer-compte/courriel-envoye") && compte.rows[0]!.n === 1 && jc.length === 1 && jc[0]!.state === "retry",
      `création de compte, SMTP en panne : statut ${creation.status} vers ${location || "—"}, compte créé : ${compte.rows[0]!.n === 1 ? "oui" : "NON"} ; courriel d'activation en file : ${jc.map((j) => `« ${j.state} », ${j.retry_count} reprise(s) prévue(s)`).join(" ; ") || "AUCUN"} (erreur : ${raison(jc)})`,
    );
    verdicts.verifier(
      oubli.status === 200 && oubliTexte.includes("Si un compte correspond") && jo.length === 1 && jo[0]!.state === "retry",
      `mot de passe oublié, SMTP en panne : statut ${oubli.status}, ${oubliTexte.includes("Si un compte correspond") ? "message « Si un compte correspond… va lui être envoyé »" : "message ATTENDU ABSENT"} ; courriel en file : ${jo.map((j) => `« ${j.state} »`).join(" ; ") || "AUCUN"}`,
    );

    // The relay back: the queued retries deliver (moved forward: the first retry is 30 s away, then 1 min…).
    const { SMTPServer } = await import("smtp-server");
    relais = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onRcptTo(address, _session, callback) {
        recus.push(address.address);
        callback();
      },
      onData(stream, _session, callback) {
        stream.resume();
        stream.on("end", () => callback());
      },
    });
    await new Promise<void>((resolve) => relais!.listen(PORTS.smtpFerme, "127.0.0.1", () => resolve()));
    const ids = [...jc, ...jo].map((j) => j.id);
    await client.query(`UPDATE pgboss.job SET start_after = now() WHERE id::text = ANY($1) AND state = 'retry'`, [ids]);
    const t2 = performance.now();
    let faits = 0;
    while (performance.now() - t2 < 30_000) {
      faits = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE id::text = ANY($1) AND state = 'completed'`, [ids])).rows[0]!.n;
      if (faits === ids.length) break;
      await attendre(500);
    }
    verdicts.verifier(
      faits === ids.length && recus.includes(nouveau) && recus.includes(existant),
      `relais rétabli : ${faits}/${ids.length} courriels en file remis à la reprise (reprise avancée par le banc), reçus par le relais pour ${recus.length} destinataire(s)`,
    );
  } finally {
    await inst.arreter();
    if (relais) await new Promise<void>((r) => relais!.close(() => r()));
  }
}

async function main() {
  rmSync(ROOT, { recursive: true, force: true });
  preparerEnvironnement(ROOT, `http://localhost:${PORTS.portail}`);
  const cluster = clusterPg();
  if (!pgEnLigne(cluster)) throw new Error(`PostgreSQL ${cluster.join(" ")} n'est pas en ligne.`);
  let client: import("pg").Pool | undefined;
  try {
    construireSiBesoin();
    await preparerBase(DATABASE);
    const { getDb, disconnectDb } = await import("../lib/db");
    const { enregistrerCandidature } = await import("../lib/server/candidatures/enregistrer-candidature");
    const { runPendingJobs } = await import("../lib/jobs/run-pending");
    const { hashPassword } = await import("../lib/server/auth/password");
    const db = await getDb();
    const now = new Date();
    const secret = process.env.AUTH_SECRET!;
    const candidats = (count: number, complet: boolean, prefix: string) => createBenchCandidats(db, { count, complet, prefix, secret, now });
    const pool = await candidats(Math.max(2 * connections, 20), false, "suivant");
    const complets = await candidats(3, true, "complet");
    const depots = await candidats(2, true, "depot");
    const pieces: string[] = [];
    for (const c of depots) {
      const r = await enregistrerCandidature({ accountId: c.accountId, candidatureId: c.candidatureId, revision: "0" }, { now, db });
      if (!r.ok) throw new Error(`Inscription du banc refusée : ${JSON.stringify(r)}`);
      pieces.push((await db.justificatif.findFirstOrThrow({ where: { candidatureId: c.candidatureId, mode: "UPLOAD", caduc: false }, select: { pieceCode: true } })).pieceCode);
    }
    await runPendingJobs(["confirmation-pdf", "courriel"]);
    const [existant] = await candidats(1, false, "existant");
    await db.account.update({ where: { id: existant!.accountId }, data: { passwordHash: await hashPassword(PASSWORD) } });
    const adresseExistante = (await db.account.findUniqueOrThrow({ where: { id: existant!.accountId }, select: { email: true } })).email;
    await disconnectDb();
    if (!existsSync(path.join(ROOT, "outbox"))) mkdirSync(path.join(ROOT, "outbox"), { recursive: true });

    const { default: pg } = await import("pg");
    // A pool: a query after the restart opens a new connection (a dead idle one fails once, caught).
    client = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
    client.on("error", () => undefined);
    if (PARTIES.has("pg")) await partiePg(client, pool, complets[0]!, cluster);
    if (PARTIES.has("stockage"))
      await partieStockage(client, [
        { depot: depots[0]!, piece: pieces[0]!, complet: complets[1]! },
        { depot: depots[1]!, piece: pieces[1]!, complet: complets[2]! },
      ]);
    if (PARTIES.has("smtp")) await partieSmtp(client, adresseExistante);
  } finally {
    await client?.end().catch(() => undefined);
    assurerPg(cluster);
  }
  verdicts.resume();
  if (verdicts.lignes.some((l) => !l.ok)) process.exitCode = 1;
}

main().catch((error: Error) => {
  console.error(error);
  process.exitCode = 1;
});
