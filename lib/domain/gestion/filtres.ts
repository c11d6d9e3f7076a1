// The back office's list of candidatures [issue 9 §2]: its filters, search and sort as they travel
// in the URL (so that a list can be bookmarked, shared, exported or acted on as a whole), and the
// keyset cursor of its pages. Pure: the SQL is in lib/server/gestion/lister-candidatures.ts.
import { z } from "zod";
import { parseNumeroInscription } from "../candidature/numero";
import { normaliserTexte } from "./recherche";

export const STATUTS_CANDIDATURE = ["BROUILLON", "ENREGISTREE", "DESINSCRITE", "ANNULEE"] as const;
export type StatutCandidature = (typeof STATUTS_CANDIDATURE)[number];
export const STATUT_LIBELLES: Record<StatutCandidature, string> = {
  BROUILLON: "Brouillon",
  ENREGISTREE: "Enregistrée",
  DESINSCRITE: "Désinscrite",
  ANNULEE: "Annulée",
};

/** The state of a dossier's pieces, as a manager filters on it. */
export const ETATS_PIECES = ["a-controler", "non-conformes", "manquantes", "completes"] as const;
export type EtatPieces = (typeof ETATS_PIECES)[number];
export const ETAT_PIECES_LIBELLES: Record<EtatPieces, string> = {
  "a-controler": "Pièces à contrôler",
  "non-conformes": "Une pièce non conforme",
  manquantes: "Pièces manquantes",
  completes: "Dossier complet",
};

export const TRIS = ["nom", "recentes", "anciennes"] as const;
export type Tri = (typeof TRIS)[number];
export const TRI_LIBELLES: Record<Tri, string> = {
  nom: "Nom (A → Z)",
  recentes: "Les plus récentes d’abord",
  anciennes: "Les plus anciennes d’abord",
};

export const EXAMEN_CODES = ["BAC_PRO", "CAP", "BP", "MC"] as const;

/** Longest search a manager may type. */
export const MAX_RECHERCHE = 100;
/** Rows per page of the list. */
export const TAILLE_PAGE = 50;

/** Without control characters (a NUL breaks PostgreSQL's text) nor lone surrogates. */
const propre = (s: string) => (s.isWellFormed() ? s : s.toWellFormed()).replace(/[\u0000-\u001f\u007f]/g, " ");

const identifiant = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);
const un = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (Array.isArray(v) ? v[0] : v) || undefined, schema.optional()).catch(undefined);

/** What the URL may say; anything else is dropped, never an error (a hand-edited link still opens). */
export const FiltresSchema = z.object({
  session: un(identifiant),
  examen: un(z.enum(EXAMEN_CODES)),
  specialite: un(identifiant),
  statut: un(z.enum(STATUTS_CANDIDATURE)),
  pieces: un(z.enum(ETATS_PIECES)),
  /** "1": only the spécialités of the manager's portfolio; "0": the whole académie (chosen explicitly). */
  portefeuille: un(z.enum(["1", "0"])),
  q: un(z.string().transform((s) => propre(s).trim().slice(0, MAX_RECHERCHE))),
  tri: un(z.enum(TRIS)),
});
export type Filtres = z.infer<typeof FiltresSchema>;

export const FILTRE_CLES = ["session", "examen", "specialite", "statut", "pieces", "portefeuille", "q", "tri"] as const satisfies readonly (keyof Filtres)[];

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function versObjet(params: Params): Record<string, string | string[] | undefined> {
  if (!(params instanceof URLSearchParams)) return params;
  const objet: Record<string, string> = {};
  for (const cle of FILTRE_CLES) {
    const v = params.get(cle);
    if (v !== null) objet[cle] = v;
  }
  return objet;
}

/** The filters of a URL's query (a page's searchParams, a route's URL). */
export function parseFiltres(params: Params): Filtres {
  const lus = FiltresSchema.parse(versObjet(params));
  return Object.fromEntries(Object.entries(lus).filter(([, v]) => v !== undefined && v !== "")) as Filtres;
}

/** The filters as a query string, in a stable order (links, exports, bulk actions). */
export function filtresEnParams(filtres: Filtres, extra: Record<string, string | undefined> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const cle of FILTRE_CLES) {
    const v = filtres[cle];
    if (v !== undefined && v !== "") params.set(cle, v);
  }
  for (const [cle, v] of Object.entries(extra)) if (v !== undefined) params.set(cle, v);
  return params;
}

/** How a search box's text is understood. */
export type Recherche =
  | { type: "email"; email: string }
  | { type: "numero"; numero: string }
  | { type: "nom"; mots: string[] };

/**
 * An address is searched exactly, a numéro d'inscription exactly, anything else as words each of
 * which must appear in a name, accents and case aside.
 */
export function interpreterRecherche(q: string | undefined): Recherche | null {
  const texte = (q ?? "").trim();
  if (texte === "") return null;
  if (texte.includes("@")) return { type: "email", email: texte.toLowerCase() };
  const numero = parseNumeroInscription(texte);
  if (numero) return { type: "numero", numero: texte.toUpperCase() };
  const mots = normaliserTexte(texte).split(" ").filter(Boolean).slice(0, 5);
  return mots.length === 0 ? null : { type: "nom", mots };
}

/** A LIKE pattern that matches the word anywhere (its % and _ taken literally). */
export function motifContient(mot: string): string {
  return `%${mot.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

// ——— Keyset pages ———

/** Where a page starts: the sort value and id of the row it follows (or precedes, going back). */
export type Curseur = { valeur: string; id: string };

export function encoderCurseur(curseur: Curseur): string {
  return Buffer.from(JSON.stringify([curseur.valeur, curseur.id]), "utf8").toString("base64url");
}

/** A createdAt as the list writes it in a cursor (timestamp(3), UTC wall clock, no zone). */
const INSTANT_CURSEUR = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$/;

/**
 * A cursor from the URL, or null when it is not one of ours; with `colonne`, its value must be one
 * that column holds (a hand-edited "abc" for a date is a first page, never a database error).
 */
export function decoderCurseur(texte: string | undefined | null, colonne?: "nomTri" | "createdAt"): Curseur | null {
  if (!texte || texte.length > 400) return null;
  try {
    const valeur: unknown = JSON.parse(Buffer.from(texte, "base64url").toString("utf8"));
    if (!Array.isArray(valeur) || valeur.length !== 2) return null;
    const [v, id] = valeur as unknown[];
    if (typeof v !== "string" || typeof id !== "string" || !identifiant.safeParse(id).success || v.length > 300) return null;
    if (!v.isWellFormed() || /[\u0000-\u001f]/.test(v)) return null;
    if (colonne === "createdAt" && !INSTANT_CURSEUR.test(v)) return null;
    return { valeur: v, id };
  } catch {
    return null;
  }
}

/** The column and direction each sort reads, in the order the keyset compares. */
export function ordreDuTri(tri: Tri | undefined): { colonne: "nomTri" | "createdAt"; sens: "asc" | "desc" } {
  switch (tri ?? "nom") {
    case "nom":
      return { colonne: "nomTri", sens: "asc" };
    case "recentes":
      return { colonne: "createdAt", sens: "desc" };
    case "anciennes":
      return { colonne: "createdAt", sens: "asc" };
  }
}

/**
 * Which dossiers a list shows [issue 9 §8]: what the URL says, else a manager with a portfolio
 * sees their spécialités first ("1"), anyone else the whole académie ("0").
 */
export function portefeuilleChoisi(demande: string | undefined, aUnPortefeuille: boolean): "1" | "0" {
  if (demande === "1" || demande === "0") return demande;
  return aUnPortefeuille ? "1" : "0";
}
