/**
 * Working days in England and Wales: weekdays that are not bank holidays. Bank holidays are
 * computed from their rules (the Easter computus, substitute days when a holiday falls at a
 * weekend), plus one-off extra days from config (a coronation, a state funeral).
 */
import { Day, dayFromParts, partsOf } from './dates';

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromParts(year, month, day)!;
}

function firstWeekdayOnOrAfter(year: number, month: number, date: number, weekday: number): Day {
  const start = dayFromParts(year, month, date)!;
  return start + ((weekday - partsOf(start).weekday + 7) % 7);
}

function lastWeekdayOfMonth(year: number, month: number, weekday: number): Day {
  const last = (month === 12 ? dayFromParts(year + 1, 1, 1)! : dayFromParts(year, month + 1, 1)!) - 1;
  return last - ((partsOf(last).weekday - weekday + 7) % 7);
}

const MONDAY = 1;
const cache = new Map<number, Day[]>();

/** The England and Wales bank holidays of a year, by rule. */
export function bankHolidays(year: number): Day[] {
  const hit = cache.get(year);
  if (hit) return hit;
  const days: Day[] = [];
  // New Year's Day, substituted to the Monday when it falls at a weekend.
  const ny = dayFromParts(year, 1, 1)!;
  const nyw = partsOf(ny).weekday;
  days.push(nyw === 6 ? ny + 2 : nyw === 0 ? ny + 1 : ny);
  const easter = easterSunday(year);
  days.push(easter - 2, easter + 1); // Good Friday, Easter Monday
  days.push(firstWeekdayOnOrAfter(year, 5, 1, MONDAY)); // Early May bank holiday
  days.push(lastWeekdayOfMonth(year, 5, MONDAY)); // Spring bank holiday
  days.push(lastWeekdayOfMonth(year, 8, MONDAY)); // Summer bank holiday
  // Christmas Day and Boxing Day, with substitutes on the following weekdays.
  const xmas = dayFromParts(year, 12, 25)!;
  const xw = partsOf(xmas).weekday;
  if (xw === 5) days.push(xmas, xmas + 3); // Fri, Boxing Day Sat -> Mon
  else if (xw === 6) days.push(xmas + 2, xmas + 3); // Sat -> Mon, Sun -> Tue
  else if (xw === 0) days.push(xmas + 2, xmas + 1); // Sun -> Tue, Boxing Day Mon
  else days.push(xmas, xmas + 1);
  days.sort((a, b) => a - b);
  cache.set(year, days);
  return days;
}

export class WorkingCalendar {
  private readonly extra: Set<Day>;

  constructor(extraHolidays: Day[] = []) {
    this.extra = new Set(extraHolidays);
  }

  isWorkingDay(day: Day): boolean {
    const p = partsOf(day);
    if (p.weekday === 0 || p.weekday === 6) return false;
    if (this.extra.has(day)) return false;
    return !bankHolidays(p.year).includes(day);
  }

  /** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
  workingDaysBetween(from: Day, to: Day): number {
    let n = 0;
    // Bounded: dates are limited to 1900-2200 by the parser, so this loop ends.
    for (let d = from + 1; d <= to; d++) if (this.isWorkingDay(d)) n++;
    return n;
  }
}
