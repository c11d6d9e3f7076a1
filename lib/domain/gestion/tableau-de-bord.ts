// The back office's dashboard [issue 9 §1]: which days the registrations chart covers, in the
// académie's zone, the chart's scale, and which sessions' deposit deadline is near. Pure: the SQL
// is in lib/server/gestion/tableau-de-bord.ts.
import { localToInstant, zonedParts, type Window } from "../calendar";
import { addDaysLocal } from "../data/sessions";

const DAY_MS = 24 * 60 * 60 * 1000;
const pad2 = (n: number) => String(n).padStart(2, "0");

/** Days the registrations chart shows. */
export const JOURS_GRAPHIQUE = 30;
/** A deposit deadline this close (days ahead) puts the session in "dossiers incomplets". */
export const ECHEANCE_AVANT_JOURS = 14;
/** …and it stays there this long after the deadline, while incomplete dossiers are annulled. */
export const ECHEANCE_APRES_JOURS = 30;

/** The local calendar day ("2026-10-25") of an instant in a zone. */
export function jourLocal(instant: Date, zone: string): string {
  const p = zonedParts(instant, zone);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** The instant a local day starts in a zone (its first existing minute, should midnight be skipped). */
export function debutDuJour(jour: string, zone: string): Date {
  for (let heure = 0; heure < 24; heure++) {
    const r = localToInstant(`${jour}T${pad2(heure)}:00`, zone);
    if (r.ok) return r.instant;
    // A midnight that happens twice (clocks going back across it): its first occurrence, at the
    // offset the zone had the day before.
    if (r.code === "AMBIGUE") {
      const mur = Date.parse(`${jour}T${pad2(heure)}:00:00Z`);
      const veille = new Date(mur - DAY_MS);
      const p = zonedParts(veille, zone);
      const decalage = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - veille.getTime();
      return new Date(mur - decalage);
    }
  }
  throw new RangeError(`Jour invalide : ${jour}`);
}

/** Every local day from `debut` to `fin` included, by calendar date (a 23- or 25-hour day is one day). */
export function joursEntre(debut: string, fin: string): string[] {
  const jours: string[] = [];
  for (let jour = debut; jour <= fin && jours.length <= 366; jour = addDaysLocal(jour, 1)) jours.push(jour);
  return jours;
}

/** The days the chart covers and the instants that bound them, for the SQL (from inclusive, to exclusive). */
export type Periode = { jours: string[]; depuis: Date; jusqua: Date };

/**
 * The last JOURS_GRAPHIQUE days of registration: up to today, or up to the last closing day when
 * every window that has opened is already closed; never before the first window's opening day.
 */
export function periodeGraphique(now: Date, zone: string, fenetres: readonly Window[], nbJours = JOURS_GRAPHIQUE): Periode {
  const ouvertes = fenetres.filter((f) => f.opensAt.getTime() <= now.getTime());
  const derniere = ouvertes.length ? Math.max(...ouvertes.map((f) => f.closesAt.getTime())) : null;
  // closesAt is exclusive: a window closing at midnight ends on the day before.
  const fin = jourLocal(derniere !== null && derniere <= now.getTime() ? new Date(derniere - 1) : now, zone);
  let debut = addDaysLocal(fin, -(nbJours - 1));
  if (ouvertes.length) {
    const premiere = jourLocal(new Date(Math.min(...ouvertes.map((f) => f.opensAt.getTime()))), zone);
    if (premiere > debut && premiere <= fin) debut = premiere;
  }
  return { jours: joursEntre(debut, fin), depuis: debutDuJour(debut, zone), jusqua: debutDuJour(addDaysLocal(fin, 1), zone) };
}

/** One count per day of the period, 0 where the database had none. */
export function serieParJour(jours: readonly string[], comptes: readonly { jour: string; nombre: number }[]): { jour: string; nombre: number }[] {
  const parJour = new Map<string, number>();
  for (const c of comptes) parJour.set(c.jour, (parJour.get(c.jour) ?? 0) + c.nombre);
  return jours.map((jour) => ({ jour, nombre: parJour.get(jour) ?? 0 }));
}

/**
 * The chart's vertical scale: a round top (1, 2 or 5 × 10ⁿ steps) at or above the largest count,
 * and its graduations from 0. At least 1, so that an empty chart still has an axis.
 */
export function echelle(max: number, graduationsVoulues = 4): { haut: number; graduations: number[] } {
  const m = Math.max(1, Math.ceil(max));
  const brut = m / graduationsVoulues;
  const puissance = 10 ** Math.floor(Math.log10(brut));
  const pas = Math.max(1, [1, 2, 5, 10].map((f) => f * puissance).find((p) => p >= brut) ?? 10 * puissance);
  const haut = Math.ceil(m / pas) * pas;
  const graduations: number[] = [];
  for (let v = 0; v <= haut; v += pas) graduations.push(v);
  return { haut, graduations };
}

/** The height of a bar for `valeur` on a chart of `hauteur` units whose top is `haut`. */
export function hauteurBarre(valeur: number, haut: number, hauteur: number): number {
  if (valeur <= 0 || haut <= 0) return 0;
  return Math.max(1, (Math.min(valeur, haut) / haut) * hauteur);
}

/** "25/10": a day's short label on the chart's axis. */
export function jourCourt(jour: string): string {
  return `${jour.slice(8, 10)}/${jour.slice(5, 7)}`;
}

/** The deposit deadline of a session: the pieces' own window when it has one, else the registrations'. */
export function echeanceDepot(session: { depotCloture: Date | null; inscriptionCloture: Date }): Date {
  return session.depotCloture ?? session.inscriptionCloture;
}

/** Whether a deadline is within ECHEANCE_AVANT_JOURS ahead or ECHEANCE_APRES_JOURS behind `now`. */
export function echeanceProche(echeance: Date, now: Date, { avant = ECHEANCE_AVANT_JOURS, apres = ECHEANCE_APRES_JOURS } = {}): boolean {
  const ecart = echeance.getTime() - now.getTime();
  return ecart <= avant * DAY_MS && ecart > -apres * DAY_MS;
}
