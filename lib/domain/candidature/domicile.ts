// "Être domicilié dans l'académie" [C:CF], "Obligatoirement habiter dans l'académie" [C:AX21].
// Postal code → département → académie (REFERENCE §3). The postal code only approximates the
// commune (a few communes carry a neighbouring département's code); the INSEE code would be exact.
import { deNom, fr } from "./format";
import type { AcademieInfo, FieldError } from "./types";

/** Two-digit prefixes whose département is read from three digits. */
const FAMILLES_A_TROIS_CHIFFRES = ["20", "97", "98"];

/**
 * Three-digit prefixes → département [I, REFERENCE §3]. Corse: 200xx–201xx Corse-du-Sud (2A),
 * 202xx–206xx Haute-Corse (2B), an inferred split of the 20xxx range. Overseas: 971–976 and the
 * Pacific 986–988. 97133 Saint-Barthélemy and 97150 Saint-Martin share Guadeloupe's 971 prefix,
 * hence its académie. 980xx (Monaco) and other 98x prefixes belong to no académie.
 */
export const DEPARTEMENT_PAR_PREFIXE: Readonly<Record<string, string>> = {
  "200": "2A",
  "201": "2A",
  "202": "2B",
  "203": "2B",
  "204": "2B",
  "205": "2B",
  "206": "2B",
  "971": "971",
  "972": "972",
  "973": "973",
  "974": "974",
  "975": "975",
  "976": "976",
  "986": "986",
  "987": "987",
  "988": "988",
};

export function departementForPostalCode(codePostal: string): string | undefined {
  if (!/^\d{5}$/.test(codePostal)) return undefined;
  const famille = codePostal.slice(0, 2);
  if (!FAMILLES_A_TROIS_CHIFFRES.includes(famille)) return famille;
  return DEPARTEMENT_PAR_PREFIXE[codePostal.slice(0, 3)];
}

export function academieForPostalCode(codePostal: string, academies: readonly AcademieInfo[]): AcademieInfo | undefined {
  const departement = departementForPostalCode(codePostal);
  return departement === undefined ? undefined : academies.find((a) => a.departements.includes(departement));
}

/**
 * Refuses a domicile outside the académie of the session, saying why. `pays` is the ISO code of
 * the domicile's country; `academies` names the académie the postal code belongs to.
 */
export function checkDomicile(
  codePostal: string,
  pays: string,
  academie: AcademieInfo,
  academies: readonly AcademieInfo[],
): FieldError[] {
  const regle = fr`Pour vous inscrire dans l'académie ${deNom(academie.nom)}, vous devez y être domicilié :`;
  if (pays !== "FR")
    return [{ field: "pays", message: fr`${regle} un domicile hors de France ne le permet pas.` }];
  const academieDuDomicile = academieForPostalCode(codePostal, academies);
  if (!academieDuDomicile)
    return [{ field: "codePostal", message: fr`${regle} le code postal ${codePostal} ne relève d'aucune académie. Vérifiez-le.` }];
  if (academieDuDomicile.code !== academie.code)
    return [
      {
        field: "codePostal",
        message: fr`${regle} le code postal ${codePostal} relève de l'académie ${deNom(academieDuDomicile.nom)}.`,
      },
    ];
  return [];
}
