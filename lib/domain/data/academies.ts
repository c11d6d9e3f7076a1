import type { Zone } from "../zones";

// Académies, vice-rectorats and services de l'éducation that register candidats individuels.
// Codes and départements: REFERENCE §3 (S19, S20); zones: tz zone.tab (S21).
// Contacts, e-mails, telephone numbers and postal addresses below are FICTITIOUS: the notices name
// real staff, who must never appear in this project. E-mails use the reserved `.invalid` TLD
// (RFC 2606) and telephone numbers the 01 99 00 xx xx block the ARCEP keeps for fiction.

export type AcademieContactData = {
  libelle: string;
  email?: string;
  telephone?: string;
};

export type AcademieData = {
  /** Ministry code ("12" Nancy-Metz). */
  code: string;
  /** Web-domain slug without "ac-", used in URLs. */
  slug: string;
  nom: string;
  timeZone: Zone;
  /** Département codes ("54", "2A", "974"). */
  departements: readonly string[];
  adressePostale?: string;
  amenagementUrl?: string;
  siteUrl?: string;
  contacts?: readonly AcademieContactData[];
};

// Slugs confirmed by the seeds and REFERENCE §3: nancy-metz, clermont, nice, aix-marseille, lille,
// orleans-tours, limoges. Every other slug is inferred from the académie's usual web domain
// (ac-<slug>.fr); the four overseas services with short or non-.fr domains (ac-noumea.nc,
// ac-polynesie.pf, ac-wf.wf, ac-spm.fr) get a readable slug instead.
export const ACADEMIES: readonly AcademieData[] = [
  { code: "01", slug: "paris", nom: "Paris", timeZone: "Europe/Paris", departements: ["75"] },
  {
    code: "02",
    slug: "aix-marseille",
    nom: "Aix-Marseille",
    timeZone: "Europe/Paris",
    departements: ["04", "05", "13", "84"],
    // Fictitious address in the shape of the rectorat's (notice AX22 §3).
    adressePostale: "Rectorat de l'académie d'Aix-Marseille\nDivision des examens et concours – Bureau des examens professionnels\n(préciser l'intitulé du diplôme)\n1 place de l'Exemple\n13000 Aix-en-Provence",
    amenagementUrl: "https://appli.ac-aix-marseille.fr/amex/",
    siteUrl: "https://www.ac-aix-marseille.fr",
    // The AX21 annex splits managers by filière; these are invented desks along the same lines.
    contacts: [
      { libelle: "Bureau des examens professionnels – accueil", email: "examens.pro@ac-aix-marseille.invalid", telephone: "01 99 00 13 01" },
      { libelle: "Filières industrielles et du bâtiment", email: "examens.pro.industrie@ac-aix-marseille.invalid", telephone: "01 99 00 13 02" },
      { libelle: "Filières tertiaires, hôtellerie et services à la personne", email: "examens.pro.tertiaire@ac-aix-marseille.invalid", telephone: "01 99 00 13 03" },
      { libelle: "Domaines généraux et EPS", email: "examens.pro.general@ac-aix-marseille.invalid", telephone: "01 99 00 13 04" },
    ],
  },
  { code: "03", slug: "besancon", nom: "Besançon", timeZone: "Europe/Paris", departements: ["25", "39", "70", "90"] },
  { code: "04", slug: "bordeaux", nom: "Bordeaux", timeZone: "Europe/Paris", departements: ["24", "33", "40", "47", "64"] },
  {
    code: "06",
    slug: "clermont",
    nom: "Clermont-Ferrand",
    timeZone: "Europe/Paris",
    departements: ["03", "15", "43", "63"],
    adressePostale: "Rectorat de l'académie de Clermont-Ferrand\nDivision des examens et concours – Bureau des baccalauréats professionnels\n1 avenue de l'Exemple\n63000 Clermont-Ferrand",
    amenagementUrl: "https://www.ac-clermont.fr/amenagements-des-epreuves-d-examens-121720",
    siteUrl: "https://www.ac-clermont.fr",
    contacts: [
      { libelle: "Bureau des baccalauréats professionnels", email: "bureau.bacpro@ac-clermont.invalid", telephone: "01 99 00 63 01" },
      { libelle: "Bureau des baccalauréats professionnels – pièces justificatives", email: "pieces.bacpro@ac-clermont.invalid", telephone: "01 99 00 63 02" },
    ],
  },
  { code: "07", slug: "dijon", nom: "Dijon", timeZone: "Europe/Paris", departements: ["21", "58", "71", "89"] },
  { code: "08", slug: "grenoble", nom: "Grenoble", timeZone: "Europe/Paris", departements: ["07", "26", "38", "73", "74"] },
  { code: "09", slug: "lille", nom: "Lille", timeZone: "Europe/Paris", departements: ["59", "62"] },
  { code: "10", slug: "lyon", nom: "Lyon", timeZone: "Europe/Paris", departements: ["01", "42", "69"] },
  { code: "11", slug: "montpellier", nom: "Montpellier", timeZone: "Europe/Paris", departements: ["11", "30", "34", "48", "66"] },
  {
    code: "12",
    slug: "nancy-metz",
    nom: "Nancy-Metz",
    timeZone: "Europe/Paris",
    departements: ["54", "55", "57", "88"],
    adressePostale: "Rectorat de l'académie de Nancy-Metz\nDivision des examens – Inscription au bac pro (indiquer la spécialité)\n1 rue de l'Exemple – CS 00000\n54000 Nancy Cedex",
    amenagementUrl: "https://www.ac-nancy-metz.fr/demande-d-amenagements-d-epreuves-122438",
    siteUrl: "https://www.ac-nancy-metz.fr",
    // Same three desks as notice NM ("pôles"), with invented addresses and numbers.
    contacts: [
      { libelle: "Pôle industriel", email: "bacpro.industriel@ac-nancy-metz.invalid", telephone: "01 99 00 54 01" },
      { libelle: "Pôle tertiaire", email: "bacpro.tertiaire@ac-nancy-metz.invalid", telephone: "01 99 00 54 02" },
      { libelle: "Pôle transversal", email: "bacpro.transversal@ac-nancy-metz.invalid", telephone: "01 99 00 54 03" },
      { libelle: "Aménagements d'épreuves", email: "amenagements.examens@ac-nancy-metz.invalid" },
    ],
  },
  { code: "13", slug: "poitiers", nom: "Poitiers", timeZone: "Europe/Paris", departements: ["16", "17", "79", "86"] },
  { code: "14", slug: "rennes", nom: "Rennes", timeZone: "Europe/Paris", departements: ["22", "29", "35", "56"] },
  { code: "15", slug: "strasbourg", nom: "Strasbourg", timeZone: "Europe/Paris", departements: ["67", "68"] },
  { code: "16", slug: "toulouse", nom: "Toulouse", timeZone: "Europe/Paris", departements: ["09", "12", "31", "32", "46", "65", "81", "82"] },
  { code: "17", slug: "nantes", nom: "Nantes", timeZone: "Europe/Paris", departements: ["44", "49", "53", "72", "85"] },
  { code: "18", slug: "orleans-tours", nom: "Orléans-Tours", timeZone: "Europe/Paris", departements: ["18", "28", "36", "37", "41", "45"] },
  { code: "19", slug: "reims", nom: "Reims", timeZone: "Europe/Paris", departements: ["08", "10", "51", "52"] },
  { code: "20", slug: "amiens", nom: "Amiens", timeZone: "Europe/Paris", departements: ["02", "60", "80"] },
  { code: "22", slug: "limoges", nom: "Limoges", timeZone: "Europe/Paris", departements: ["19", "23", "87"] },
  {
    code: "23",
    slug: "nice",
    nom: "Nice",
    timeZone: "Europe/Paris",
    departements: ["06", "83"],
    adressePostale: "Rectorat de l'académie de Nice\nDivision des examens et concours – Service grand public\n1 boulevard de l'Exemple\n06000 Nice",
    // Notice NI gives no direct link: the rectorat's site, search "Candidats en situation de
    // handicap", then "Se connecter à Amex".
    amenagementUrl: "https://www.ac-nice.fr",
    siteUrl: "https://www.ac-nice.fr",
    contacts: [
      { libelle: "Service grand public – baccalauréat professionnel", email: "grandpublic.bacpro@ac-nice.invalid", telephone: "01 99 00 06 01" },
      { libelle: "Service grand public – CAP, BP et mentions complémentaires", email: "grandpublic.cap-bp-mc@ac-nice.invalid", telephone: "01 99 00 06 02" },
    ],
  },
  { code: "24", slug: "creteil", nom: "Créteil", timeZone: "Europe/Paris", departements: ["77", "93", "94"] },
  { code: "25", slug: "versailles", nom: "Versailles", timeZone: "Europe/Paris", departements: ["78", "91", "92", "95"] },
  { code: "27", slug: "corse", nom: "Corse", timeZone: "Europe/Paris", departements: ["2A", "2B"] },
  { code: "70", slug: "normandie", nom: "Normandie", timeZone: "Europe/Paris", departements: ["14", "27", "50", "61", "76"] },
  {
    code: "28",
    slug: "reunion",
    nom: "La Réunion",
    timeZone: "Indian/Reunion",
    departements: ["974"],
    // No notice: an invented address and desk for the demo session (lib/domain/data/sessions.ts).
    adressePostale: "Rectorat de La Réunion\nDivision des examens et concours – Bureau des examens professionnels\n1 rue de l'Exemple\n97400 Saint-Denis",
    siteUrl: "https://www.ac-reunion.fr",
    contacts: [{ libelle: "Bureau des examens professionnels", email: "examens.pro@ac-reunion.invalid", telephone: "01 99 00 97 41" }],
  },
  { code: "31", slug: "martinique", nom: "Martinique", timeZone: "America/Martinique", departements: ["972"] },
  // Also serves Saint-Barthélemy and Saint-Martin: see COLLECTIVITES_RATTACHEES.
  { code: "32", slug: "guadeloupe", nom: "Guadeloupe", timeZone: "America/Guadeloupe", departements: ["971"] },
  { code: "33", slug: "guyane", nom: "Guyane", timeZone: "America/Cayenne", departements: ["973"] },
  { code: "43", slug: "mayotte", nom: "Mayotte", timeZone: "Indian/Mayotte", departements: ["976"] },
  { code: "44", slug: "saint-pierre-et-miquelon", nom: "Saint-Pierre-et-Miquelon", timeZone: "America/Miquelon", departements: ["975"] },
  // Vice-rectorats [I]: REFERENCE §3 cannot confirm their exam organisation for individuels.
  { code: "40", slug: "nouvelle-caledonie", nom: "Nouvelle-Calédonie", timeZone: "Pacific/Noumea", departements: ["988"] },
  // Pacific/Tahiti covers most of the territory; the Marquesas and Gambier run on their own zones.
  { code: "41", slug: "polynesie", nom: "Polynésie française", timeZone: "Pacific/Tahiti", departements: ["987"] },
  { code: "42", slug: "wallis-et-futuna", nom: "Wallis-et-Futuna", timeZone: "Pacific/Wallis", departements: ["986"] },
];

/**
 * Collectivités whose candidates register with another académie [I: REFERENCE §3]. Not académies
 * here: S19 gives them codes 77/78 but their exams likely go through Guadeloupe.
 */
export const COLLECTIVITES_RATTACHEES = [
  { nom: "Saint-Barthélemy", codeCollectivite: "977", codePostal: "97133", academieCode: "32" },
  { nom: "Saint-Martin", codeCollectivite: "978", codePostal: "97150", academieCode: "32" },
] as const;

export function findAcademieByCode(code: string): AcademieData | undefined {
  return ACADEMIES.find((a) => a.code === code);
}

export function findAcademieBySlug(slug: string): AcademieData | undefined {
  return ACADEMIES.find((a) => a.slug === slug);
}

/** The académie whose territory includes this département (or overseas collectivité) code. */
export function findAcademieByDepartement(departement: string): AcademieData | undefined {
  const rattachee = COLLECTIVITES_RATTACHEES.find((c) => c.codeCollectivite === departement);
  if (rattachee) return findAcademieByCode(rattachee.academieCode);
  return ACADEMIES.find((a) => a.departements.includes(departement));
}

/** Codes of the académies described by the seed notices (shared/seeds). */
export const ACADEMIE_CODES = {
  NANCY_METZ: "12",
  CLERMONT_FERRAND: "06",
  NICE: "23",
  AIX_MARSEILLE: "02",
} as const;
