// French labels of the wizard's steps and choices, shared by the forms, the récapitulatif and
// the rules' messages.
import { fr } from "./format";
import type { AcquisType, DiplomeDispense, DisciplineDispensable, EpsChoix, FormePassage, Route } from "./types";

export const ETAPES = [
  { numero: 1, key: "identification", titre: "Identification" },
  { numero: 2, key: "informations", titre: "Informations candidature" },
  { numero: 3, key: "qualification", titre: "Qualification présentée" },
  { numero: 4, key: "acquis", titre: "Acquis" },
  { numero: 5, key: "epreuves", titre: "Épreuves" },
  { numero: 6, key: "recapitulatif", titre: "Récapitulatif" },
] as const;

export type StepKey = Exclude<(typeof ETAPES)[number]["key"], "recapitulatif">;

export const ROUTE_LIBELLES: Record<Route, string> = {
  DEJA_PRESENTE:
    "J’ai déjà présenté l’examen après avoir suivi la formation complète (voie scolaire, apprentissage ou formation continue)",
  ENSEIGNEMENT_A_DISTANCE: "Je suis candidat de l’enseignement à distance (CNED ou autre organisme)",
  FORMATION_CONTINUE: "J’ai suivi une préparation complète au diplôme en formation professionnelle continue",
  EXPERIENCE_PRO_3_ANS:
    "Je justifie de trois ans d’activité professionnelle salariée dans un domaine en rapport avec le diplôme",
};

export const FORME_LIBELLES: Record<FormePassage, string> = {
  GLOBALE: "Globale (toutes les épreuves à cette session)",
  PROGRESSIVE: "Progressive (épreuves échelonnées sur plusieurs sessions)",
};

export const EPS_LIBELLES: Record<EpsChoix, string> = {
  APTE: fr`Apte : je choisis deux activités`,
  INAPTE: fr`Inapte : je fournis un certificat médical`,
  DISPENSE: "Dispensé au titre de trois ans d’expérience professionnelle",
  ADAPTEE: "Épreuve adaptée (notification de la MDPH)",
};

export const ACQUIS_LIBELLES: Record<AcquisType, string> = {
  AUCUN: "Je n’ai ni bénéfice de notes ni dispense",
  BENEFICES_NOTES: "Je conserve des notes obtenues à une session précédente (bénéfices de notes)",
  DISPENSES_DIPLOME: "Je suis titulaire d’un diplôme qui me dispense d’épreuves",
  AUTRE_SPECIALITE: "Je demande des dispenses au titre d’une autre spécialité du même diplôme",
  DISPENSES_VAE: "Je dispose de dispenses obtenues par la validation des acquis de l’expérience (VAE)",
};

export const DIPLOME_LIBELLES: Record<DiplomeDispense, string> = {
  BAC_GENERAL: "Baccalauréat général",
  BAC_TECHNOLOGIQUE: "Baccalauréat technologique",
  BAC_PROFESSIONNEL: "Baccalauréat professionnel (autre spécialité)",
  BMA: "Brevet des métiers d’art",
  BT_BTA: "Brevet de technicien (y compris agricole)",
  DTMS: "Diplôme de technicien des métiers du spectacle",
  TECHNICIEN_PODOLOGUE: "Diplôme de technicien podologue",
  TECHNICIEN_PROTHESISTE_ORTHESISTE: "Diplôme de technicien prothésiste-orthésiste",
  DIPLOME_SUPERIEUR: "Diplôme de niveau supérieur (enseignement supérieur ou agriculture)",
};

export const DISCIPLINE_LIBELLES: Record<DisciplineDispensable, string> = {
  LVA: "langue vivante A",
  LVB: "langue vivante B",
  FRANCAIS: "français",
  HISTOIRE_GEO_EMC: "histoire-géographie et enseignement moral et civique",
  ARTS_APPLIQUES: "arts appliqués et cultures artistiques",
  EPS: "éducation physique et sportive",
  PSE: "prévention-santé-environnement",
  MATHS: "mathématiques",
  ECO_GESTION: "économie-gestion",
  ECO_DROIT: "économie-droit",
  PHYSIQUE_CHIMIE: "physique-chimie",
};

/** The candidature's status as its card and pages show it. */
export const STATUT_LIBELLES = {
  BROUILLON: "Brouillon non enregistré",
  ENREGISTREE: "Enregistrée",
  DESINSCRITE: "Désinscrite",
  ANNULEE: "Annulée",
} as const;

/** The step whose page is "/mes-candidatures/<id>/<slug>". */
export function etapeParSlug(slug: string): (typeof ETAPES)[number] | undefined {
  return ETAPES.find((e) => e.key === slug);
}
