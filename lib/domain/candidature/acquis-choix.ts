// The choice at the top of the Acquis step, shared by the form (client) and the server's validation:
// kept apart from acquis.ts so that the page does not ship the dispense tables.
import { fr } from "./format";
import { ACQUIS_TYPES, type AcquisType } from "./types";

/**
 * The possibilities the Acquis step offers: all five, or four when the candidate cannot keep
 * notes (bénéfices are for candidates ajournés at an earlier session) [issue 8 §8].
 */
export function acquisTypesProposes(beneficesPossibles: boolean, choixActuel?: string): AcquisType[] {
  return ACQUIS_TYPES.filter((t) => t !== "BENEFICES_NOTES" || beneficesPossibles || choixActuel === t);
}

const NOMBRES = ["zéro", "une", "deux", "trois", "quatre", "cinq"];

/** "Choisissez l'une des quatre possibilités (…)": the count the page shows, in words. */
export function messageChoixAcquis(nombre: number): string {
  return fr`Choisissez l'une des ${NOMBRES[nombre] ?? String(nombre)} possibilités (« Je n'ai ni bénéfice de notes ni dispense » si aucune ne vous concerne).`;
}
