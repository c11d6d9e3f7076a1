// Compulsory épreuves of the bac pro (arrêté du 17 juin 2020; REFERENCE §1). Candidates must be
// "Inscrit" to E1 to E7 [C:CF]. Which subjects each épreuve covers varies by spécialité; the
// split below follows the usual post-2020 pattern per secteur and is inferred [I]:
// production: E1 = maths + physique-chimie, économie-gestion and PSE inside E3;
// services: E1 = économie-droit + maths, PSE inside E3.
import type { Discipline, Secteur, SpecialiteInfo } from "./types";

export interface EpreuveDef {
  code: string;
  libelle: string;
  disciplines: readonly Discipline[];
  /** Common to every spécialité, so it can be dispensed from another spécialité [I]. */
  generale: boolean;
}

type ParSecteur = Record<Secteur, readonly Discipline[]>;

interface EpreuveBacPro extends Omit<EpreuveDef, "disciplines"> {
  disciplines: readonly Discipline[] | ParSecteur;
}

const isParSecteur = (d: readonly Discipline[] | ParSecteur): d is ParSecteur => !Array.isArray(d);

export const EPREUVES_BAC_PRO: readonly EpreuveBacPro[] = [
  {
    code: "E1",
    libelle: "Épreuve scientifique et technique",
    disciplines: { PRODUCTION: ["MATHS", "PHYSIQUE_CHIMIE"], SERVICES: ["ECO_DROIT", "MATHS"] },
    generale: false,
  },
  { code: "E2", libelle: "Épreuve d’analyse et de technologie", disciplines: ["PROFESSIONNEL"], generale: false },
  {
    code: "E3",
    libelle: "Épreuve pratique prenant en compte la formation en milieu professionnel",
    disciplines: { PRODUCTION: ["PROFESSIONNEL", "ECO_GESTION", "PSE"], SERVICES: ["PROFESSIONNEL", "PSE"] },
    generale: false,
  },
  { code: "E4", libelle: "Langues vivantes", disciplines: ["LVA", "LVB"], generale: true },
  {
    code: "E5",
    libelle: "Français, histoire-géographie et enseignement moral et civique",
    disciplines: ["FRANCAIS", "HISTOIRE_GEO_EMC"],
    generale: true,
  },
  { code: "E6", libelle: "Arts appliqués et cultures artistiques", disciplines: ["ARTS_APPLIQUES"], generale: true },
  { code: "E7", libelle: "Éducation physique et sportive", disciplines: ["EPS"], generale: true },
];

/** "Au plus deux" facultatives, among mobilité, langue vivante and secteur sportif [C:S7]: SessionConfig.maxFacultatives. */
export const MAX_FACULTATIVES_BAC_PRO = 2;

/** Shown as "ECT-3 : Epreuve de contrôle", always "Inscrit" [C:CF]. */
export const EPREUVE_CONTROLE = { code: "ECT-3", libelle: "Épreuve de contrôle" } as const;

/** The compulsory épreuves of a spécialité; LVB belongs to E4 only when it has two languages. */
export function listEpreuvesObligatoires(specialite: SpecialiteInfo): EpreuveDef[] {
  return EPREUVES_BAC_PRO.map((epreuve) => {
    const disciplines = isParSecteur(epreuve.disciplines) ? epreuve.disciplines[specialite.secteur] : epreuve.disciplines;
    return {
      ...epreuve,
      disciplines: disciplines.filter((d) => d !== "LVB" || specialite.nbLanguesObligatoires === 2),
    };
  });
}
