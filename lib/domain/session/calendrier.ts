// A session's calendar as an académie types it [issue 10 §1]: every instant in the académie's own
// local time ("2023-11-06T10:00"), checked on the server — each one must exist on that day in that
// zone (not in the hour skipped or repeated at a change of hour), closings after openings, the
// deposit of pieces after the registration — and read back in words. Pure.
import { formatInstantFr, formatWindowFr, localToInstant } from "../calendar";
import { zoneLabel } from "../zones";

export const CHAMPS_CALENDRIER = ["inscriptionOuverture", "inscriptionCloture", "depotOuverture", "depotCloture", "confirmationLimite", "epsDate"] as const;
export type ChampCalendrier = (typeof CHAMPS_CALENDRIER)[number];

export const LIBELLES_CALENDRIER: Record<ChampCalendrier, string> = {
  inscriptionOuverture: "Ouverture des inscriptions",
  inscriptionCloture: "Clôture des inscriptions",
  depotOuverture: "Ouverture du dépôt des pièces",
  depotCloture: "Clôture du dépôt des pièces",
  confirmationLimite: "Date limite de retour de la confirmation d’inscription",
  epsDate: "Date de l’épreuve d’EPS",
};

/** Local wall-clock strings as typed; the optional ones may be empty. */
export type CalendrierSaisi = Record<ChampCalendrier, string>;
export type CalendrierInstants = { inscriptionOuverture: Date; inscriptionCloture: Date } & Partial<Record<Exclude<ChampCalendrier, "inscriptionOuverture" | "inscriptionCloture">, Date>>;

export type ResultatCalendrier = { ok: true; instants: CalendrierInstants } | { ok: false; fieldErrors: Partial<Record<ChampCalendrier, string>> };

const OBLIGATOIRES: readonly ChampCalendrier[] = ["inscriptionOuverture", "inscriptionCloture"];
const NBSP = "\u00a0";

/**
 * Checks a typed calendar in `zone` and turns it into instants, or says beside each field what is
 * wrong, in French: a missing date, a time that does not exist or exists twice that day (with the
 * change of hour named), a closing not after its opening, a deposit before the registration.
 */
export function validerCalendrier(saisi: Partial<CalendrierSaisi>, zone: string): ResultatCalendrier {
  const fieldErrors: Partial<Record<ChampCalendrier, string>> = {};
  const instants: Partial<Record<ChampCalendrier, Date>> = {};
  for (const champ of CHAMPS_CALENDRIER) {
    const texte = (saisi[champ] ?? "").trim();
    if (texte === "") {
      if (OBLIGATOIRES.includes(champ)) fieldErrors[champ] = `Saisissez la date et l’heure (${LIBELLES_CALENDRIER[champ].toLowerCase()}).`;
      continue;
    }
    const lu = localToInstant(texte, zone);
    if (lu.ok) instants[champ] = lu.instant;
    else fieldErrors[champ] = lu.message;
  }
  const apres = (champ: ChampCalendrier, reference: ChampCalendrier, message: string, strict = true) => {
    const a = instants[champ];
    const b = instants[reference];
    if (!a || !b || fieldErrors[champ]) return;
    if (strict ? a.getTime() <= b.getTime() : a.getTime() < b.getTime()) fieldErrors[champ] = message;
  };
  apres("inscriptionCloture", "inscriptionOuverture", "La clôture des inscriptions doit être postérieure à leur ouverture.");
  if (instants.depotOuverture && !instants.depotCloture && !fieldErrors.depotCloture)
    fieldErrors.depotCloture = `Saisissez aussi la clôture du dépôt des pièces${NBSP}: un dépôt ouvert doit se fermer.`;
  if (instants.depotCloture && !instants.depotOuverture && !fieldErrors.depotOuverture)
    fieldErrors.depotOuverture = `Saisissez aussi l’ouverture du dépôt des pièces.`;
  apres("depotOuverture", "inscriptionOuverture", "Le dépôt des pièces ne peut pas ouvrir avant les inscriptions.", false);
  apres("depotCloture", "depotOuverture", "La clôture du dépôt des pièces doit être postérieure à son ouverture.");
  apres("depotCloture", "inscriptionCloture", "Le dépôt des pièces ne peut pas fermer avant la clôture des inscriptions.", false);
  apres("confirmationLimite", "inscriptionCloture", "La confirmation d’inscription ne peut pas être attendue avant la clôture des inscriptions.", false);
  apres("epsDate", "inscriptionCloture", "L’épreuve d’EPS a lieu après la clôture des inscriptions.");
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, instants: instants as CalendrierInstants };
}

/** The calendar in words, as the session page and the admin's preview show it. */
export function calendrierEnMots(instants: CalendrierInstants, zone: string): { libelle: string; texte: string }[] {
  const lignes = [
    { libelle: "Inscriptions", texte: formatWindowFr({ opensAt: instants.inscriptionOuverture, closesAt: instants.inscriptionCloture }, zone) },
  ];
  if (instants.depotOuverture && instants.depotCloture)
    lignes.push({ libelle: "Dépôt des pièces", texte: formatWindowFr({ opensAt: instants.depotOuverture, closesAt: instants.depotCloture }, zone) });
  if (instants.confirmationLimite) lignes.push({ libelle: "Confirmation d’inscription", texte: `au plus tard le ${formatInstantFr(instants.confirmationLimite, zone)}, ${zoneLabel(zone)}` });
  if (instants.epsDate) lignes.push({ libelle: "Épreuve d’EPS", texte: `le ${formatInstantFr(instants.epsDate, zone)}, ${zoneLabel(zone)}` });
  return lignes;
}
