// Catégories socio-professionnelles asked for "un représentant légal" in the Identification step
// [C:CF]. Grouped 32-code list of MEN forms, labels from the JORF annex (REFERENCE §6); the exact
// Cyclades list is unverified [I], which is why it lives here as data.
export const PCS = [
  { code: "10", libelle: "Agriculteurs exploitants" },
  { code: "21", libelle: "Artisans" },
  { code: "22", libelle: "Commerçants et assimilés" },
  { code: "23", libelle: "Chefs d’entreprise de 10 salariés ou plus" },
  { code: "31", libelle: "Professions libérales" },
  { code: "33", libelle: "Cadres de la fonction publique" },
  { code: "34", libelle: "Professeurs, professions scientifiques" },
  { code: "35", libelle: "Professions de l’information, des arts et des spectacles" },
  { code: "37", libelle: "Cadres administratifs et commerciaux d’entreprise" },
  { code: "38", libelle: "Ingénieurs et cadres techniques d’entreprise" },
  { code: "42", libelle: "Professeurs des écoles, instituteurs et assimilés" },
  { code: "43", libelle: "Professions intermédiaires de la santé et du travail social" },
  { code: "44", libelle: "Clergé, religieux" },
  { code: "45", libelle: "Professions intermédiaires administratives de la fonction publique" },
  { code: "46", libelle: "Professions intermédiaires administratives et commerciales d’entreprise" },
  { code: "47", libelle: "Techniciens" },
  { code: "48", libelle: "Contremaîtres, agents de maîtrise" },
  { code: "52", libelle: "Employés civils et agents de service de la fonction publique" },
  { code: "53", libelle: "Policiers et militaires" },
  { code: "54", libelle: "Employés administratifs d’entreprise" },
  { code: "55", libelle: "Employés de commerce" },
  { code: "56", libelle: "Personnels des services directs aux particuliers" },
  { code: "61", libelle: "Ouvriers qualifiés" },
  { code: "66", libelle: "Ouvriers non qualifiés" },
  { code: "69", libelle: "Ouvriers agricoles" },
  { code: "71", libelle: "Retraités agriculteurs exploitants" },
  { code: "72", libelle: "Retraités artisans, commerçants, chefs d’entreprise" },
  { code: "73", libelle: "Retraités cadres et professions intermédiaires" },
  { code: "76", libelle: "Retraités employés et ouvriers" },
  { code: "81", libelle: "Chômeurs n’ayant jamais travaillé" },
  { code: "82", libelle: "Personnes sans activité professionnelle" },
  { code: "99", libelle: "Non renseignée (inconnue ou sans objet)" },
] as const;

export type PcsCode = (typeof PCS)[number]["code"];

export const PCS_CODES = PCS.map((p) => p.code) as [PcsCode, ...PcsCode[]];

export function libellePcs(code: string): string | undefined {
  return PCS.find((p) => p.code === code)?.libelle;
}
