// E4 langues vivantes and the facultative LVF (CF, step 5): every bac pro has an LVA; spécialités
// with two compulsory languages (the data flag; tertiary except CSR) add an LVB, different from
// the LVA; a spécialité of another exam may have none (the flag at 0). LVF: an industrial
// spécialité's LVF differs from the LVA; a tertiary one's needs "3 langues différentes
// (LVA≠LVB≠LVF)". Lists are the académie's, from the session.
import { fr, liste } from "./format";
import type { FieldError, SessionConfig, SpecialiteInfo } from "./types";

export interface LanguesChoix {
  lva?: string;
  lvb?: string;
  lvf?: string;
  /** Facultative épreuves other than the LVF. */
  facultatives?: readonly string[];
}

type Langues = Pick<SessionConfig, "languesLva" | "languesLvb" | "languesLvf" | "maxFacultatives" | "facultativesProposees">;

function horsListe(field: string, langue: string, role: string, proposees: readonly string[]): FieldError {
  return {
    field,
    message: fr`La langue « ${langue} » n'est pas proposée en ${role} dans votre académie : choisissez parmi ${liste(proposees)}.`,
  };
}

export function checkLangues(choix: LanguesChoix, specialite: SpecialiteInfo, session: Langues): FieldError[] {
  const { lva, lvb, lvf } = choix;
  const errors: FieldError[] = [];

  if (specialite.nbLanguesObligatoires === 0) {
    if (lva) errors.push({ field: "lva", message: fr`Votre spécialité ne comporte pas de langue vivante obligatoire : ne choisissez pas de langue vivante A.` });
  } else if (!lva) errors.push({ field: "lva", message: fr`Choisissez votre langue vivante A.` });
  else if (!session.languesLva.includes(lva)) errors.push(horsListe("lva", lva, "langue vivante A", session.languesLva));

  if (specialite.nbLanguesObligatoires === 2) {
    if (!lvb)
      errors.push({
        field: "lvb",
        message: fr`Votre spécialité comporte deux langues vivantes obligatoires : choisissez une langue vivante B.`,
      });
    else if (!session.languesLvb.includes(lvb)) errors.push(horsListe("lvb", lvb, "langue vivante B", session.languesLvb));
    else if (lvb === lva)
      errors.push({ field: "lvb", message: fr`La langue vivante B doit être différente de la langue vivante A (« ${lva} »).` });
  } else if (lvb) {
    errors.push({
      field: "lvb",
      message: fr`Votre spécialité ne comporte qu'une langue vivante obligatoire : ne choisissez pas de langue vivante B.`,
    });
  }

  if (lvf) {
    if (!session.languesLvf.includes(lvf)) errors.push(horsListe("lvf", lvf, "langue facultative", session.languesLvf));
    else if (lva && lvf === lva)
      errors.push({ field: "lvf", message: fr`La langue facultative doit être différente de la langue vivante A (« ${lva} »).` });
    else if (specialite.secteur === "SERVICES" && lvb && lvf === lvb)
      errors.push({
        field: "lvf",
        message: fr`Pour une spécialité tertiaire, les trois langues doivent être différentes : la langue facultative ne peut pas être celle choisie en langue vivante B (« ${lvb} »).`,
      });
  }

  return [...errors, ...checkFacultatives(choix, session)];
}

/** At most `maxFacultatives` facultative épreuves, the LVF included (bac pro: two [C:S7]). */
function checkFacultatives(choix: LanguesChoix, session: Langues): FieldError[] {
  const autres = choix.facultatives ?? [];
  const proposees = session.facultativesProposees ?? [];
  const inconnue = autres.find((code) => !proposees.includes(code));
  if (inconnue)
    return [{ field: "facultatives", message: fr`L'épreuve facultative « ${inconnue} » n'est pas proposée pour cette session : retirez-la.` }];
  if (new Set(autres).size !== autres.length)
    return [{ field: "facultatives", message: fr`Vous avez choisi deux fois la même épreuve facultative : retirez le doublon.` }];
  const nombre = autres.length + (choix.lvf ? 1 : 0);
  const max = session.maxFacultatives;
  if (nombre > max)
    return [
      {
        field: "facultatives",
        message: fr`Vous pouvez choisir au plus ${max} ${max > 1 ? "épreuves facultatives" : "épreuve facultative"}, langue facultative comprise : vous en avez choisi ${nombre}. Retirez-en ${nombre - max}.`,
      },
    ];
  return [];
}
