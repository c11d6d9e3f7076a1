// The candidate's identity as the récapitulatif and the confirmation show it: what the candidate
// signs with ENREGISTRER [issue 8 §8]. Names as typed (accents, capitals), the birth date in words.
import { formatDateFr } from "../calendar";
import { nomPays } from "../pays";
import { CIVILITE_LABELS, type Civilite } from "./schemas";

export type EtatCivil = {
  civilite: Civilite | null;
  nomNaissance: string;
  nomUsage: string | null;
  prenoms: string;
  /** A @db.Date column: UTC midnight of the birth day. */
  dateNaissance: Date | null;
  paysNaissance: string | null;
};

export function lignesEtatCivil(personne: EtatCivil): (readonly [terme: string, valeur: string])[] {
  return [
    ["Civilité", personne.civilite ? CIVILITE_LABELS[personne.civilite] : "Non renseignée"],
    ["Nom de naissance", personne.nomNaissance],
    ...(personne.nomUsage ? [["Nom d’usage", personne.nomUsage] as const] : []),
    ["Prénoms", personne.prenoms],
    ["Date de naissance", personne.dateNaissance ? formatDateFr(personne.dateNaissance) : "Non renseignée"],
    ["Pays de naissance", personne.paysNaissance ? nomPays(personne.paysNaissance) : "Non renseigné"],
  ];
}
