/**
 * Many FileSummaries -> the AuditReport: drafts left out (and counted), the period applied (earlier
 * minutes having already served as each file's series), the measures for the whole set and by area
 * and team, the most frequent findings, the children with overdue actions or drift, the files that
 * could not be audited, the unrecognised headings and columns, and with `trend` every measure per
 * month or quarter. Pure and deterministic: same summaries, same report.
 */
import { readWith } from './settings';
import { CHECKS } from '../checks';
import { auditText } from '../messages/audit';
import type { Dimension } from '../types';
import { byArea, byTeam, childrenOf, cmp, groupNames, groupsBy, GroupKey, measuresOf } from './measures';
import { AuditReport, ChildRow, FileSummary, FindingCount, Period, PROBLEM_KINDS, ProblemGroup, SCHEMA_VERSION, Trend, TrendSeries } from './model';
import { ALL, inPeriod, isBounded, isDraftSummary, periodsBetween } from './period';
import { unrecognisedOf } from './vocabulary';

const TOP_FINDINGS = 10;

export interface ReportOptions {
  folder: string;
  /** ISO date of the run: the audit's "today" (minutes dated after it are drafts). */
  generated: string;
  version: string;
  /** Only minutes whose meeting date falls in it are measured; default: every date. */
  period?: Period;
  trend?: 'month' | 'quarter';
}

function topFindings(minutes: readonly FileSummary[]): FindingCount[] {
  const by = new Map<string, { count: number; files: number; dimension: Dimension }>();
  for (const s of minutes) {
    const inFile = new Set<string>();
    for (const f of s.findings) {
      const e = by.get(f.code) ?? { count: 0, files: 0, dimension: f.dimension };
      e.count++;
      if (!inFile.has(f.code)) e.files++;
      inFile.add(f.code);
      by.set(f.code, e);
    }
  }
  return [...by.entries()]
    .map(([code, e]): FindingCount => {
      const check = CHECKS.find((c) => c.code === code);
      return { code, name: check?.name ?? code, description: check?.description ?? '', dimension: check?.dimension ?? e.dimension, count: e.count, files: e.files };
    })
    .sort((a, b) => b.count - a.count || b.files - a.files || cmp(a.code, b.code))
    .slice(0, TOP_FINDINGS);
}

function problemsOf(summaries: readonly FileSummary[]): ProblemGroup[] {
  const out: ProblemGroup[] = [];
  for (const kind of PROBLEM_KINDS) {
    const files = summaries.flatMap((s) => s.problems.filter((p) => p.kind === kind).map((p) => ({ path: s.path, subject: p.subject })));
    if (files.length > 0) out.push({ kind, summary: auditText.problems[kind](new Set(files.map((f) => f.path)).size), files });
  }
  return out;
}

/** The "impact we want to see" measures first, each keeping its order otherwise. */
function impactFirst<T extends { impact: boolean }>(xs: readonly T[]): T[] {
  return [...xs.filter((x) => x.impact), ...xs.filter((x) => !x.impact)];
}

function seriesOf(minutes: readonly FileSummary[], periods: readonly Period[]): TrendSeries[] {
  const per = periods.map((p) => {
    const mins = minutes.filter((s) => inPeriod(s, p));
    return measuresOf(mins, childrenOf(mins));
  });
  if (per.length === 0) return [];
  return impactFirst(per[0]).map((m0) => {
    const at = per.map((ms) => ms.find((m) => m.id === m0.id)!);
    return {
      id: m0.id, label: m0.label, short: m0.short, higherIsBetter: m0.higherIsBetter, impact: m0.impact,
      n: at.map((m) => m.n), N: at.map((m) => m.N), notAssessable: at.map((m) => m.notAssessable),
    };
  });
}

/** Every measure per month or quarter, from the first measured meeting to the last; each file was analysed once, for every period. */
export function trendOf(minutes: readonly FileSummary[], by: 'month' | 'quarter'): Trend {
  const dates = minutes.map((s) => s.date).filter((d): d is string => d !== undefined).sort();
  const periods = periodsBetween(by, dates[0], dates[dates.length - 1]);
  const groups = (key: GroupKey) =>
    groupNames(minutes, key).map((name) => ({ name, series: seriesOf(minutes.filter((s) => (key(s) ?? null) === name), periods) }));
  return {
    by, periods,
    minutes: periods.map((p) => minutes.filter((s) => inPeriod(s, p)).length),
    overall: seriesOf(minutes, periods),
    byArea: groups(byArea),
    byTeam: groups(byTeam),
  };
}

export function buildReport(all: readonly FileSummary[], opts: ReportOptions): AuditReport {
  const period = opts.period ?? ALL;
  const summaries = [...all].sort((a, b) => cmp(a.path, b.path));
  const allMinutes = summaries.filter((s) => s.isMinutes);
  const drafts = allMinutes.filter((s) => isDraftSummary(s, opts.generated));
  const final = allMinutes.filter((s) => !isDraftSummary(s, opts.generated));
  const minutes = final.filter((s) => inPeriod(s, period));
  const undated = isBounded(period) ? final.filter((s) => s.date === undefined).length : 0;
  const children = childrenOf(minutes);
  const rows: ChildRow[] = children
    .filter((c) => c.latest.overdue.length > 0 || c.latest.drift.length > 0)
    .map(({ latest: s }) => ({ child: s.child!, area: s.area ?? null, team: s.team ?? null, latest: s.path, date: s.date!, overdue: s.overdue, drift: s.drift }));
  const report: AuditReport = {
    kind: 'core-group-audit-report',
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'core-group', version: opts.version },
    folder: opts.folder,
    generated: opts.generated,
    period,
    settings: { today: opts.generated, drafts: 'left out', ...(opts.trend ? { trend: opts.trend } : {}), readWith: readWith(minutes) },
    files: {
      markdown: summaries.length, minutes: minutes.length, children: children.length,
      drafts: drafts.length, outsidePeriod: final.length - minutes.length - undated, undated,
    },
    overall: measuresOf(minutes, children),
    byArea: groupsBy(minutes, children, byArea),
    byTeam: groupsBy(minutes, children, byTeam),
    topFindings: topFindings(minutes),
    children: rows,
    problems: problemsOf(summaries),
    unrecognised: unrecognisedOf(final),
    drafts: drafts.map((s) => s.path),
  };
  if (opts.trend) report.trend = trendOf(minutes, opts.trend);
  return report;
}
