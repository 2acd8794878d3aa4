/**
 * Periods: which minutes a report measures (those whose meeting date falls in it; earlier minutes
 * still serve as their series, since every file is analysed with its whole series before the
 * period is applied), the months and quarters of a trend, and the draft rule with the audit's today.
 */
import type { FileSummary, Period } from './model';

export const ALL: Period = { label: 'all' };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const isIso = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s + 'T00:00:00Z')) && new Date(s + 'T00:00:00Z').toISOString().startsWith(s);

export function monthPeriod(y: number, m: number): Period {
  return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDay(y, m))}`, label: `${y}-${pad(m)}` };
}

export function quarterPeriod(y: number, q: number): Period {
  const m = 3 * (q - 1) + 1;
  return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m + 2)}-${pad(lastDay(y, m + 2))}`, label: `${y}-Q${q}` };
}

export interface PeriodRequest {
  from?: string;
  to?: string;
  quarter?: string;
  month?: string;
}

export type PeriodProblem = { kind: 'bad-date'; option: 'from' | 'to'; value: string } | { kind: 'bad-quarter' | 'bad-month'; value: string } | { kind: 'conflict' } | { kind: 'reversed' };

/** The period asked for, or what is wrong with the request; no option at all is every date. */
export function periodOf(req: PeriodRequest): { period: Period } | { problem: PeriodProblem } {
  const named = [req.quarter, req.month].filter((x) => x !== undefined).length;
  if (named > 1 || (named === 1 && (req.from !== undefined || req.to !== undefined))) return { problem: { kind: 'conflict' } };
  if (req.quarter !== undefined) {
    const q = /^(\d{4})-?Q([1-4])$/i.exec(req.quarter.trim());
    return q ? { period: quarterPeriod(+q[1], +q[2]) } : { problem: { kind: 'bad-quarter', value: req.quarter } };
  }
  if (req.month !== undefined) {
    const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(req.month.trim());
    return m ? { period: monthPeriod(+m[1], +m[2]) } : { problem: { kind: 'bad-month', value: req.month } };
  }
  for (const option of ['from', 'to'] as const) {
    const v = req[option];
    if (v !== undefined && !isIso(v)) return { problem: { kind: 'bad-date', option, value: v } };
  }
  if (req.from === undefined && req.to === undefined) return { period: ALL };
  if (req.from !== undefined && req.to !== undefined && req.from > req.to) return { problem: { kind: 'reversed' } };
  return { period: { from: req.from, to: req.to, label: `${req.from ?? '…'} to ${req.to ?? '…'}` } };
}

/** The quarter before the one holding `today` (ISO): the editor's default. */
export function lastQuarter(today: string): Period {
  const y = +today.slice(0, 4);
  const q = Math.floor((+today.slice(5, 7) - 1) / 3) + 1;
  return q === 1 ? quarterPeriod(y - 1, 4) : quarterPeriod(y, q - 1);
}

export type PeriodChoice = 'last-quarter' | 'this-quarter' | 'last-month' | 'last-year' | 'all';

/**
 * The periods the editor's picker offers, in its order: the first, last quarter, is the default.
 * This quarter runs to `today`; the last twelve months are the 365 (or 366) days ending on `today`.
 */
export function periodChoices(today: string): { choice: PeriodChoice; period: Period }[] {
  const y = +today.slice(0, 4);
  const m = +today.slice(5, 7);
  const d = +today.slice(8, 10);
  const q = quarterPeriod(y, Math.floor((m - 1) / 3) + 1);
  const lastMonth = m === 1 ? monthPeriod(y - 1, 12) : monthPeriod(y, m - 1);
  // The day after the same date a year before (29 February: after 28 February).
  const start = new Date(Date.UTC(y - 1, m - 1, Math.min(d, lastDay(y - 1, m)) + 1)).toISOString().slice(0, 10);
  return [
    { choice: 'last-quarter', period: lastQuarter(today) },
    { choice: 'this-quarter', period: { from: q.from, to: today, label: `${q.from} to ${today}` } },
    { choice: 'last-month', period: lastMonth },
    { choice: 'last-year', period: { from: start, to: today, label: `${start} to ${today}` } },
    { choice: 'all', period: ALL },
  ];
}

export function isBounded(p: Period): boolean {
  return p.from !== undefined || p.to !== undefined;
}

/** Whether minutes fall in the period; without a bound, every set of minutes does, dated or not. */
export function inPeriod(s: Pick<FileSummary, 'date'>, p: Period): boolean {
  if (!isBounded(p)) return true;
  return s.date !== undefined && (p.from === undefined || s.date >= p.from) && (p.to === undefined || s.date <= p.to);
}

/** Drafts are not minutes yet (real-minutes.md, principle 9): `status: draft`, or dated after the audit's today. */
export function isDraftSummary(s: Pick<FileSummary, 'status' | 'date'>, today: string): boolean {
  return s.status === 'draft' || (s.date !== undefined && s.date > today);
}

/** Every month or quarter from the earliest date to the latest, in order (none without dates). */
export function periodsBetween(by: 'month' | 'quarter', first: string | undefined, last: string | undefined): Period[] {
  if (first === undefined || last === undefined) return [];
  const out: Period[] = [];
  let y = +first.slice(0, 4);
  const step = by === 'month' ? 1 : 3;
  let m = by === 'month' ? +first.slice(5, 7) : 3 * Math.floor((+first.slice(5, 7) - 1) / 3) + 1;
  for (;;) {
    const p = by === 'month' ? monthPeriod(y, m) : quarterPeriod(y, (m + 2) / 3);
    if (p.from! > last) break;
    out.push(p);
    m += step;
    if (m > 12) {
      m -= 12;
      y++;
    }
  }
  return out;
}
