import "server-only";
import { once } from "node:events";
import { PassThrough, pipeline, Readable } from "node:stream";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import type { Db } from "@/lib/db";
import { COLONNES_EXPORT, ENTETES_EXPORT, FORMATS_XLSX, nomFichierExport, OPTIONS_CSV, TYPES_MIME, valeursCsv, valeursXlsx, type FormatExport } from "@/lib/domain/gestion/export-colonnes";
import type { Filtres } from "@/lib/domain/gestion/filtres";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import { parcourirCandidatures } from "./lister-candidatures";
import type { Scope } from "./scope";

// The exports of the back office's filtered list [issue 9 §3], streamed: rows come from
// parcourirCandidatures (keyset batches, the list's own WHERE clause, académie first) and leave as
// they are written, so memory stays flat at 100 000 rows and the first bytes leave at once.
//
// Audit: one "candidatures.exportees" event per export, written when the stream ends, whether it
// ran to completion, failed or was cancelled by the client, with the number of rows actually
// written (`lignes`) and `complet`. Only a crash of the server process between the first and the
// last byte would leave an export unrecorded.

export type FichierExport = { body: ReadableStream<Uint8Array>; nom: string; contentType: string };

type Contexte = { scope: Scope; acteur: AuditActor; now: Date; ip?: string | null };

/** Rows per keyset batch: one query per thousand rows. */
const LOT = 1000;

async function academieDe(db: Db, scope: Scope) {
  return db.academie.findUniqueOrThrow({ where: { id: scope.academieId }, select: { slug: true, timeZone: true } });
}

/** The export of the filtered list, as a stream; the académie is always the caller's (the scope). */
export async function exporterCandidatures(db: Db, format: FormatExport, filtres: Filtres, contexte: Contexte): Promise<FichierExport> {
  const academie = await academieDe(db, contexte.scope);
  const journal = journalDe(db, format, filtres, contexte);
  const body = format === "csv" ? fluxCsv(db, filtres, contexte.scope, academie.timeZone, journal) : fluxXlsx(db, filtres, contexte.scope, academie.timeZone, journal);
  return { body, nom: nomFichierExport(academie.slug, contexte.now, academie.timeZone, format), contentType: TYPES_MIME[format] };
}

type Journal = (lignes: number, complet: boolean) => Promise<void>;

function journalDe(db: Db, format: FormatExport, filtres: Filtres, { scope, acteur, now, ip }: Contexte): Journal {
  let ecrit = false;
  return async (lignes, complet) => {
    if (ecrit) return;
    ecrit = true;
    await recordAuditEvent(db, {
      actor: acteur,
      action: "candidatures.exportees",
      entityType: "Export",
      academieId: scope.academieId,
      after: { format, filtres, lignes, complet },
      ip: ip ?? null,
      at: now,
    });
  };
}

function fluxCsv(db: Db, filtres: Filtres, scope: Scope, zone: string, journal: Journal): ReadableStream<Uint8Array> {
  async function* enregistrements() {
    let lignes = 0;
    let complet = false;
    try {
      yield ENTETES_EXPORT;
      for await (const ligne of parcourirCandidatures(db, scope, filtres, { lot: LOT })) {
        yield valeursCsv(ligne, zone);
        lignes += 1;
      }
      complet = true;
    } finally {
      // Also when the client goes away: Readable.from returns the generator on destroy.
      await journal(lignes, complet);
    }
  }
  // pipeline, not pipe: an error or a cancelled download ends both streams (and the generator).
  const csv = stringify(OPTIONS_CSV);
  pipeline(Readable.from(enregistrements()), csv, () => {});
  return Readable.toWeb(csv) as ReadableStream<Uint8Array>;
}

/** Waits while what was written is not read yet (the client is slower than the database), or until the stream ends. */
async function attendreLecture(sortie: PassThrough): Promise<void> {
  if (!sortie.writableNeedDrain || sortie.destroyed) return;
  await Promise.race([once(sortie, "drain"), once(sortie, "close")]);
}

function fluxXlsx(db: Db, filtres: Filtres, scope: Scope, zone: string, journal: Journal): ReadableStream<Uint8Array> {
  const sortie = new PassThrough();
  // Shared strings would keep every distinct text in memory until the end; styles carry the date formats.
  const classeur = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sortie, useSharedStrings: false, useStyles: true });
  const feuille = classeur.addWorksheet("Candidatures", { views: [{ state: "frozen", ySplit: 1 }] });
  feuille.columns = COLONNES_EXPORT.map((c, i) => ({ header: c.entete, key: `c${i}`, width: c.largeur, style: FORMATS_XLSX[c.type] ? { numFmt: FORMATS_XLSX[c.type] } : {} }));
  feuille.getRow(1).font = { bold: true };
  feuille.getRow(1).commit();

  void (async () => {
    let lignes = 0;
    let complet = false;
    try {
      for await (const ligne of parcourirCandidatures(db, scope, filtres, { lot: LOT })) {
        if (sortie.destroyed) return;
        feuille.addRow(valeursXlsx(ligne, zone)).commit();
        lignes += 1;
        if (lignes % 200 === 0) await attendreLecture(sortie);
      }
      if (sortie.destroyed) return;
      feuille.commit();
      await classeur.commit();
      complet = true;
    } catch (error) {
      sortie.destroy(error as Error);
    } finally {
      await journal(lignes, complet).catch((error: unknown) => sortie.destroy(error as Error));
    }
  })();
  return Readable.toWeb(sortie) as ReadableStream<Uint8Array>;
}

/** The download: never cached, never shown inline. */
export function reponseExport(fichier: FichierExport): Response {
  return new Response(fichier.body, {
    headers: {
      "Content-Type": fichier.contentType,
      "Content-Disposition": `attachment; filename="${fichier.nom}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
