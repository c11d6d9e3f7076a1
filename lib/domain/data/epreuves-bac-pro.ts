// The bac pro's épreuves as the seed first inserts them into the Epreuve table (arrêté du 17 juin
// 2020; REFERENCE §1). Data, not rules: once in a database they are the national admin's to edit
// (/gestion/catalogue), and the portal reads them from there only.
// Candidates must be "Inscrit" to E1 to E7 [C:CF]. Which subjects each épreuve covers varies by
// spécialité; the split below follows the usual post-2020 pattern per secteur and is inferred [I]:
// production: E1 = maths + physique-chimie, économie-gestion and PSE inside E3;
// services: E1 = économie-droit + maths, PSE inside E3.
// The épreuve de contrôle is shown as "ECT-3 : Epreuve de contrôle", always "Inscrit" [C:CF].
import type { EpreuveNatureData, EpreuveSeed } from "../catalogue/types";

const obligatoire: EpreuveNatureData = "OBLIGATOIRE";

export const EPREUVES_BAC_PRO: readonly EpreuveSeed[] = [
  { code: "E1", libelle: "Épreuve scientifique et technique", nature: obligatoire, secteur: "PRODUCTION", disciplines: ["MATHS", "PHYSIQUE_CHIMIE"], generale: false, ordre: 1 },
  { code: "E1", libelle: "Épreuve scientifique et technique", nature: obligatoire, secteur: "SERVICES", disciplines: ["ECO_DROIT", "MATHS"], generale: false, ordre: 1 },
  { code: "E2", libelle: "Épreuve d’analyse et de technologie", nature: obligatoire, secteur: null, disciplines: ["PROFESSIONNEL"], generale: false, ordre: 2 },
  {
    code: "E3",
    libelle: "Épreuve pratique prenant en compte la formation en milieu professionnel",
    nature: obligatoire,
    secteur: "PRODUCTION",
    disciplines: ["PROFESSIONNEL", "ECO_GESTION", "PSE"],
    generale: false,
    ordre: 3,
  },
  {
    code: "E3",
    libelle: "Épreuve pratique prenant en compte la formation en milieu professionnel",
    nature: obligatoire,
    secteur: "SERVICES",
    disciplines: ["PROFESSIONNEL", "PSE"],
    generale: false,
    ordre: 3,
  },
  { code: "E4", libelle: "Langues vivantes", nature: obligatoire, secteur: null, disciplines: ["LVA", "LVB"], generale: true, ordre: 4 },
  { code: "E5", libelle: "Français, histoire-géographie et enseignement moral et civique", nature: obligatoire, secteur: null, disciplines: ["FRANCAIS", "HISTOIRE_GEO_EMC"], generale: true, ordre: 5 },
  { code: "E6", libelle: "Arts appliqués et cultures artistiques", nature: obligatoire, secteur: null, disciplines: ["ARTS_APPLIQUES"], generale: true, ordre: 6 },
  { code: "E7", libelle: "Éducation physique et sportive", nature: obligatoire, secteur: null, disciplines: ["EPS"], generale: true, ordre: 7 },
  { code: "ECT-3", libelle: "Épreuve de contrôle", nature: "CONTROLE", secteur: null, disciplines: [], generale: false, ordre: 8 },
];
