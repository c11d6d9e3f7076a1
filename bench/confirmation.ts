import { contenuConfirmation } from "../lib/domain/confirmation/contenu";
import { sourceConfirmation } from "../lib/domain/confirmation/test-fixtures";
import { genererCertificatAutoSigne } from "../lib/pdf/certificat";
import { buildConfirmationDocument } from "../lib/pdf/confirmation";
import { loadFonts } from "../lib/pdf/fonts";
import { sealPdf } from "../lib/pdf/seal";

// The CPU cost of one confirmation d'inscription (issue 8): lay it out (DejaVu Sans subsets, the
// QR code as one path) then seal it (PAdES, RSA-2048), in this process, one after another. What
// the confirmation-pdf job spends per ENREGISTRER, outside the request. Wall time and this
// process's CPU time (user + system), medians and p95 over `runs` documents after a warm-up.

export type ConfirmationFigures = { runs: number; octets: number; pages: number; mise: Stats; cachet: Stats; total: Stats; cpu: Stats };
type Stats = { median: number; p95: number };

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95) };
}

export async function measureConfirmation(runs = Number(process.env.BENCH_PDF_RUNS ?? "40")): Promise<ConfirmationFigures> {
  const fonts = await loadFonts();
  const cachet = { p12: genererCertificatAutoSigne({ nom: "Cachet de mesure", passphrase: "" }), passphrase: "" };
  const contenu = contenuConfirmation(sourceConfirmation());
  const info = { reason: "Confirmation d'inscription", name: "Portail", location: "Académie de Clermont-Ferrand", contactInfo: "http://localhost:3000" };
  const mise: number[] = [];
  const cachetMs: number[] = [];
  const total: number[] = [];
  const cpu: number[] = [];
  let octets = 0;
  let pages = 0;
  for (let i = 0; i < runs + 5; i += 1) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const doc = await buildConfirmationDocument(contenu, { fonts, now: new Date(), auteur: "Académie de Clermont-Ferrand" });
    pages = doc.getPageCount();
    const t1 = performance.now();
    const bytes = await sealPdf(doc, cachet, info, new Date());
    const t2 = performance.now();
    const used = process.cpuUsage(cpu0);
    octets = bytes.byteLength;
    if (i < 5) continue;
    mise.push(t1 - t0);
    cachetMs.push(t2 - t1);
    total.push(t2 - t0);
    cpu.push((used.user + used.system) / 1000);
  }
  return { runs, octets, pages, mise: stats(mise), cachet: stats(cachetMs), total: stats(total), cpu: stats(cpu) };
}

export function printConfirmation(f: ConfirmationFigures): void {
  const ms = (s: Stats) => `${s.median.toFixed(0)} ms (p95 ${s.p95.toFixed(0)} ms)`;
  console.log(`\nConfirmation d'inscription : ${f.runs} documents de ${f.pages} pages, ${(f.octets / 1024).toFixed(0)} Ko chacun`);
  console.log(`  mise en page (pdf-lib, DejaVu Sans en sous-ensemble, QR) : ${ms(f.mise)}`);
  console.log(`  cachet PAdES (@signpdf, RSA 2048, SHA-256)              : ${ms(f.cachet)}`);
  console.log(`  génération et cachet, médiane                           : ${ms(f.total)}`);
  console.log(`  temps processeur par document                           : ${ms(f.cpu)}`);
}

// `npx tsx bench/confirmation.ts`: this measure alone, without the server.
if (process.argv[1]?.endsWith("confirmation.ts")) {
  measureConfirmation()
    .then(printConfirmation)
    .catch((error: Error) => {
      console.error(error);
      process.exit(1);
    });
}
