// Bac pro spécialités with their code diplôme, from REFERENCE §2 (ONISEP "code scolarité", S16;
// not yet checked against the BCN), as the seed first inserts them into the Specialite table:
// from then on the table is the catalogue (/gestion/catalogue), and the portal reads only it. Libellés expand the usual abbreviations; a few titles follow
// REFERENCE's wording where the official one could not be confirmed.
//
// Two columns are INFERRED data, to be checked against each spécialité's règlement d'examen (S38)
// before a real session relies on them:
// - nbLanguesObligatoires: services (NSF 3xx) have LVA + LVB, except commercialisation et services
//   en restauration (1 LV); production spécialités have LVA only (Clermont notice, REFERENCE §2).
// - travailEnHauteur: spécialités whose training involves temporary work at height, so the
//   "attestation de formation aux travaux en hauteur" piece applies (Nancy-Metz notice): building,
//   roofing, structures, electrical and thermal installation.

export type SecteurData = "PRODUCTION" | "SERVICES";

export type SpecialiteData = {
  /** Code diplôme, 8 digits; the 4th is the NSF class (2 production, 3 services). */
  codeDiplome: string;
  libelle: string;
  /** Usual abbreviation, when the profession uses one. */
  sigle?: string;
  secteur: SecteurData;
  nbLanguesObligatoires: 1 | 2;
  travailEnHauteur: boolean;
};

type Row = { code: string; libelle: string; sigle?: string; langues?: 1 | 2; hauteur?: true };

const SERVICES: Row[] = [
  { code: "40030004", libelle: "Assistance à la gestion des organisations et de leurs activités", sigle: "AGOrA" },
  { code: "40031112", libelle: "Conduite et gestion des entreprises maritimes – commerce/plaisance professionnelle option voile", sigle: "CGEM" },
  { code: "40031113", libelle: "Conduite et gestion des entreprises maritimes – commerce/plaisance professionnelle option yacht", sigle: "CGEM" },
  { code: "40031114", libelle: "Organisation de transport de marchandises", sigle: "OTM" },
  { code: "40031115", libelle: "Transport fluvial" },
  { code: "40031116", libelle: "Métiers de la logistique" },
  { code: "40031117", libelle: "Conducteur transport routier marchandises" },
  { code: "40031209", libelle: "Poissonnier écailler traiteur" },
  { code: "40031212", libelle: "Métiers de l'accueil" },
  { code: "40031213", libelle: "Métiers du commerce et de la vente option A animation et gestion de l'espace commercial", sigle: "MCV A" },
  { code: "40031214", libelle: "Métiers du commerce et de la vente option B prospection clientèle et valorisation de l'offre commerciale", sigle: "MCV B" },
  { code: "40032206", libelle: "Façonnage de produits imprimés, routage" },
  { code: "40032207", libelle: "Réalisation de produits imprimés et plurimédia option A productions graphiques", sigle: "RPIP A" },
  { code: "40032208", libelle: "Réalisation de produits imprimés et plurimédia option B productions imprimées", sigle: "RPIP B" },
  { code: "40032303", libelle: "Artisanat et métiers d'art option communication visuelle plurimédia", sigle: "AMA" },
  { code: "40032304", libelle: "Photographie" },
  { code: "40033006", libelle: "Animation – enfance et personnes âgées", sigle: "AEPA" },
  { code: "40033007", libelle: "Accompagnement, soins et services à la personne", sigle: "ASSP" },
  { code: "40033101", libelle: "Optique lunetterie" },
  { code: "40033103", libelle: "Technicien en appareillage orthopédique" },
  { code: "40033104", libelle: "Technicien en prothèse dentaire" },
  // Clermont notice: tertiary spécialités have two LV "sauf cuisine et CSR".
  { code: "40033403", libelle: "Commercialisation et services en restauration", sigle: "CSR", langues: 1 },
  { code: "40033602", libelle: "Perruquier posticheur" },
  { code: "40033604", libelle: "Métiers de la coiffure" },
  { code: "40033606", libelle: "Esthétique cosmétique parfumerie" },
  { code: "40034306", libelle: "Hygiène, propreté, stérilisation" },
  { code: "40034307", libelle: "Maintenance environnementale et propreté des espaces urbains" },
  { code: "40034403", libelle: "Métiers de la sécurité" },
];

const PRODUCTION: Row[] = [
  { code: "40020102", libelle: "Pilote de ligne de production", sigle: "PLP" },
  { code: "40021204", libelle: "Cultures marines" },
  { code: "40021304", libelle: "Conduite et gestion des entreprises maritimes – pêche", sigle: "CGEM" },
  { code: "40022004", libelle: "Procédés de la chimie, de l'eau et des papiers-cartons", sigle: "PCEPC" },
  { code: "40022005", libelle: "Production en industries pharmaceutiques, alimentaires et cosmétiques" },
  { code: "40022104", libelle: "Boucher charcutier traiteur" },
  { code: "40022105", libelle: "Boulanger-pâtissier" },
  { code: "40022106", libelle: "Cuisine" },
  { code: "40022302", libelle: "Traitements des matériaux" },
  { code: "40022308", libelle: "Artisanat et métiers d'art option facteur d'orgues organier", sigle: "AMA" },
  { code: "40022309", libelle: "Artisanat et métiers d'art option facteur d'orgues tuyautier", sigle: "AMA" },
  { code: "40022310", libelle: "Fonderie" },
  { code: "40022402", libelle: "Artisanat et métiers d'art option verrerie scientifique et technique", sigle: "AMA" },
  { code: "40022403", libelle: "Artisanat et métiers d'art option métiers de l'enseigne et de la signalétique", sigle: "AMA" },
  { code: "40022503", libelle: "Plastiques et composites" },
  { code: "40022706", libelle: "Maintenance et efficacité énergétique", sigle: "MEE", hauteur: true },
  { code: "40022707", libelle: "Installateur en chauffage, climatisation et énergies renouvelables", sigle: "ICCER", hauteur: true },
  { code: "40022708", libelle: "Techniques d'interventions sur installations nucléaires", sigle: "TIIN" },
  { code: "40022709", libelle: "Transport et distribution des gaz" },
  { code: "40023003", libelle: "Artisanat et métiers d'art option marchandisage visuel", sigle: "AMA" },
  { code: "40023005", libelle: "Technicien d'études du bâtiment option B assistant en architecture", sigle: "TEB" },
  { code: "40023203", libelle: "Technicien du bâtiment : organisation et réalisation du gros œuvre", sigle: "TBORGO", hauteur: true },
  { code: "40023205", libelle: "Interventions sur le patrimoine bâti option A maçonnerie", hauteur: true },
  { code: "40023206", libelle: "Interventions sur le patrimoine bâti option B charpente", hauteur: true },
  { code: "40023207", libelle: "Interventions sur le patrimoine bâti option C couverture", hauteur: true },
  { code: "40023208", libelle: "Métiers et arts de la pierre" },
  { code: "40023210", libelle: "Travaux publics", hauteur: true },
  { code: "40023303", libelle: "Menuiserie aluminium-verre", hauteur: true },
  { code: "40023304", libelle: "Aménagement et finition du bâtiment", hauteur: true },
  { code: "40023404", libelle: "Technicien constructeur bois", hauteur: true },
  { code: "40023405", libelle: "Technicien menuisier agenceur" },
  { code: "40023406", libelle: "Technicien de scierie" },
  { code: "40023407", libelle: "Fabrication bois et matériaux associés" },
  { code: "40023408", libelle: "Étude et réalisation d'agencement" },
  { code: "40024005", libelle: "Métiers de l'entretien des textiles option A blanchisserie" },
  { code: "40024006", libelle: "Métiers de l'entretien des textiles option B pressing" },
  { code: "40024202", libelle: "Artisanat et métiers d'art option tapissier d'ameublement", sigle: "AMA" },
  { code: "40024204", libelle: "Métiers de la couture et de la confection" },
  { code: "40024301", libelle: "Métiers du cuir option chaussures" },
  { code: "40024302", libelle: "Métiers du cuir option maroquinerie" },
  { code: "40024303", libelle: "Métiers du cuir option sellerie garnissage" },
  { code: "40025006", libelle: "Microtechniques" },
  { code: "40025010", libelle: "Électromécanicien marine" },
  { code: "40025011", libelle: "Polyvalent navigant pont/machine" },
  { code: "40025012", libelle: "Maintenance des systèmes de production connectés", sigle: "MSPC" },
  { code: "40025013", libelle: "Technicien en réalisation de produits mécaniques option réalisation et maintenance des outillages", sigle: "TRPM" },
  { code: "40025014", libelle: "Technicien en réalisation de produits mécaniques option réalisation et suivi de productions", sigle: "TRPM" },
  { code: "40025108", libelle: "Technicien modeleur" },
  { code: "40025109", libelle: "Transports par câbles et remontées mécaniques" },
  { code: "40025219", libelle: "Maintenance des matériels option A matériels agricoles" },
  { code: "40025220", libelle: "Maintenance des matériels option B matériels de construction et de manutention" },
  { code: "40025221", libelle: "Maintenance des matériels option C matériels d'espaces verts" },
  { code: "40025223", libelle: "Maintenance nautique" },
  { code: "40025224", libelle: "Maintenance des véhicules option A voitures particulières" },
  { code: "40025225", libelle: "Maintenance des véhicules option B véhicules de transport routier" },
  { code: "40025226", libelle: "Maintenance des véhicules option C motocycles" },
  { code: "40025302", libelle: "Aéronautique option avionique" },
  { code: "40025303", libelle: "Aéronautique option systèmes" },
  { code: "40025304", libelle: "Aéronautique option structure" },
  { code: "40025305", libelle: "Aviation générale" },
  { code: "40025406", libelle: "Ouvrages du bâtiment : métallerie", hauteur: true },
  { code: "40025411", libelle: "Technicien en chaudronnerie industrielle" },
  { code: "40025412", libelle: "Carrossier peintre automobile" },
  { code: "40025413", libelle: "Construction et aménagement de véhicules" },
  // Successor of "technicien du froid et du conditionnement de l'air" (TFCA).
  { code: "40025517", libelle: "Métiers du froid et des énergies renouvelables", sigle: "MFER" },
  { code: "40025519", libelle: "Cybersécurité, informatique et réseaux, électronique", sigle: "CIEL" },
  { code: "40025520", libelle: "Métiers de l'électricité et de ses environnements connectés", sigle: "MELEC", hauteur: true },
];

function toSpecialite(row: Row, secteur: SecteurData): SpecialiteData {
  return {
    codeDiplome: row.code,
    libelle: row.libelle,
    ...(row.sigle ? { sigle: row.sigle } : {}),
    secteur,
    nbLanguesObligatoires: row.langues ?? (secteur === "SERVICES" ? 2 : 1),
    travailEnHauteur: row.hauteur ?? false,
  };
}

/** Bac pro spécialités, services first, each group in code order. */
export const SPECIALITES_BAC_PRO: readonly SpecialiteData[] = [
  ...SERVICES.map((row) => toSpecialite(row, "SERVICES")),
  ...PRODUCTION.map((row) => toSpecialite(row, "PRODUCTION")),
];

/** The sector the code diplôme announces: 4th digit = NSF class (2 production, 3 services). */
export function secteurFromCode(codeDiplome: string): SecteurData | null {
  const digit = codeDiplome[3];
  if (digit === "2") return "PRODUCTION";
  if (digit === "3") return "SERVICES";
  return null;
}

export function findSpecialite(codeDiplome: string): SpecialiteData | undefined {
  return SPECIALITES_BAC_PRO.find((s) => s.codeDiplome === codeDiplome);
}
