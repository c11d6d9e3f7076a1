// The choice at the top of the Acquis step, shared by the form (client) and the server's validation:
// kept apart from acquis.ts so that the page does not ship the dispense tables.
import { fr } from "./format";
import { ACQUIS_TYPES, type AcquisType, type Examen } from "./types";

/**
 * Dispenses by diploma follow the bac pro's table (arrêté du 8 novembre 2012, dispenses-table.ts):
 * the other exams' own rules are not in the portal, so their candidates ask the rectorat.
 */
export function dispensesDiplomeProposees(examen: Examen): boolean {
  return examen === "BAC_PRO";
}

/**
 * The possibilities the Acquis step offers: all five, without the bénéfices when the candidate
 * cannot keep notes (bénéfices are for candidates ajournés at an earlier session) [issue 8 §8],
 * without the dispenses by diploma outside the bac pro. A choice already saved stays shown.
 */
export function acquisTypesProposes(
  { benefices, dispensesDiplome }: { benefices: boolean; dispensesDiplome: boolean },
  choixActuel?: string,
): AcquisType[] {
  return ACQUIS_TYPES.filter(
    (t) =>
      choixActuel === t || (t !== "BENEFICES_NOTES" || benefices) && (t !== "DISPENSES_DIPLOME" || dispensesDiplome),
  );
}

const NOMBRES = ["zéro", "une", "deux", "trois", "quatre", "cinq"];

/** "Choisissez l'une des quatre possibilités (…)": the count the page shows, in words. */
export function messageChoixAcquis(nombre: number): string {
  return fr`Choisissez l'une des ${NOMBRES[nombre] ?? String(nombre)} possibilités (« Je n'ai ni bénéfice de notes ni dispense » si aucune ne vous concerne).`;
}
