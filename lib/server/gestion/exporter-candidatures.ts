import "server-only";
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import { stringify } from "csv-stringify/sync";
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

/** Rows per keyset batch (measured at 100 000 rows: 1 000 spends more on queries, 5 000 no less). */
const LOT = 2500;
/** CSV rows per chunk written: a chunk per row would cost a write to the socket each. */
const PAQUET_CSV = 500;

/**
 * The rows of the list, read one batch ahead of the writer: the next batch's query runs in the
 * database while this one is formatted and sent. The source is closed when the reader stops.
 */
async function* enAvance<T>(source: AsyncGenerator<T>, avance: number): AsyncGenerator<T> {
  const etat: { file: T[]; fini: boolean; arret: boolean; erreur?: { cause: unknown }; reveiller?: () => void; liberer?: () => void } = { file: [], fini: false, arret: false };
  const producteur = (async () => {
    try {
      for await (const x of source) {
        etat.file.push(x);
        etat.reveiller?.();
        while (etat.file.length >= avance && !etat.arret) await new Promise<void>((r) => (etat.liberer = r));
        if (etat.arret) break;
      }
    } catch (cause) {
      etat.erreur = { cause };
    } finally {
      etat.fini = true;
      etat.reveiller?.();
    }
  })();
  try {
    for (;;) {
      if (etat.file.length > 0) {
        const pris = etat.file;
        etat.file = [];
        etat.liberer?.();
        yield* pris;
      } else if (etat.fini) {
        if (etat.erreur) throw etat.erreur.cause;
        return;
      } else await new Promise<void>((r) => (etat.reveiller = r));
    }
  } finally {
    etat.arret = true;
    etat.liberer?.();
    await producteur;
  }
}

const lignesDe = (db: Db, scope: Scope, filtres: Filtres) => enAvance(parcourirCandidatures(db, scope, filtres, { lot: LOT }), 2 * LOT);

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
  const options = { ...OPTIONS_CSV, bom: false };
  async function* morceaux() {
    let lignes = 0;
    let complet = false;
    try {
      yield Buffer.from(stringify([ENTETES_EXPORT as string[]], OPTIONS_CSV), "utf8");
      let paquet: string[][] = [];
      for await (const ligne of lignesDe(db, scope, filtres)) {
        paquet.push(valeursCsv(ligne, zone));
        lignes += 1;
        if (paquet.length === PAQUET_CSV) {
          yield Buffer.from(stringify(paquet, options), "utf8");
          paquet = [];
        }
      }
      if (paquet.length > 0) yield Buffer.from(stringify(paquet, options), "utf8");
      complet = true;
    } finally {
      // Also when the client goes away: the stream returns the generator when it is cancelled.
      await journal(lignes, complet);
    }
  }
  return Readable.toWeb(Readable.from(morceaux(), { objectMode: false })) as ReadableStream<Uint8Array>;
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

  const ecriture = (async () => {
    let lignes = 0;
    let complet = false;
    try {
      for await (const ligne of lignesDe(db, scope, filtres)) {
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
  // The workbook ends `sortie` before the audit event is written: the download ends only once it is
  // (as the CSV's does), so an export the client received in full is always on record.
  return (Readable.toWeb(sortie) as ReadableStream<Uint8Array>).pipeThrough(new TransformStream<Uint8Array, Uint8Array>({ flush: () => ecriture }));
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
