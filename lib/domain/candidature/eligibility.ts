// Eligibility routes of an individual candidate (CF "Conditions d'inscription", AX21 §4): already
// sat the exam after the full training, enseignement à distance, formation professionnelle
// continue, or three years' professional experience. Exactly one route: the step schema makes
// `typeCandidature` a single required choice.
import { fr } from "./format";
import type { FieldError, FormePassage, Route } from "./types";

export interface RouteInput {
  typeCandidature?: Route;
  organisme?: string;
  sessionPrecedente?: number;
  formePrecedente?: FormePassage;
  ajourne?: boolean;
}

// A Map, not an object: the step's refinement also runs on a route that failed its enum, and a
// posted "constructor" must not read Object.prototype's.
const ORGANISME_REQUIS = new Map<unknown, string>([
  ["ENSEIGNEMENT_A_DISTANCE", fr`Indiquez le nom de votre organisme d'enseignement à distance (par exemple le CNED).`],
  ["FORMATION_CONTINUE", fr`Indiquez le nom de l'établissement ou de l'organisme de formation continue qui vous a préparé.`],
]);

/** What each route requires within the Informations step. */
export function checkRoute(info: RouteInput): FieldError[] {
  const errors: FieldError[] = [];
  const organismeRequis = ORGANISME_REQUIS.get(info.typeCandidature);
  if (organismeRequis && !info.organisme) errors.push({ field: "organisme", message: organismeRequis });
  if (info.typeCandidature !== "DEJA_PRESENTE") return errors;
  if (info.sessionPrecedente === undefined)
    errors.push({ field: "sessionPrecedente", message: fr`Indiquez l'année de la dernière session à laquelle vous vous êtes présenté.` });
  if (info.formePrecedente === undefined)
    errors.push({ field: "formePrecedente", message: fr`Indiquez sous quelle forme (globale ou progressive) vous vous êtes présenté à cette session.` });
  if (info.ajourne === undefined)
    errors.push({ field: "ajourne", message: fr`Indiquez si vous avez été ajourné à cette session (« Oui » ou « Non »).` });
  return errors;
}

/** The previous session must precede the one the candidate registers for. */
export function checkSessionPrecedente(sessionPrecedente: number | undefined, sessionAnnee: number): FieldError[] {
  if (sessionPrecedente === undefined || sessionPrecedente < sessionAnnee) return [];
  return [
    {
      field: "sessionPrecedente",
      message: fr`La session précédente doit être antérieure à la session ${sessionAnnee} : indiquez l'année où vous avez passé l'examen.`,
    },
  ];
}

/**
 * "Le candidat ayant échoué lors d'une session précédente conserve obligatoirement la même forme
 * de passage" [C:CF]: applied to every DEJA_PRESENTE candidate who stated his previous forme.
 */
export function checkFormePassage(
  route: Route | undefined,
  previousForme: FormePassage | undefined,
  chosenForme: FormePassage,
): FieldError[] {
  if (route !== "DEJA_PRESENTE" || previousForme === undefined || previousForme === chosenForme) return [];
  const forme = previousForme === "GLOBALE" ? "globale" : "progressive";
  return [
    {
      field: "formePassage",
      message: fr`Vous vous êtes déjà présenté à l'examen sous la forme ${forme} : vous devez conserver cette forme de passage et choisir la forme ${forme}.`,
    },
  ];
}

/** EPS "DISPENSE : à la demande du candidat au titre de l'expérience professionnelle de 3 ans" [C:CF]. */
export function canRequestEpsDispense(route: Route | undefined): boolean {
  return route === "EXPERIENCE_PRO_3_ANS";
}

/** "Un bénéfice de note permet la conservation, à la demande du candidat ajourné" [C:CF]. */
export function canKeepBenefices(info: Pick<RouteInput, "typeCandidature" | "ajourne">): boolean {
  return info.typeCandidature === "DEJA_PRESENTE" && info.ajourne === true;
}
