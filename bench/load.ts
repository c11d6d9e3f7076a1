import autocannon from "autocannon";

export type Scenario = {
  name: string;
  /** Builds the requests; called once before the run (sign-in, cookies…). */
  prepare?: (baseUrl: string) => Promise<Partial<autocannon.Options>>;
  path?: string;
  /** The status every response must have (a server action answers 303); by default any 2xx. */
  expectStatus?: number;
};

/** `non2xx`: responses other than the expected status (`expectStatus`, or any 2xx). */
export type Figures = { name: string; rps: number; p50: number; p95: number; p99: number; errors: number; non2xx: number; requests: number };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs one scenario and measures every response time itself (autocannon reports no p95). */
export async function measure(baseUrl: string, scenario: Scenario, connections: number, seconds: number): Promise<Figures> {
  const extra = scenario.prepare ? await scenario.prepare(baseUrl) : {};
  const latencies: number[] = [];
  let unexpected = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: `${baseUrl}${scenario.path ?? "/"}`, connections, duration: seconds, ...extra }, (error, r) =>
      error ? reject(error) : resolve(r),
    );
    instance.on("response", (_client, statusCode, _bytes, ms) => {
      latencies.push(ms);
      // autocannon passes the status as the parser gave it, possibly a string.
      const status = Number(statusCode);
      if (scenario.expectStatus === undefined ? status < 200 || status > 299 : status !== scenario.expectStatus) unexpected += 1;
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    name: scenario.name,
    rps: result.requests.total / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts,
    non2xx: unexpected,
    requests: result.requests.total,
  };
}

export function printTable(rows: Figures[], reference: Figures): void {
  const header = ["scénario", "req/s", "p50 ms", "p95 ms", "p99 ms", "erreurs", "statut inattendu", "ratio / bare"];
  const lines = rows.map((r) => [
    r.name,
    r.rps.toFixed(0),
    r.p50.toFixed(1),
    r.p95.toFixed(1),
    r.p99.toFixed(1),
    String(r.errors),
    String(r.non2xx),
    `${((r.rps / reference.rps) * 100).toFixed(0)} %`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(fmt(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const l of lines) console.log(fmt(l));
}
