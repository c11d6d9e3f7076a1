import { filtresEnParams, parseFiltres } from "@/lib/domain/gestion/filtres";

/** What an operation was launched on, for its pages: one dossier, a session, or a filtered list (with its link). */
export function cibleOperation(filtres: unknown): { texte: string; href: string | null } {
  const objet = typeof filtres === "object" && filtres !== null && !Array.isArray(filtres) ? (filtres as Record<string, unknown>) : {};
  if (typeof objet.candidature === "string") return { texte: "Un dossier", href: `/gestion/candidatures/${objet.candidature}` };
  if (typeof objet.session === "string" && Object.keys(objet).length === 1) return { texte: "Une session", href: `/gestion/candidatures?${filtresEnParams({ session: objet.session })}` };
  const lus = parseFiltres(Object.fromEntries(Object.entries(objet).filter((e): e is [string, string] => typeof e[1] === "string")));
  return { texte: "Liste filtrée", href: `/gestion/candidatures?${filtresEnParams(lus)}` };
}
