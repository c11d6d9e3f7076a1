// Extending a deadline after an outage [issue 10 §4] (Parcoursup and Cyclades deadlines have been
// pushed back by hours at peaks): a recorded decision — which deadline, from when to when, why —
// typed in the académie's local time, that only ever moves a deadline later. Pure.
import { formatInstantFr, localToInstant } from "../calendar";
import { fr } from "../typographie";
import { zoneLabel } from "../zones";

export const ECHEANCES = ["inscriptionCloture", "depotCloture", "confirmationLimite"] as const;
export type Echeance = (typeof ECHEANCES)[number];
export const LIBELLES_ECHEANCES: Record<Echeance, string> = {
  inscriptionCloture: "la clôture des inscriptions",
  depotCloture: "la clôture du dépôt des pièces",
  confirmationLimite: "la date limite de la confirmation d’inscription",
};

export const MOTIF_MIN = 10;
export const MOTIF_MAX = 500;

export type DemandeProlongation = { echeance: Echeance; actuelle: Date | null; nouvelleLocal: string; motif: string; zone: string };
export type DecisionProlongation =
  | { ok: true; nouvelle: Date; motif: string }
  | { ok: false; fieldErrors: Partial<Record<"nouvelleLocal" | "motif" | "echeance", string>> };

/** A later deadline for a session, or why not, beside the field. */
export function deciderProlongation({ echeance, actuelle, nouvelleLocal, motif, zone }: DemandeProlongation): DecisionProlongation {
  const fieldErrors: Partial<Record<"nouvelleLocal" | "motif" | "echeance", string>> = {};
  const raison = motif.replace(/\s+/g, " ").trim();
  if ([...raison].length < MOTIF_MIN) fieldErrors.motif = fr`Indiquez la raison de la prolongation (au moins ${MOTIF_MIN} caractères) : elle est affichée aux candidats et conservée.`;
  else if ([...raison].length > MOTIF_MAX) fieldErrors.motif = `La raison compte au plus ${MOTIF_MAX} caractères.`;
  if (!actuelle) fieldErrors.echeance = fr`Cette session n'a pas de date pour ${LIBELLES_ECHEANCES[echeance]} : fixez-la dans son calendrier.`;
  const lue = localToInstant(nouvelleLocal, zone);
  if (!lue.ok) fieldErrors.nouvelleLocal = lue.message;
  else if (actuelle && lue.instant.getTime() <= actuelle.getTime())
    fieldErrors.nouvelleLocal = fr`Une prolongation repousse l'échéance : choisissez une date postérieure au ${formatInstantFr(actuelle, zone)}, ${zoneLabel(zone)}.`;
  if (Object.keys(fieldErrors).length > 0 || !lue.ok) return { ok: false, fieldErrors };
  return { ok: true, nouvelle: lue.instant, motif: raison };
}

/** What candidates read on the session page and in the wizard's banner. */
export function annonceProlongation({ echeance, ancienne, nouvelle, motif, zone }: { echeance: Echeance; ancienne: Date; nouvelle: Date; motif: string; zone: string }): string {
  const quoi = LIBELLES_ECHEANCES[echeance];
  return fr`Date prolongée : ${quoi} est repoussée au ${formatInstantFr(nouvelle, zone)} (au lieu du ${formatInstantFr(ancienne, zone)}), ${zoneLabel(zone)}. Motif : ${motif}`;
}
