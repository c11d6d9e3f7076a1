import { isKnownZone, zoneLabel, zoneLieu } from "./zones";

// Every conversion goes through Intl with an explicit zone, never through local-time Date getters,
// so results do not depend on the server's TZ. date-fns-tz 3.2 is not used: measured wrong at DST
// edges (getTimezoneOffset lags one hour after each change; fromZonedTime picks an ambiguous
// time's occurrence according to the process TZ).

export type LocalDateTime = { year: number; month: number; day: number; hour: number; minute: number; second: number };

export type Window = { opensAt: Date; closesAt: Date };
export type WindowState = "A_VENIR" | "OUVERTE" | "CLOSE";

export type LocalToInstantResult =
  | { ok: true; instant: Date }
  | { ok: false; code: "INVALIDE" | "INEXISTANTE" | "AMBIGUE"; message: string };

const NBSP = "\u00A0";
const JOURS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
const MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const DAY_MS = 24 * 60 * 60 * 1000;

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export function parseLocalDateTime(text: string): LocalDateTime | null {
  const m = LOCAL_PATTERN.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? "0")) as [number, number, number, number, number, number];
  // Date.UTC maps years 0–99 to 19xx; no exam deadline lives before year 1000.
  if (year < 1000 || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, hour, minute, second };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function wallClockMs(local: LocalDateTime): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    // hourCycle h23, not hour12: false, which gives "24" for midnight in some ICU versions.
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      numberingSystem: "latn",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Wall-clock fields of `instant` in `zone`. Throws RangeError on an unknown zone or invalid Date. */
export function zonedParts(instant: Date, zone: string): LocalDateTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) parts[part.type] = Number(part.value);
  const get = (type: string) => parts[type] ?? 0;
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

function offsetMs(zone: string, time: number): number {
  const wholeSecond = time - (((time % 1000) + 1000) % 1000);
  return wallClockMs(zonedParts(new Date(time), zone)) - wholeSecond;
}

function isValidZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

export function localToInstant(local: string, zone: string): LocalToInstantResult {
  if (local.trim() === "") return { ok: false, code: "INVALIDE", message: "Saisissez une date et une heure." };
  const parsed = parseLocalDateTime(local);
  if (!parsed) return { ok: false, code: "INVALIDE", message: "La date et l'heure saisies ne sont pas valides." };
  if (!isValidZone(zone)) return { ok: false, code: "INVALIDE", message: `Le fuseau horaire «${NBSP}${zone}${NBSP}» n'est pas reconnu.` };

  // An instant t shows this wall clock iff t + offset(t) = wall. Offsets a day either side cover
  // any DST change, so the matching candidates are exactly: none (gap), one, or two (overlap).
  const wall = wallClockMs(parsed);
  const offsets = new Set([offsetMs(zone, wall - DAY_MS), offsetMs(zone, wall), offsetMs(zone, wall + DAY_MS)]);
  const matches = [...offsets].map((offset) => wall - offset).filter((t) => offsetMs(zone, t) === wall - t);
  const candidates = [...new Set(matches)];

  const when = `le ${formatDayMonthYear(parsed)} ${zoneLieu(zone)}`;
  if (candidates.length === 0) {
    return { ok: false, code: "INEXISTANTE", message: `Cette heure n'existe pas ${when} (passage à l'heure d'été)${NBSP}: choisissez une autre heure.` };
  }
  if (candidates.length > 1) {
    return { ok: false, code: "AMBIGUE", message: `Cette heure existe deux fois ${when} (passage à l'heure d'hiver)${NBSP}: choisissez une autre heure.` };
  }
  return { ok: true, instant: new Date(candidates[0]!) };
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** "YYYY-MM-DDTHH:mm", the value an <input type="datetime-local"> expects. */
export function instantToLocal(instant: Date, zone: string): string {
  const p = zonedParts(instant, zone);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}T${pad2(p.hour)}:${pad2(p.minute)}`;
}

export function windowState(window: Window, now: Date): WindowState {
  const t = now.getTime();
  if (t < window.opensAt.getTime()) return "A_VENIR";
  // closesAt is exclusive: a window "jusqu'à 22 h 00" is closed at 22:00:00.000.
  if (t < window.closesAt.getTime()) return "OUVERTE";
  return "CLOSE";
}

export function isWindowOpen(window: Window, now: Date): boolean {
  return windowState(window, now) === "OUVERTE";
}

function formatDayMonthYear(p: { year: number; month: number; day: number }): string {
  return `${p.day === 1 ? "1er" : p.day} ${MOIS[p.month - 1]} ${p.year}`;
}

/**
 * "6 novembre 2023". A string is a calendar date "YYYY-MM-DD"; a Date is read in `zone`,
 * UTC by default because date-only columns (@db.Date) come back as UTC midnight.
 */
export function formatDateFr(date: Date | string, zone = "UTC"): string {
  if (typeof date === "string") {
    const parsed = parseLocalDateTime(`${date}T00:00`);
    if (!parsed) throw new RangeError(`Date invalide : ${date}`);
    return formatDayMonthYear(parsed);
  }
  return formatDayMonthYear(zonedParts(date, zone));
}

/** "lundi 6 novembre 2023": the local day of `instant` in `zone`, with its weekday. */
export function formatJourFr(instant: Date, zone: string): string {
  const p = zonedParts(instant, zone);
  return `${JOURS[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()]} ${formatDayMonthYear(p)}`;
}

/** "lundi 6 novembre 2023 à 10 h 00". */
export function formatInstantFr(instant: Date, zone: string): string {
  const p = zonedParts(instant, zone);
  // U+00A0 around "h" so "10 h 00" never wraps across lines.
  return `${formatJourFr(instant, zone)} à ${p.hour}${NBSP}h${NBSP}${pad2(p.minute)}`;
}

/** "du lundi 6 novembre 2023 à 10 h 00 au mercredi 6 décembre 2023 à 22 h 00, heure de Paris". */
export function formatWindowFr(window: Window, zone: string): string {
  return `du ${formatInstantFr(window.opensAt, zone)} au ${formatInstantFr(window.closesAt, zone)}, ${zoneLabel(zone)}`;
}

/** "06/11/2023 10:00 (heure de Paris)", compact for tables. */
export function formatDateTimeShortFr(instant: Date, zone: string): string {
  const p = zonedParts(instant, zone);
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year} ${pad2(p.hour)}:${pad2(p.minute)} (${zoneLabel(zone)})`;
}

/** "13/07/2018 à 17 h 36 (heure de Paris)": when a file was deposited, as Cyclades says it [C:CF]. */
export function formatDateHeureFr(instant: Date, zone: string): string {
  const p = zonedParts(instant, zone);
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year} à ${p.hour}${NBSP}h${NBSP}${pad2(p.minute)} (${zoneLabel(zone)})`;
}

export type WindowConfig = { opensLocal: string; closesLocal: string; zone: string };
export type WindowConfigErrors = Partial<Record<keyof WindowConfig, string[]>>;

export function validateWindowConfig(
  config: WindowConfig,
): { ok: true; window: Window } | { ok: false; fieldErrors: WindowConfigErrors } {
  if (!isKnownZone(config.zone)) {
    return { ok: false, fieldErrors: { zone: ["Choisissez un fuseau horaire dans la liste."] } };
  }
  const opens = localToInstant(config.opensLocal, config.zone);
  const closes = localToInstant(config.closesLocal, config.zone);
  const fieldErrors: WindowConfigErrors = {};
  if (!opens.ok) fieldErrors.opensLocal = [opens.message];
  if (!closes.ok) fieldErrors.closesLocal = [closes.message];
  if (!opens.ok || !closes.ok) return { ok: false, fieldErrors };
  if (closes.instant.getTime() <= opens.instant.getTime()) {
    return { ok: false, fieldErrors: { closesLocal: ["La clôture doit être postérieure à l'ouverture."] } };
  }
  return { ok: true, window: { opensAt: opens.instant, closesAt: closes.instant } };
}
