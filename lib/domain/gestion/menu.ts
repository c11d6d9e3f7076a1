// The back office's menu: what each staff role finds there. Pure data.
import type { Role } from "../account/roles";

export type EntreeMenu = { texte: string; href: string };

export function entreesMenuGestion(role: Role): EntreeMenu[] {
  if (role === "CANDIDAT") return [];
  if (role === "ADMIN_NATIONAL")
    return [
      { texte: "Accueil", href: "/gestion" },
      { texte: "Académies", href: "/gestion/academies" },
      { texte: "Catalogue des examens", href: "/gestion/catalogue" },
      { texte: "Personnels", href: "/gestion/personnels" },
      { texte: "Tâches en échec", href: "/gestion/taches" },
    ];
  return [
    { texte: "Accueil", href: "/gestion" },
    { texte: "Tableau de bord", href: "/gestion/tableau-de-bord" },
    { texte: "Candidatures", href: "/gestion/candidatures" },
    { texte: "Pièces à contrôler", href: "/gestion/pieces" },
    { texte: "Demandes et relances", href: "/gestion/operations" },
    { texte: "Annulations", href: "/gestion/annulations" },
    ...(role === "ADMIN_ACADEMIE"
      ? [
          { texte: "Sessions", href: "/gestion/sessions" },
          { texte: "Portefeuilles", href: "/gestion/portefeuilles" },
          { texte: "Rappels", href: "/gestion/rappels" },
          { texte: "Personnels", href: "/gestion/personnels" },
          // The list sends an académie's admin to their own académie's page.
          { texte: "Mon académie", href: "/gestion/academies" },
        ]
      : []),
  ];
}
