// What the candidate reads about the registration window: the closing instant in the académie's
// zone, on the pages and in every refusal ("Passé ce délai, […] aucune inscription ne sera
// acceptée" [C:CF]; "Jusqu'à la clôture du serveur […] vous pouvez apporter des modifications").
import { formatInstantFr, type Window, type WindowState } from "../calendar";
import { zoneLabel } from "../zones";
import { fr } from "./format";
import type { TransitionResult } from "./statut";

/** "vendredi 1er décembre 2023 à 17 h 00, heure de Paris". */
export function instantLocal(instant: Date, zone: string): string {
  return `${formatInstantFr(instant, zone)}, ${zoneLabel(zone)}`;
}

/** The banner of the wizard's pages for this state of the window. */
export function bandeauFenetre(state: WindowState, window: Window, zone: string): string {
  switch (state) {
    case "OUVERTE":
      return fr`Vous pouvez compléter et modifier votre candidature jusqu'au ${instantLocal(window.closesAt, zone)}. Passé ce délai, aucune inscription ni modification n'est acceptée.`;
    case "A_VENIR":
      return fr`Les inscriptions ouvriront le ${instantLocal(window.opensAt, zone)} : vous ne pouvez pas encore saisir votre candidature.`;
    case "CLOSE":
      return fr`Le serveur d'inscription est fermé depuis le ${instantLocal(window.closesAt, zone)} : votre candidature ne peut plus être modifiée. Pour toute question, contactez le service des examens.`;
  }
}

/** Why nothing may be saved in this state of the window, or null when it is open. */
export function refusFenetre(state: WindowState, window: Window, zone: string): string | null {
  switch (state) {
    case "OUVERTE":
      return null;
    case "A_VENIR":
      return fr`Les inscriptions ouvriront le ${instantLocal(window.opensAt, zone)} : rien n'a été enregistré.`;
    case "CLOSE":
      return fr`Le serveur d'inscription est fermé depuis le ${instantLocal(window.closesAt, zone)} : rien n'a été enregistré. Pour toute question, contactez le service des examens.`;
  }
}

/** A refused transition, the window's dates spelled out when the window is the reason. */
export function messageRefus(refus: Extract<TransitionResult, { ok: false }>, window: Window, zone: string): string {
  switch (refus.code) {
    case "INSCRIPTIONS_CLOSES":
      return refusFenetre("CLOSE", window, zone) ?? refus.message;
    case "INSCRIPTIONS_NON_OUVERTES":
      return refusFenetre("A_VENIR", window, zone) ?? refus.message;
    default:
      return refus.message;
  }
}
