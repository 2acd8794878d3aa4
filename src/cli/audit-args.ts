/** `core-group audit`'s arguments -> AuditOptions: the format, the period, the comparison, the trend, the briefing. */
import { parseArgs } from 'node:util';
import { periodOf, PeriodProblem } from '../core/audit/period';
import type { Period } from '../core/audit/model';
import { cliMessages } from '../core/messages/cli';
import { UsageError } from './usage';

const M = cliMessages.audit;
export type AuditFormat = 'html' | 'md' | 'json' | 'docx';

export interface AuditArgs {
  folder: string;
  format: AuditFormat;
  out?: string;
  cache?: string;
  jobs?: number;
  period: Period;
  compare?: string;
  trend?: 'month' | 'quarter';
  briefing: boolean;
}

function formatFrom(value: string | undefined, out: string | undefined): AuditFormat {
  if (value !== undefined) {
    if (value === 'html' || value === 'md' || value === 'json' || value === 'docx') return value;
    if (value === 'markdown') return 'md';
    throw new UsageError(M.badFormat(value));
  }
  if (out && /\.html?$/i.test(out)) return 'html';
  if (out && /\.json$/i.test(out)) return 'json';
  if (out && /\.docx$/i.test(out)) return 'docx';
  return 'md';
}

function periodMessage(p: PeriodProblem): string {
  switch (p.kind) {
    case 'conflict': return M.periodConflict;
    case 'reversed': return M.periodReversed;
    case 'bad-date': return M.badDate(p.option, p.value);
    case 'bad-quarter': return M.badQuarter(p.value);
    case 'bad-month': return M.badMonth(p.value);
  }
}

export function parseAuditArgs(args: string[]): AuditArgs {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' }, out: { type: 'string' }, cache: { type: 'string' }, jobs: { type: 'string' },
      from: { type: 'string' }, to: { type: 'string' }, quarter: { type: 'string' }, month: { type: 'string' },
      compare: { type: 'string' }, trend: { type: 'string' }, briefing: { type: 'boolean' },
    },
  });
  if (positionals.length === 0) throw new UsageError(M.noFolder);
  if (positionals.length > 1) throw new UsageError(M.oneFolder);
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    if (!/^\d{1,3}$/.test(values.jobs)) throw new UsageError(M.badJobs(values.jobs));
    jobs = Number(values.jobs);
  }
  const briefing = values.briefing === true;
  let format = formatFrom(values.format, values.out);
  if (briefing) {
    if (values.format === undefined && format === 'md' && values.out === undefined) format = 'html';
    if (format !== 'html' && format !== 'docx') throw new UsageError(M.briefingFormat(values.format ?? values.out ?? format));
    if (format === 'docx' && values.out === undefined) throw new UsageError(M.docxNeedsOut);
  } else if (format === 'docx') throw new UsageError(M.docxOnlyBriefing);
  const p = periodOf({ from: values.from, to: values.to, quarter: values.quarter, month: values.month });
  if ('problem' in p) throw new UsageError(periodMessage(p.problem));
  let trend: AuditArgs['trend'];
  if (values.trend !== undefined) {
    if (values.trend !== 'month' && values.trend !== 'quarter') throw new UsageError(M.badTrend(values.trend));
    trend = values.trend;
  }
  return { folder: positionals[0], format, out: values.out, cache: values.cache, jobs, period: p.period, compare: values.compare, trend, briefing };
}
