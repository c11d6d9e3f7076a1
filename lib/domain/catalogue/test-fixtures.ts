// The bac pro's catalogue as the seed inserts it, for unit tests and benchmarks (no vitest import):
// what the rules read from the Epreuve table on a freshly seeded database.
import { EPREUVES_BAC_PRO } from "../data/epreuves-bac-pro";
import type { SpecialiteInfo } from "../candidature/types";
import { epreuvesDeSpecialite } from "./epreuves";
import type { EpreuveCatalogue, EpreuveDef } from "./types";

export const CATALOGUE_BAC_PRO: readonly EpreuveCatalogue[] = EPREUVES_BAC_PRO.map((e) => ({ ...e, specialiteCode: null }));

/** A bac pro spécialité's épreuves, as a freshly seeded database gives them. */
export function epreuvesBacPro(specialite: SpecialiteInfo): EpreuveDef[] {
  return epreuvesDeSpecialite(CATALOGUE_BAC_PRO, specialite);
}
