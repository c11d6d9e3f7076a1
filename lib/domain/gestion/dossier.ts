// A dossier as the back office reads it [issue 9 §4]: every answer of a saved version as
// "rubrique / terme / valeur" rows (the same words as the candidate's récapitulatif and PDF), and
// what changed from one version to the next. Pure.
import { parsedSteps, storedSteps } from "../candidature/donnees";
import { ETAPES } from "../candidature/libelles";
import {
  lignesAcquis,
  lignesEpreuves,
  lignesIdentification,
  lignesInformations,
  lignesQualification,
  type Ligne,
} from "../candidature/recapitulatif";

export type Rubrique = { titre: string; lignes: Ligne[] };

const titre = (key: string) => ETAPES.find((e) => e.key === key)?.titre ?? key;

/** The rubriques of a stored candidature (a version's donnees); a step not filled has no rubrique. */
export function rubriquesDonnees(donnees: unknown, catalogue: readonly { codeDiplome: string; libelle: string }[] = []): Rubrique[] {
  const data = parsedSteps(storedSteps(donnees));
  const rubriques: Rubrique[] = [];
  if (data.identification) rubriques.push({ titre: titre("identification"), lignes: lignesIdentification(data.identification) });
  if (data.informations) rubriques.push({ titre: titre("informations"), lignes: lignesInformations(data.informations) });
  if (data.qualification) rubriques.push({ titre: titre("qualification"), lignes: lignesQualification(data.qualification, catalogue) });
  if (data.acquis) rubriques.push({ titre: titre("acquis"), lignes: lignesAcquis(data.acquis, catalogue) });
  if (data.epreuves) rubriques.push({ titre: titre("epreuves"), lignes: lignesEpreuves(data.epreuves) });
  return rubriques;
}

export type Difference = { rubrique: string; terme: string; avant: string | null; apres: string | null };

/** What changed between two versions, row by row: added (avant null), removed (apres null) or changed. */
export function differences(avant: readonly Rubrique[], apres: readonly Rubrique[]): Difference[] {
  const cles = (rubriques: readonly Rubrique[]) => new Map(rubriques.flatMap((r) => r.lignes.map(([terme, valeur]) => [`${r.titre}\u0000${terme}`, valeur] as const)));
  const a = cles(avant);
  const b = cles(apres);
  const ordre = [...new Set([...b.keys(), ...a.keys()])];
  return ordre
    .filter((cle) => a.get(cle) !== b.get(cle))
    .map((cle) => {
      const [rubrique = "", terme = ""] = cle.split("\u0000");
      return { rubrique, terme, avant: a.get(cle) ?? null, apres: b.get(cle) ?? null };
    });
}
