import { gzipSync } from "node:zlib";
import { ETAPES } from "../lib/domain/candidature/libelles";
import type { BenchCandidat } from "./candidats";

// First-load JavaScript of the wizard's pages [issue 11 §3]: what a browser downloads before the
// page is interactive, read from the page itself as the production server sends it — every
// <script src> of the HTML (Next's runtime, the framework, the layouts' and the page's chunks),
// each fetched and compressed with gzip (zlib, default level, as a server or CDN sends it), summed.
// The inline scripts (the RSC payload of the page) are reported apart: they are HTML, not bundles.

export const TARGET_FIRST_LOAD_KIB = 180;

export type PremierChargement = { page: string; scripts: number; brutKio: number; gzipKio: number; inlineGzipKio: number };

export async function mesurerPremierChargement(baseUrl: string, c: BenchCandidat): Promise<PremierChargement[]> {
  const cache = new Map<string, { brut: number; gzip: number }>();
  const pages: PremierChargement[] = [];
  for (const { key } of ETAPES) {
    const chemin = `/mes-candidatures/${c.candidatureId}/${key}`;
    const reponse = await fetch(`${baseUrl}${chemin}`, { headers: { cookie: c.cookie } });
    if (!reponse.ok) throw new Error(`${chemin} : statut ${reponse.status}`);
    const html = await reponse.text();
    // A `nomodule` script (Next's polyfills, ~40 Kio gzip) is fetched only by browsers without ES
    // modules, none of those the portal supports: a browser of today never loads it.
    const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].filter((m) => !/\bnomodule\b/i.test(m[0]));
    const sources = [...new Set(tags.map((m) => m[1]!.replace(/&amp;/g, "&")))];
    let brut = 0;
    let gzip = 0;
    for (const src of sources) {
      let taille = cache.get(src);
      if (!taille) {
        const script = await fetch(new URL(src, baseUrl));
        if (!script.ok) throw new Error(`${src} : statut ${script.status}`);
        const octets = Buffer.from(await script.arrayBuffer());
        taille = { brut: octets.byteLength, gzip: gzipSync(octets).byteLength };
        cache.set(src, taille);
      }
      brut += taille.brut;
      gzip += taille.gzip;
    }
    const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join("");
    pages.push({ page: key, scripts: sources.length, brutKio: brut / 1024, gzipKio: gzip / 1024, inlineGzipKio: gzipSync(Buffer.from(inline)).byteLength / 1024 });
  }
  return pages;
}

export function printPremierChargement(pages: PremierChargement[]): void {
  console.log(`\nJavaScript au premier chargement des pages de l'assistant (scripts <script src>, gzip ; cible < ${TARGET_FIRST_LOAD_KIB} Kio)`);
  for (const p of pages) {
    console.log(
      `  ${p.page.padEnd(15)} ${String(p.scripts).padStart(3)} scripts, ${p.brutKio.toFixed(0).padStart(5)} Kio bruts, ${p.gzipKio.toFixed(1).padStart(6)} Kio gzip — ${p.gzipKio < TARGET_FIRST_LOAD_KIB ? "atteinte" : "MANQUÉE"} (données RSC en ligne : ${p.inlineGzipKio.toFixed(1)} Kio gzip)`,
    );
  }
}
