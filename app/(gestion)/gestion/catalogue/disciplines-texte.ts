import { DISCIPLINE_NOMS } from "@/lib/domain/catalogue/formulaires";
import type { Discipline } from "@/lib/domain/candidature/types";

/** "Mathématiques, Physique-chimie (générale)", "—" when none. */
export function disciplinesTexte(disciplines: readonly Discipline[], generale: boolean): string {
  const noms = disciplines.map((d) => (d === "PROFESSIONNEL" ? "Enseignement professionnel" : DISCIPLINE_NOMS[d])).join(", ") || "—";
  return generale ? `${noms} (générale)` : noms;
}
