import { filtresEnParams, parseFiltres, type Filtres } from "@/lib/domain/gestion/filtres";

/**
 * The list an operation acted on, as a link: the filters recorded at launch, and the whole académie
 * when they said nothing of the portfolio (the list would otherwise show a manager's portfolio
 * first, fewer rows than the operation counted).
 */
export const lienListe = (filtres: Filtres) => `/gestion/candidatures?${filtresEnParams({ ...filtres, portefeuille: filtres.portefeuille ?? "0" })}`;

/** What an operation was launched on, for its pages: one dossier, a session, or a filtered list (with its link). */
export function cibleOperation(filtres: unknown): { texte: string; href: string | null } {
  const objet = typeof filtres === "object" && filtres !== null && !Array.isArray(filtres) ? (filtres as Record<string, unknown>) : {};
  if (typeof objet.candidature === "string") return { texte: "Un dossier", href: `/gestion/candidatures/${objet.candidature}` };
  if (typeof objet.session === "string" && Object.keys(objet).length === 1) return { texte: "Une session", href: lienListe({ session: objet.session }) };
  const lus = parseFiltres(Object.fromEntries(Object.entries(objet).filter((e): e is [string, string] => typeof e[1] === "string")));
  return { texte: "Liste filtrée", href: lienListe(lus) };
}
