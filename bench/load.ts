import { readdirSync, readFileSync } from "node:fs";
import autocannon from "autocannon";

/** A target printed beside a figure: its wording, and whether the figure meets it (ratio to the bare route's req/s). */
export type Cible = { texte: string; atteinte: (f: Figures, ratio: number) => boolean };

export type Scenario = {
  name: string;
  /** Builds the requests; called once before the run (sign-in, cookies…). */
  prepare?: (baseUrl: string) => Promise<Partial<autocannon.Options>>;
  path?: string;
  /** The status every response must have (a server action answers 303); by default any 2xx. */
  expectStatus?: number;
  /** Connections of this scenario when not the run's (the back office: a rectorat's managers, not a national crowd). */
  connections?: number;
  /** The target; every scenario is also held to 0 errors and 0 unexpected statuses. */
  cible?: Cible;
};

/** `non2xx`: responses other than the expected status (`expectStatus`, or any 2xx). `rssPic`: the server's peak RSS during the run, MB. */
export type Figures = {
  name: string;
  connections: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
  rssPic: number;
  cible?: Cible;
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The resident memory of a process and its descendants (next start may run its server in a child), in MB. */
export function rssArbre(racine: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entree of readdirSync("/proc")) {
    if (!/^\d+$/.test(entree)) continue;
    try {
      const status = readFileSync(`/proc/${entree}/status`, "utf8");
      parents.set(Number(entree), Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      rss.set(Number(entree), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
    } catch {
      // the process ended meanwhile
    }
  }
  const arbre = new Set([racine]);
  for (let ajoute = true; ajoute; ) {
    ajoute = false;
    for (const [pid, ppid] of parents) {
      if (arbre.has(ppid) && !arbre.has(pid)) {
        arbre.add(pid);
        ajoute = true;
      }
    }
  }
  return [...arbre].reduce((s, pid) => s + (rss.get(pid) ?? 0), 0) / 1024;
}

/** Samples the server's RSS every 100 ms until stopped; returns the peak. */
export function sonderMemoire(serverPid: number | undefined): () => number {
  if (serverPid === undefined) return () => Number.NaN;
  let pic = rssArbre(serverPid);
  const sonde = setInterval(() => (pic = Math.max(pic, rssArbre(serverPid))), 100);
  return () => {
    clearInterval(sonde);
    return Math.max(pic, rssArbre(serverPid));
  };
}

/** Runs one scenario and measures every response time itself (autocannon reports no p95), and the server's memory. */
export async function measure(baseUrl: string, scenario: Scenario, connections: number, seconds: number, serverPid?: number): Promise<Figures> {
  const extra = scenario.prepare ? await scenario.prepare(baseUrl) : {};
  const latencies: number[] = [];
  let unexpected = 0;
  const arreter = sonderMemoire(serverPid);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: `${baseUrl}${scenario.path ?? "/"}`, connections, duration: seconds, ...extra }, (error, r) => (error ? reject(error) : resolve(r)));
    instance.on("response", (_client, statusCode, _bytes, ms) => {
      latencies.push(ms);
      // autocannon passes the status as the parser gave it, possibly a string.
      const status = Number(statusCode);
      if (scenario.expectStatus === undefined ? status < 200 || status > 299 : status !== scenario.expectStatus) unexpected += 1;
    });
  });
  const rssPic = arreter();
  latencies.sort((a, b) => a - b);
  return {
    name: scenario.name,
    connections,
    rps: result.requests.total / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts,
    non2xx: unexpected,
    requests: result.requests.total,
    rssPic,
    ...(scenario.cible ? { cible: scenario.cible } : {}),
  };
}

/** Met when the scenario's own target is and nothing failed: the issue asks for 0 errors on every path. */
export function atteinte(r: Figures, reference: Figures): boolean {
  const sansErreur = r.errors === 0 && r.non2xx === 0;
  return sansErreur && (r.cible?.atteinte(r, r.rps / reference.rps) ?? true);
}

export function printTable(rows: Figures[], reference: Figures): void {
  const header = ["scénario", "conn.", "req/s", "p50 ms", "p95 ms", "p99 ms", "erreurs", "statut inattendu", "RSS pic Mo", "ratio / nue", "cible", ""];
  const lines = rows.map((r) => [
    r.name,
    String(r.connections),
    r.rps.toFixed(0),
    r.p50.toFixed(1),
    r.p95.toFixed(1),
    r.p99.toFixed(1),
    String(r.errors),
    String(r.non2xx),
    r.rssPic.toFixed(0),
    `${((r.rps / reference.rps) * 100).toFixed(0)} %`,
    r === reference ? "référence" : [r.cible?.texte, "0 erreur"].filter(Boolean).join(", "),
    r === reference ? "" : atteinte(r, reference) ? "atteinte" : "MANQUÉE",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 || i >= 10 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
  console.log(fmt(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const l of lines) console.log(fmt(l));
}
