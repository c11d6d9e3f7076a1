// Why the national admin's catalogue services refuse a change: one code each, in French here only.
import { fr } from "../candidature/format";

export type RefusCatalogue =
  | "interdit"
  | "examen-inconnu"
  | "specialite-inconnue"
  | "epreuve-inconnue"
  | "code-diplome-pris"
  | "code-diplome-fige"
  | "code-epreuve-pris"
  | "code-epreuve-fige"
  | "deja-desactivee";

export const REFUS_CATALOGUE: Record<RefusCatalogue, { field?: "codeDiplome" | "code"; message: string }> = {
  interdit: { message: fr`Seul l'administrateur national modifie le catalogue des examens : rien n'a été modifié.` },
  "examen-inconnu": { message: fr`Cet examen n'existe pas : retournez au catalogue.` },
  "specialite-inconnue": { message: fr`Cette spécialité n'existe plus : retournez au catalogue.` },
  "epreuve-inconnue": { message: fr`Cette épreuve n'existe plus : retournez au catalogue.` },
  "code-diplome-pris": { field: "codeDiplome", message: fr`Ce code diplôme est déjà celui d'une autre spécialité : vérifiez-le.` },
  "code-diplome-fige": {
    field: "codeDiplome",
    message: fr`Des candidatures enregistrées portent ce code diplôme : il ne peut plus changer. Créez une nouvelle spécialité et désactivez celle-ci.`,
  },
  "code-epreuve-pris": { field: "code", message: fr`Ce code est déjà celui d'une autre épreuve : choisissez-en un autre.` },
  "code-epreuve-fige": {
    field: "code",
    message: fr`Des candidatures enregistrées se réfèrent à cette épreuve par son code : il ne peut plus changer. Ajoutez une nouvelle épreuve et désactivez celle-ci.`,
  },
  "deja-desactivee": { message: fr`Cet élément est déjà désactivé : rien n'a été modifié.` },
};

/** A refusal, with its own message when the rule wrote one (a code taken by such épreuve). */
export type Refus = { ok: false; code: RefusCatalogue; field?: "codeDiplome" | "code" | "secteur"; message?: string };
