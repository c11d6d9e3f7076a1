// The request that adds a file to a piece, as the route handler reads it before the service
// decides [issue 8 §4]: its size from Content-Length (the body unread), whether it comes from the
// portal's own pages (route handlers get no CSRF check of their own), and what a page without
// JavaScript is told by the redirect that follows: a code from a fixed list, never a text of the
// query, mapped to its French message here only.
import type { Window } from "../calendar";
import { NBSP } from "../typographie";
import { MAX_UPLOAD_BYTES, UPLOAD_REFUSALS, type UploadRefusal } from "../upload-rules";
import { fr } from "./format";
import { messageRefusPiece, type PieceRefusCode } from "./piece-statut";

/** The form's one field. */
export const CHAMP_FICHIER = "fichier";

/** What the file input accepts: PDF or JPEG, by extension and by type (the server decides from the content). */
export const ACCEPT_FICHIER = ".pdf,.jpg,.jpeg,application/pdf,image/jpeg";

/**
 * The largest body the route reads: one file of at most 5 MB and multipart's framing (the
 * boundaries, the part's headers with a long file name). A 5 MB + 1 byte file still gets the
 * precise message of the checks; a larger body is refused before a byte of it is read.
 */
export const MAX_DEPOT_REQUEST_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

/** Why the route answers without calling the service: the request itself. */
export const REFUS_REQUETE = ["requete_trop_grosse", "longueur_inconnue", "formulaire_illisible", "aucun_fichier", "origine"] as const;
export type RefusRequete = (typeof REFUS_REQUETE)[number];

/** The state machine's refusals of AJOUTER_FICHIER that a candidate can meet (piece-statut.ts). */
export const REFUS_AJOUT = [
  "CANDIDATURE_NON_ENREGISTREE",
  "PIECE_CADUQUE",
  "ACTEUR_NON_AUTORISE",
  "PIECE_POSTALE",
  "PIECE_FOURNIE",
  "PIECE_RECUE",
  "PIECE_CONFORME",
  "DEPOT_NON_OUVERT",
  "DEPOT_CLOS",
  "TROP_DE_FICHIERS",
] as const satisfies readonly PieceRefusCode[];

/** A file the checks accepted that the storage would not keep (full, read-only, unreachable): nothing is recorded. */
export const REFUS_STOCKAGE = ["stockage_indisponible"] as const;
export type RefusStockage = (typeof REFUS_STOCKAGE)[number];

/** Every refusal the deposit can end with, as the redirect's `erreur` carries it. */
export type DepotErreur = RefusRequete | UploadRefusal | (typeof REFUS_AJOUT)[number] | RefusStockage;

const MESSAGES_REQUETE: Record<RefusRequete, string> = {
  requete_trop_grosse: UPLOAD_REFUSALS.trop_gros,
  longueur_inconnue: fr`L'envoi n'indique pas sa taille : rechargez la page, puis déposez de nouveau le fichier.`,
  formulaire_illisible: fr`L'envoi est incomplet ou illisible : rechargez la page, puis déposez de nouveau le fichier.`,
  aucun_fichier: fr`Aucun fichier n'a été choisi : choisissez le document à déposer (PDF ou JPEG, 5 Mo au plus).`,
  origine: fr`Cet envoi ne vient pas d'une page du portail : il a été refusé. Déposez le fichier depuis la page « Mes justificatifs ».`,
};

const MESSAGES_STOCKAGE: Record<RefusStockage, string> = {
  stockage_indisponible: fr`Le fichier n'a pas pu être enregistré : le dépôt des pièces est momentanément indisponible. Rien n'a été enregistré ; déposez de nouveau le fichier dans quelques minutes.`,
};

const ERREURS: ReadonlySet<string> = new Set<string>([...REFUS_REQUETE, ...Object.keys(UPLOAD_REFUSALS), ...REFUS_AJOUT, ...REFUS_STOCKAGE]);

/** The code a query carries, when it is one of the list; anything else reads as nothing. */
export function parseDepotErreur(value: unknown): DepotErreur | null {
  return typeof value === "string" && ERREURS.has(value) ? (value as DepotErreur) : null;
}

/** A refusal's French message; the piece's window and zone spell out the dates of a closed or future deposit. */
export function messageDepotErreur(code: DepotErreur, details: { fenetre?: Window; zone?: string } = {}): string {
  if (Object.hasOwn(MESSAGES_REQUETE, code)) return MESSAGES_REQUETE[code as RefusRequete];
  if (Object.hasOwn(MESSAGES_STOCKAGE, code)) return MESSAGES_STOCKAGE[code as RefusStockage];
  if (Object.hasOwn(UPLOAD_REFUSALS, code)) return UPLOAD_REFUSALS[code as UploadRefusal];
  return messageRefusPiece(code as PieceRefusCode, details);
}

export type VerdictTaille = { ok: true } | { ok: false; status: 411 | 413; code: "requete_trop_grosse" | "longueur_inconnue" };

/**
 * Whether the body may be read, from its headers alone. Browsers send the length of every form
 * and XMLHttpRequest body; a body without one (chunked) could be any size and is refused.
 */
export function verifierTailleDepot(headers: { contentLength: string | null; transferEncoding: string | null }, limit = MAX_DEPOT_REQUEST_BYTES): VerdictTaille {
  const { contentLength, transferEncoding } = headers;
  if (contentLength === null) return transferEncoding === null ? { ok: true } : { ok: false, status: 411, code: "longueur_inconnue" };
  const text = contentLength.trim();
  if (!/^\d{1,15}$/.test(text)) return { ok: false, status: 411, code: "longueur_inconnue" };
  return Number(text) > limit ? { ok: false, status: 413, code: "requete_trop_grosse" } : { ok: true };
}

/**
 * Whether a POST comes from the portal's own pages. A browser says where the request comes from
 * in Sec-Fetch-Site (every current browser) or at least Origin (older ones): anything but the
 * portal itself is refused, a sibling sub-domain ("same-site") included. A request with neither
 * is not a browser's, so no forged cross-site form: the session cookie still decides.
 * `hosts`: the host names the portal answers as (the request's Host, APP_URL's).
 */
export function estMemeOrigine(headers: { secFetchSite: string | null; origin: string | null }, hosts: readonly string[]): boolean {
  const site = headers.secFetchSite?.trim().toLowerCase();
  if (site) return site === "same-origin";
  const origin = headers.origin?.trim();
  if (!origin) return true;
  try {
    const url = new URL(origin);
    return (url.protocol === "http:" || url.protocol === "https:") && hosts.some((h) => h.toLowerCase() === url.host.toLowerCase());
  } catch {
    return false; // "null" (a sandboxed frame, a data: page) or garbage
  }
}

/** Where the route sends a page without JavaScript back to, at the piece, with the outcome. */
export function urlRetourDepot(candidatureId: string, pieceCode: string, issue: { depot: string } | { erreur: DepotErreur }): string {
  const query = new URLSearchParams("depot" in issue ? { depot: issue.depot, piece: pieceCode } : { erreur: issue.erreur, piece: pieceCode });
  return `/mes-candidatures/${encodeURIComponent(candidatureId)}/justificatifs?${query.toString()}#${ancrePiece(pieceCode)}`;
}

/** The id of a piece's section on the page. */
export function ancrePiece(pieceCode: string): string {
  return `piece-${pieceCode.replace(/[^A-Za-z0-9_-]/g, "")}`;
}

/** "820 octets", "350 ko", "1,2 Mo": a file's size as a French reader expects it (1 ko = 1 024 octets). */
export function formatTailleFichier(octets: number): string {
  if (octets < 1024) return `${octets}${NBSP}octet${octets > 1 ? "s" : ""}`;
  if (octets < 1024 * 1024) return `${Math.max(1, Math.round(octets / 1024))}${NBSP}ko`;
  const mo = Math.round((octets / (1024 * 1024)) * 10) / 10;
  return `${String(mo).replace(".", ",")}${NBSP}Mo`;
}

/** "PDF" or "JPEG" for the types the portal keeps. */
export function libelleTypeFichier(typeMime: string): string {
  return typeMime === "application/pdf" ? "PDF" : typeMime === "image/jpeg" ? "JPEG" : typeMime;
}

/**
 * The Content-Disposition of a file served back: inline (the browser shows a PDF or a JPEG), an
 * ASCII name for old clients and the real one in RFC 5987 form. Quotes, backslashes and control
 * characters never reach the header.
 */
export function contentDisposition(nom: string, disposition: "inline" | "attachment" = "inline"): string {
  const propre = nom.normalize("NFC").replace(/[\u0000-\u001f\u007f"\\]/g, "").trim() || "document";
  const ascii = propre
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/[%;]/g, "_");
  const encode = encodeURIComponent(propre).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encode}`;
}
