import { zonedParts } from "../calendar";

// "Date de naissance * Exemple : 30/05/1998" [C:CF]: a real calendar date, in the past, giving an
// age a candidate can have. 14 and 100 are the portal's bounds (no minimum age is written in the
// notices; 14 lets a pupil finishing collège sit a CAP).
export const AGE_MIN = 14;
export const AGE_MAX = 100;
/** Birthdays and ages are counted on the calendar of metropolitan France. */
export const BIRTH_DATE_ZONE = "Europe/Paris";

export type CalendarDate = { year: number; month: number; day: number };

export type BirthDateProblem = "format" | "inexistante" | "future" | "trop-jeune" | "trop-age";
export type BirthDateCheck = { ok: true; date: CalendarDate; age: number } | { ok: false; problem: BirthDateProblem };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isRealDate(d: CalendarDate): boolean {
  return (
    Number.isInteger(d.year) && Number.isInteger(d.month) && Number.isInteger(d.day) &&
    d.year >= 1 && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month)
  );
}

/**
 * "30/05/1998", also "30-05-1998", "30.05.1998", "3/5/1998" and the "1998-05-30" a date picker
 * sends. Returns the fields even for 31/02 (isRealDate says no), or null when it is not a date shape.
 */
export function parseDateFr(text: string): CalendarDate | null {
  const t = text.trim();
  const fr = /^(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})$/.exec(t);
  if (fr) return { day: Number(fr[1]), month: Number(fr[2]), year: Number(fr[3]) };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  return null;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Completed years on `today` (someone born on 29 February has a birthday on 1 March in other years). */
export function ageOn(birth: CalendarDate, today: CalendarDate): number {
  const hadBirthday = today.month > birth.month || (today.month === birth.month && today.day >= birth.day);
  return today.year - birth.year - (hadBirthday ? 0 : 1);
}

export function checkBirthDate(text: string, today: CalendarDate): BirthDateCheck {
  const date = parseDateFr(text);
  if (!date) return { ok: false, problem: "format" };
  if (!isRealDate(date)) return { ok: false, problem: "inexistante" };
  if (compareDates(date, today) >= 0) return { ok: false, problem: "future" };
  const age = ageOn(date, today);
  if (age < AGE_MIN) return { ok: false, problem: "trop-jeune" };
  if (age > AGE_MAX) return { ok: false, problem: "trop-age" };
  return { ok: true, date, age };
}

/** The calendar date of `instant` in France (the "today" of the age rule). */
export function todayIn(instant: Date, zone = BIRTH_DATE_ZONE): CalendarDate {
  const p = zonedParts(instant, zone);
  return { year: p.year, month: p.month, day: p.day };
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** { 1998, 5, 30 } → "30/05/1998". */
export function formatCalendarDate(d: CalendarDate): string {
  return `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
}

/** For a @db.Date column: UTC midnight of that day. */
export function calendarDateToUtc(d: CalendarDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

/** A @db.Date value (UTC midnight) back to its calendar date. */
export function utcToCalendarDate(date: Date): CalendarDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
