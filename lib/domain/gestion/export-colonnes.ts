// The columns of the back office's exports [issue 9 §3]: one row of the filtered list as the CSV and
// the XLSX write it, with French headers and dates in the académie's local time. Pure: the
// streaming is in lib/server/gestion/exporter-candidatures.ts.
import { zonedParts } from "../calendar";
import { STATUT_LIBELLES, type StatutCandidature } from "./filtres";

/** What an export reads of a row of the list (LigneCandidature satisfies it). */
export type LigneExport = {
  numero: string | null;
  statut: StatutCandidature;
  createdAt: Date;
  premierEnregistrementAt: Date | null;
  dernierEnregistrementAt: Date | null;
  piecesFourniesAt: Date | null;
  annuleeAt: Date | null;
  civilite: string | null;
  nomNaissance: string;
  nomUsage: string | null;
  prenoms: string;
  dateNaissance: Date | null;
  email: string;
  sessionLibelle: string;
  examenLibelle: string;
  specialiteCode: string | null;
  specialiteLibelle: string | null;
  piecesAttendues: number;
  piecesDeposees: number;
  piecesAControler: number;
  piecesNonConformes: number;
  piecesConformes: number;
};

export type FormatExport = "csv" | "xlsx";

/**
 * texte: kept as typed (codes keep their leading zeros); date: a calendar day (birth date, stored
 * without time); instant: a moment, shown in the académie's wall-clock time; nombre: a count.
 */
export type TypeColonne = "texte" | "date" | "instant" | "nombre";

type Valeur = string | number | Date | null;

export type ColonneExport = { entete: string; type: TypeColonne; largeur: number; valeur: (l: LigneExport) => Valeur };

const CIVILITES: Record<string, string> = { MADAME: "Madame", MONSIEUR: "Monsieur" };

export const COLONNES_EXPORT: readonly ColonneExport[] = [
  { entete: "Numéro d’inscription", type: "texte", largeur: 24, valeur: (l) => l.numero },
  { entete: "Civilité", type: "texte", largeur: 10, valeur: (l) => (l.civilite ? (CIVILITES[l.civilite] ?? l.civilite) : null) },
  { entete: "Nom de naissance", type: "texte", largeur: 22, valeur: (l) => l.nomNaissance },
  { entete: "Nom d’usage", type: "texte", largeur: 22, valeur: (l) => l.nomUsage },
  { entete: "Prénoms", type: "texte", largeur: 24, valeur: (l) => l.prenoms },
  { entete: "Date de naissance", type: "date", largeur: 12, valeur: (l) => l.dateNaissance },
  { entete: "Courriel", type: "texte", largeur: 32, valeur: (l) => l.email },
  { entete: "Session", type: "texte", largeur: 28, valeur: (l) => l.sessionLibelle },
  { entete: "Examen", type: "texte", largeur: 10, valeur: (l) => l.examenLibelle },
  { entete: "Code spécialité", type: "texte", largeur: 12, valeur: (l) => l.specialiteCode },
  { entete: "Spécialité", type: "texte", largeur: 40, valeur: (l) => l.specialiteLibelle },
  { entete: "Statut", type: "texte", largeur: 12, valeur: (l) => STATUT_LIBELLES[l.statut] },
  { entete: "Créée le", type: "instant", largeur: 16, valeur: (l) => l.createdAt },
  { entete: "Enregistrée le", type: "instant", largeur: 16, valeur: (l) => l.premierEnregistrementAt },
  { entete: "Dernier enregistrement le", type: "instant", largeur: 16, valeur: (l) => l.dernierEnregistrementAt },
  { entete: "Pièces fournies le", type: "instant", largeur: 16, valeur: (l) => l.piecesFourniesAt },
  { entete: "Annulée le", type: "instant", largeur: 16, valeur: (l) => l.annuleeAt },
  { entete: "Pièces attendues", type: "nombre", largeur: 10, valeur: (l) => l.piecesAttendues },
  { entete: "Pièces déposées non transmises", type: "nombre", largeur: 10, valeur: (l) => l.piecesDeposees },
  { entete: "Pièces à contrôler", type: "nombre", largeur: 10, valeur: (l) => l.piecesAControler },
  { entete: "Pièces non conformes", type: "nombre", largeur: 10, valeur: (l) => l.piecesNonConformes },
  { entete: "Pièces conformes", type: "nombre", largeur: 10, valeur: (l) => l.piecesConformes },
];

export const ENTETES_EXPORT: readonly string[] = COLONNES_EXPORT.map((c) => c.entete);

/**
 * What French spreadsheets expect of a CSV (csv-stringify options): BOM, `;`, CRLF; and a text a
 * spreadsheet would read as a formula (=, +, -, @ first) gets a leading apostrophe, since names
 * and addresses are typed by candidates (OWASP "CSV injection").
 */
export const OPTIONS_CSV = { bom: true, delimiter: ";", record_delimiter: "\r\n", escape_formulas: true } as const;

/** Excel's formats for the XLSX's date columns (the cells hold wall-clock values, see valeursXlsx). */
export const FORMATS_XLSX: Record<TypeColonne, string | undefined> = { texte: "@", date: "dd/mm/yyyy", instant: "dd/mm/yyyy hh:mm", nombre: "0" };

const pad2 = (n: number) => String(n).padStart(2, "0");

/** A quarter of an hour: every change of UTC offset in the time-zone database falls on one. */
const QUART = 15 * 60_000;
const decalages = new Map<string, Map<number, number>>();

/**
 * The instant's wall-clock time in the zone, as a Date whose UTC fields hold it. Intl's
 * formatToParts costs microseconds, five times a row at 100 000 rows: the zone's offset is asked
 * once per quarter of an hour and kept.
 */
function heureLocale(instant: Date, zone: string): Date {
  let parZone = decalages.get(zone);
  if (!parZone || parZone.size > 50_000) decalages.set(zone, (parZone = new Map()));
  const t = instant.getTime();
  const quart = Math.floor(t / QUART) * QUART;
  let decalage = parZone.get(quart);
  if (decalage === undefined) {
    const p = zonedParts(new Date(quart), zone);
    decalage = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - quart;
    parZone.set(quart, decalage);
  }
  return new Date(t + decalage);
}

/** "dd/MM/yyyy HH:mm" of an instant in the académie's zone. */
export function formaterInstant(instant: Date, zone: string): string {
  const h = heureLocale(instant, zone);
  return `${pad2(h.getUTCDate())}/${pad2(h.getUTCMonth() + 1)}/${h.getUTCFullYear()} ${pad2(h.getUTCHours())}:${pad2(h.getUTCMinutes())}`;
}

/** "dd/MM/yyyy" of a calendar day stored at UTC midnight (a @db.Date column): no zone applies. */
export function formaterJour(jour: Date): string {
  return `${pad2(jour.getUTCDate())}/${pad2(jour.getUTCMonth() + 1)}/${jour.getUTCFullYear()}`;
}

/**
 * The instant's wall-clock time in the zone, as a Date whose UTC fields hold it: Excel has no time
 * zone and exceljs writes a Date's UTC value, so 09:01Z must be written as 10:01 for Paris in winter.
 */
export function heureMurale(instant: Date, zone: string): Date {
  return heureLocale(instant, zone);
}

/** One row of the CSV: every cell as text. */
export function valeursCsv(ligne: LigneExport, zone: string): string[] {
  return COLONNES_EXPORT.map((c) => {
    const v = c.valeur(ligne);
    if (v === null) return "";
    switch (c.type) {
      case "texte":
        return String(v);
      case "date":
        return formaterJour(v as Date);
      case "instant":
        return formaterInstant(v as Date, zone);
      case "nombre":
        return String(v);
    }
  });
}

/** One row of the XLSX: texts as text (never a formula), counts as numbers, dates as wall-clock dates. */
export function valeursXlsx(ligne: LigneExport, zone: string): (string | number | Date | null)[] {
  return COLONNES_EXPORT.map((c) => {
    const v = c.valeur(ligne);
    if (v === null) return null;
    if (c.type === "instant") return heureMurale(v as Date, zone);
    return v;
  });
}

/** "candidatures-clermont-ferrand-20261122-1005.csv", the instant in the académie's local time. */
export function nomFichierExport(slug: string, instant: Date, zone: string, format: FormatExport): string {
  const p = zonedParts(instant, zone);
  const sur = slug.replace(/[^a-z0-9-]/gi, "").toLowerCase() || "academie";
  return `candidatures-${sur}-${p.year}${pad2(p.month)}${pad2(p.day)}-${pad2(p.hour)}${pad2(p.minute)}.${format}`;
}

export const TYPES_MIME: Record<FormatExport, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
