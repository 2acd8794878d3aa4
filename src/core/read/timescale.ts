/**
 * Due dates and timescales as written in England (real-minutes.md, principle 6): dates through
 * chrono-node's en-GB parser (12/01/2026, 12.01.2026, 12-01-26, 12th January 2026, Mon 12 Jan, end
 * of January, within two weeks), with what it does not know added here: "w/c 12/01/2026" (that
 * week, so due by its Friday), a month alone (its last day), "by next core group", a recurring
 * timescale (weekly, every Wednesday, daily until the review: measurable, never a single date) and
 * the lexicon's unmeasurable words (ongoing, asap, tbc, as and when).
 *
 * A date written without its year takes the year that puts it nearest the reference day (the
 * meeting that set the action), looking forward for a new action.
 */
import * as chrono from 'chrono-node/en';
import { Day, dayFromParts, monthNumber, partsOf } from '../dates';
import { containsWords, Lexicon, plainWords, startsWithWords } from './lexicon';

export type Timescale =
  | { kind: 'date'; day: Day }
  | { kind: 'next-meeting' }
  | { kind: 'review-conference' }
  | { kind: 'recurring'; text: string }
  | { kind: 'unmeasurable'; text: string }
  | { kind: 'empty' };

const EMPTY = /^[\s\-–—?.…x*_]*$/i;
const WEEK_COMMENCING = /\b(?:w\/c|wc|w\.c\.|week commencing|week beginning|w\/b|week of)\s*/i;
const MONTH_ONLY = /^(?:(?:by|before|end of|the end of|during|in)\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?:\s+(\d{4}))?$/i;
const TODAY_WORDS = /^(?:immediately|today|same day|straight away|at once|this week|now)\b/i;

function lastDayOfMonth(year: number, month: number): Day {
  return (month === 12 ? dayFromParts(year + 1, 1, 1)! : dayFromParts(year, month + 1, 1)!) - 1;
}

/** The year for a day and month written without one: nearest the reference, or on or after it (a week's grace) when `forward`. */
function withYear(month: number, day: number, ref: Day, forward: boolean): Day | undefined {
  const y = partsOf(ref).year;
  const options = [y - 1, y, y + 1].map((yy) => dayFromParts(yy, month, day)).filter((d): d is Day => d !== undefined);
  const fits = forward ? options.filter((d) => d >= ref - 7) : options;
  const pool = fits.length > 0 ? fits : options;
  return pool.sort((a, b) => Math.abs(a - ref) - Math.abs(b - ref))[0];
}

const GB = chrono.GB;

function chronoDay(text: string, ref: Day, forward: boolean): Day | undefined {
  const p = partsOf(ref);
  const results = GB.parse(text, { instant: new Date(Date.UTC(p.year, p.month - 1, p.day, 12)), timezone: 0 }, { forwardDate: forward });
  const r = results[0];
  if (!r) return undefined;
  const s = r.start;
  const month = s.get('month');
  const day = s.get('day');
  if (!month || !day) return undefined;
  if (!s.isCertain('day') && !s.isCertain('weekday') && s.isCertain('month')) {
    // "September 2026": the month, so due by its end.
    return lastDayOfMonth(s.isCertain('year') ? s.get('year')! : partsOf(withYear(month, 1, ref, forward)!).year, month);
  }
  if (s.isCertain('year')) return dayFromParts(s.get('year')!, month, day);
  if (s.isCertain('month')) return withYear(month, day, ref, forward);
  // Relative ("within two weeks", "next Friday"): chrono computed it from the reference.
  return dayFromParts(s.get('year')!, month, day);
}

const memo = new Map<string, Timescale>();

/**
 * Reads a Due cell (or the due part of an action written as a list item). `ref` is the day the
 * action was set (a meeting date); `forward` prefers dates after it (a new action's due date).
 */
export function readTimescale(cell: string, lex: Lexicon, ref: Day | undefined, forward = true): Timescale {
  const text = cell.replace(/<!--[\s\S]*?-->/g, ' ').replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();
  if (EMPTY.test(text)) return { kind: 'empty' };
  const key = `${text}\u0000${ref ?? ''}\u0000${forward}`;
  const hit = memo.get(key);
  if (hit) return hit;
  // A memo of a pure result (docs/contributing.md, "Caches in the core"): frozen, as nothing changes it.
  const t = Object.freeze(compute(text, lex, ref, forward));
  if (memo.size > 20_000) memo.clear();
  memo.set(key, t);
  return t;
}

function compute(text: string, lex: Lexicon, ref: Day | undefined, forward: boolean): Timescale {
  const words = plainWords(text);
  if (lex.placeholders.has(text.toLowerCase()) && !lex.unmeasurable.some((u) => startsWithWords(words, u))) return { kind: 'empty' };
  if (lex.recurring.some((r) => containsWords(words, r))) return { kind: 'recurring', text };
  if (lex.unmeasurable.some((u) => u.length === words.length && startsWithWords(words, u))) return { kind: 'unmeasurable', text };
  const base = ref ?? dayFromParts(2000, 1, 1)!;
  const month = MONTH_ONLY.exec(text);
  if (month) {
    const m = monthNumber(month[1])!; // MONTH_ONLY lets only month names through
    const year = month[2] ? +month[2] : partsOf(withYear(m, 1, base, forward)!).year;
    return { kind: 'date', day: lastDayOfMonth(year, m) };
  }
  if (ref !== undefined && TODAY_WORDS.test(text)) return { kind: 'date', day: ref };
  const wc = WEEK_COMMENCING.exec(text);
  const day = chronoDay(wc ? text.slice(wc.index + wc[0].length) : text, base, forward);
  if (day !== undefined && (ref !== undefined || /\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}/.test(text))) return { kind: 'date', day: wc ? day + 4 : day };
  if (lex.nextMeeting.some((n) => containsWords(words, n))) return { kind: 'next-meeting' };
  if (lex.nextReview.some((n) => containsWords(words, n))) return { kind: 'review-conference' };
  return { kind: 'unmeasurable', text };
}

/** Whether a timescale can be measured (SMART's "time-bound"). */
export function isMeasurable(t: Timescale): boolean {
  return t.kind === 'date' || t.kind === 'next-meeting' || t.kind === 'recurring' || t.kind === 'review-conference';
}
