// How a spécialité is named in lists.
import type { SpecialiteInfo } from "../candidature/types";

/** "Métiers du commerce et de la vente option A … (MCV A)", for lists where the sigle helps. */
export function specialiteLabel(s: Pick<SpecialiteInfo, "libelle" | "sigle">): string {
  return s.sigle ? `${s.libelle} (${s.sigle})` : s.libelle;
}
