// Which épreuves a spécialité's candidate sits, from the exam's catalogue: the exam's épreuves for
// every secteur or for the spécialité's, then the spécialité's own, which replace an exam épreuve
// of the same code (a spécialité whose E1 differs, as the hospitality one's [C:S35]). The LVB
// belongs to a language épreuve only when the spécialité has two compulsory languages, the LVA
// when it has at least one; a language épreuve left without a language is not sat.
import { DISCIPLINES, type Discipline, type SpecialiteInfo } from "../candidature/types";
import type { EpreuveCatalogue, EpreuveDef, EpreuveNatureData } from "./types";

const LANGUES: readonly Discipline[] = ["LVA", "LVB"];

function appliesTo(epreuve: EpreuveCatalogue, specialite: SpecialiteInfo): boolean {
  if (epreuve.specialiteCode !== null) return epreuve.specialiteCode === specialite.codeDiplome;
  return epreuve.secteur === null || epreuve.secteur === specialite.secteur;
}

const NATURE_ORDRE: Record<EpreuveNatureData, number> = { OBLIGATOIRE: 0, FACULTATIVE: 1, CONTROLE: 2 };

/** The spécialité's épreuves, compulsory first, each nature in the catalogue's order. */
export function epreuvesDeSpecialite(catalogue: readonly EpreuveCatalogue[], specialite: SpecialiteInfo): EpreuveDef[] {
  const applicables = catalogue.filter((e) => appliesTo(e, specialite));
  const propres = new Set(applicables.filter((e) => e.specialiteCode !== null).map((e) => e.code));
  return applicables
    .filter((e) => e.specialiteCode !== null || !propres.has(e.code))
    .toSorted((a, b) => NATURE_ORDRE[a.nature] - NATURE_ORDRE[b.nature] || a.ordre - b.ordre || a.code.localeCompare(b.code, "fr"))
    .flatMap((e): EpreuveDef[] => {
      const disciplines = e.disciplines.filter(
        (d) => (d !== "LVB" || specialite.nbLanguesObligatoires === 2) && (d !== "LVA" || specialite.nbLanguesObligatoires >= 1),
      );
      // "Langues vivantes" for a spécialité without a compulsory language.
      if (disciplines.length === 0 && e.disciplines.length > 0 && e.disciplines.every((d) => LANGUES.includes(d))) return [];
      return [{ code: e.code, libelle: e.libelle, nature: e.nature, disciplines, generale: e.generale }];
    });
}

/** The compulsory ones: what step 5 shows, bénéfices and dispenses refer to. */
export function epreuvesObligatoires(epreuves: readonly EpreuveDef[]): EpreuveDef[] {
  return epreuves.filter((e) => e.nature === "OBLIGATOIRE");
}

/** The first compulsory épreuve covering this discipline ("E4" for the LVA, "E7" for the EPS). */
export function epreuveDeDiscipline(epreuves: readonly EpreuveDef[], discipline: Discipline): EpreuveDef | undefined {
  return epreuves.find((e) => e.nature === "OBLIGATOIRE" && e.disciplines.includes(discipline));
}

/**
 * A spécialité can be registered for online once the catalogue gives it at least one compulsory
 * épreuve: without it, steps 4 and 5 and the récapitulatif would have nothing to list.
 */
export function estInscriptible(specialite: SpecialiteInfo, catalogue: readonly EpreuveCatalogue[]): boolean {
  return epreuvesObligatoires(epreuvesDeSpecialite(catalogue, specialite)).length > 0;
}

/**
 * The spécialités a session offers online: active ones with their épreuves, restricted to the
 * session's list when it has one (empty: every spécialité of the exam).
 */
export function specialitesInscriptibles<S extends SpecialiteInfo>(
  specialites: readonly S[],
  catalogue: readonly EpreuveCatalogue[],
  offertes: readonly string[] = [],
): S[] {
  return specialites.filter((s) => (offertes.length === 0 || offertes.includes(s.codeDiplome)) && estInscriptible(s, catalogue));
}

/** Stored disciplines as the rules know them; an unknown one (a hand edit) is left out. */
export function toDisciplines(values: readonly string[]): Discipline[] {
  return values.filter((v): v is Discipline => (DISCIPLINES as readonly string[]).includes(v));
}
