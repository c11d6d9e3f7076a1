// E7 éducation physique et sportive (CF, step 5): APTE → two activities among the académie's list
// (Danse, Tennis de table, Demi-fond); INAPTE → no activity and a certificat médical (a piece, see
// pieces.ts); DISPENSE → only "au titre de l'expérience professionnelle de 3 ans"; ADAPTEE → one
// activity of the adapted list, "avec notification MDPH". A spécialité whose épreuves have no EPS
// (the catalogue says so: a BP or an MC may have none [I]) asks for no choice.
import { canRequestEpsDispense } from "./eligibility";
import { fr, liste } from "./format";
import type { EpsChoix, FieldError, Route, SessionConfig } from "./types";

export interface EpsInput {
  epsChoix?: EpsChoix;
  epsActivites?: readonly string[];
  epsNotificationMdph?: boolean;
}

type ActivitesEps = Pick<SessionConfig, "activitesEps" | "activitesEpsAdaptees">;

const erreur = (message: string): FieldError[] => [{ field: "epsActivites", message }];

function checkActivites(activites: readonly string[], attendu: 1 | 2, proposees: readonly string[]): FieldError[] {
  const nombre = attendu === 2 ? "deux activités différentes" : "une seule activité";
  const hors = activites.find((a) => !proposees.includes(a));
  if (hors) return erreur(fr`L'activité « ${hors} » n'est pas proposée : choisissez ${nombre} parmi ${liste(proposees)}.`);
  if (activites.length !== attendu || new Set(activites).size !== attendu)
    return erreur(fr`Choisissez ${nombre} parmi ${liste(proposees)} (vous en avez choisi ${activites.length}).`);
  return [];
}

/**
 * `route` undefined (step 2 not filled yet) leaves the DISPENSE check to the final validation;
 * `epsAuProgramme`: one of the spécialité's compulsory épreuves covers the EPS.
 */
export function checkEps(eps: EpsInput, route: Route | undefined, session: ActivitesEps, epsAuProgramme = true): FieldError[] {
  const activites = eps.epsActivites ?? [];
  if (!epsAuProgramme)
    return eps.epsChoix === undefined && activites.length === 0 && !eps.epsNotificationMdph
      ? []
      : [{ field: "epsChoix", message: fr`Votre spécialité ne comporte pas d'épreuve d'éducation physique et sportive : n'indiquez aucun choix d'EPS.` }];
  switch (eps.epsChoix) {
    case undefined:
      return [{ field: "epsChoix", message: fr`Indiquez votre situation pour l'EPS : apte, inapte, dispensé ou épreuve adaptée.` }];
    case "APTE":
      return checkActivites(activites, 2, session.activitesEps);
    case "INAPTE":
      return activites.length > 0
        ? erreur(fr`Vous avez indiqué être inapte : ne choisissez aucune activité. Vous fournirez un certificat médical d'inaptitude.`)
        : [];
    case "DISPENSE":
      if (route !== undefined && !canRequestEpsDispense(route))
        return [
          {
            field: "epsChoix",
            message: fr`La dispense d'EPS est réservée aux candidats justifiant de trois ans d'expérience professionnelle. Si vous êtes inapte, choisissez « Inapte » et fournissez un certificat médical ; sinon, choisissez deux activités.`,
          },
        ];
      return activites.length > 0 ? erreur(fr`Vous demandez la dispense d'EPS : ne choisissez aucune activité.`) : [];
    case "ADAPTEE": {
      const mdph = eps.epsNotificationMdph
        ? []
        : [
            {
              field: "epsNotificationMdph",
              message: fr`L'épreuve adaptée est réservée aux candidats disposant d'une notification de la MDPH : cochez la case si c'est votre cas, sinon choisissez une autre situation.`,
            },
          ];
      return [...mdph, ...checkActivites(activites, 1, session.activitesEpsAdaptees)];
    }
  }
}
