/**
 * Dates as whole days since 1970-01-01 (UTC), so arithmetic is exact and free of time zones.
 * Reading follows the format: 2026-12-01, 01/12/2026 (UK order), 1 Dec 2026, 1 December 2026.
 */

export type Day = number;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = MONTHS.map((m) => m[0].toUpperCase() + m.slice(1));

export function dayFromParts(year: number, month: number, day: number): Day | undefined {
  if (!Number.isInteger(year) || year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return Math.round(ms / 86400000);
}

/** The calendar day of a moment, in the machine's own time zone (the day a practitioner sees). */
export function dayOfDate(d: Date): Day {
  return dayFromParts(d.getFullYear(), d.getMonth() + 1, d.getDate())!;
}

/** Today, from the clock: the one place the tool asks; everything else has "today" passed in. */
export function todayFromClock(): Day {
  return dayOfDate(new Date());
}

export function partsOf(day: Day): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(day * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

export function toIso(day: Day): string {
  const p = partsOf(day);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** "23 October 2026", the form used in messages. */
export function toLong(day: Day): string {
  const p = partsOf(day);
  return `${p.day} ${MONTH_NAMES[p.month - 1]} ${p.year}`;
}

/** A month's number from its name, in full or shortened to three letters (or "Sept"), any case, with or without a dot. */
export function monthNumber(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m === n || (n.length >= 3 && m.startsWith(n) && (n.length === 3 || n === 'sept')));
  return i >= 0 ? i + 1 : undefined;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/;
const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d])/;
const LONG = /^(\d{1,2})\s+([A-Za-z]{3,9}\.?)\s+(\d{4})(?![\d])/;

/** Reads a date at the start of `text` (after spaces). Returns undefined when it does not start with one. */
export function parseDateAtStart(text: string): Day | undefined {
  const t = text.trim();
  let m = ISO.exec(t);
  if (m) return dayFromParts(+m[1], +m[2], +m[3]);
  m = UK.exec(t);
  if (m) return dayFromParts(+m[3], +m[2], +m[1]);
  m = LONG.exec(t);
  if (m) {
    const month = monthNumber(m[2]);
    return month ? dayFromParts(+m[3], month, +m[1]) : undefined;
  }
  return undefined;
}

/** Reads a whole value as a date: the date may be followed only by punctuation or spaces. */
export function parseDate(text: string): Day | undefined {
  const t = text.trim();
  const day = parseDateAtStart(t);
  if (day === undefined) return undefined;
  const rest = t.replace(ISO, '').replace(UK, '').replace(LONG, '');
  return /^[\s.,;]*$/.test(rest) ? day : undefined;
}

/** A YAML value for `date:`/`icpc:`: the YAML parser may already have made it a Date. */
export function dateFromYaml(value: unknown): Day | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return dayFromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'string') return parseDate(value);
  return undefined;
}

export type Timescale =
  | { kind: 'date'; day: Day }
  | { kind: 'next-meeting' }
  | { kind: 'unmeasurable'; text: string }
  | { kind: 'empty' };

/** A Due cell: a date, "next core group" / "next meeting", or something that cannot be measured. */
export function parseTimescale(cell: string): Timescale {
  const t = cell.trim();
  if (t === '' || t === '-' || t === '–') return { kind: 'empty' };
  const day = parseDateAtStart(t);
  if (day !== undefined) return { kind: 'date', day };
  if (/^(by\s+(the\s+)?)?next\s+(core\s+group|meeting)\b/i.test(t)) return { kind: 'next-meeting' };
  return { kind: 'unmeasurable', text: t };
}

/** The first date written anywhere in `text` (e.g. "15 October 2026, 10am, at school"). */
export function findFirstDate(text: string): Day | undefined {
  for (const m of text.matchAll(/\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}/g)) {
    const d = parseDateAtStart(m[0]);
    if (d !== undefined) return d;
  }
  return undefined;
}
