/**
 * Many FileSummaries -> the AuditReport: the measures of checks.md ("The audit") for the whole set
 * and by area and team, the most frequent findings, the children with overdue actions or drift, and
 * every file that could not be audited. Pure and deterministic: same summaries, same report.
 */
import { CHECKS } from '../checks';
import { auditText } from '../messages/audit';
import { dirname } from '../paths';
import type { Dimension } from '../types';
import type {
  AuditReport, ChildRow, FileSummary, FindingCount, Group, Measure, MeasureId, ProblemGroup, ProblemKind,
} from './model';

export const MEASURE_IDS: readonly MeasureId[] = [
  'quality', 'effective', 'voice-safety', 'first-chair', 'absent-reports', 'absent-parents', 'shared', 'children-overdue', 'children-drift',
];

const PROBLEM_ORDER: readonly ProblemKind[] = ['unreadable', 'failed', 'not-minutes', 'front-matter', 'series', 'config'];
const TOP_FINDINGS = 10;

/** A child: minutes with a child id and a date, in one folder; judged by the latest of them. */
export interface Child {
  latest: FileSummary;
}

function passes(s: FileSummary, dim: Dimension): boolean {
  return !s.findings.some((f) => f.dimension === dim && (f.severity === 'warning' || f.severity === 'error'));
}

function measure(id: MeasureId, n: number, N: number): Measure {
  const m = auditText.measures[id];
  return { id, label: m.label, short: m.short, definition: m.definition, unit: m.unit, higherIsBetter: m.higherIsBetter, n, N };
}

function count<T>(items: readonly T[], pred: (t: T) => boolean): number {
  let n = 0;
  for (const t of items) if (pred(t)) n++;
  return n;
}

function sum<T>(items: readonly T[], f: (t: T) => number): number {
  let n = 0;
  for (const t of items) n += f(t);
  return n;
}

/** The measures over a set of minutes and the children whose latest minutes are among them. */
export function measuresOf(minutes: readonly FileSummary[], children: readonly Child[]): Measure[] {
  const first = minutes.filter((s) => s.chairIsManager !== undefined);
  return [
    measure('quality', count(minutes, (s) => passes(s, 'Q')), minutes.length),
    measure('effective', count(minutes, (s) => passes(s, 'E')), minutes.length),
    measure('voice-safety', count(minutes, (s) => passes(s, 'S')), minutes.length),
    measure('first-chair', count(first, (s) => s.chairIsManager === true), first.length),
    measure('absent-reports', sum(minutes, (s) => s.absentProfessionals.withReport), sum(minutes, (s) => s.absentProfessionals.n)),
    measure('absent-parents', sum(minutes, (s) => s.absentParents.considered), sum(minutes, (s) => s.absentParents.n)),
    measure('shared', count(minutes, (s) => s.shared), minutes.length),
    measure('children-overdue', count(children, (c) => c.latest.overdue.length > 0), children.length),
    measure('children-drift', count(children, (c) => c.latest.drift.length > 0), children.length),
  ];
}

/** Groups minutes by child id within a folder; the latest is the one with the latest date (ties: the name that sorts last). */
export function childrenOf(minutes: readonly FileSummary[]): Child[] {
  const latest = new Map<string, FileSummary>();
  for (const s of minutes) {
    if (s.child === undefined || s.date === undefined) continue;
    const key = dirname(s.path) + '\u0000' + s.child;
    const best = latest.get(key);
    if (!best || s.date > best.date! || (s.date === best.date && s.path > best.path)) latest.set(key, s);
  }
  return [...latest.values()].sort((a, b) => cmp(a.path, b.path)).map((s) => ({ latest: s }));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function groupsBy(minutes: readonly FileSummary[], children: readonly Child[], key: (s: FileSummary) => string | undefined): Group[] {
  const names = new Set<string | null>();
  for (const s of minutes) names.add(key(s) ?? null);
  const sorted = [...names].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'en-GB', { numeric: true })));
  return sorted.map((name) => {
    const mins = minutes.filter((s) => (key(s) ?? null) === name);
    const kids = children.filter((c) => (key(c.latest) ?? null) === name);
    return { name, minutes: mins.length, measures: measuresOf(mins, kids) };
  });
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
  for (const kind of PROBLEM_ORDER) {
    const files = summaries.flatMap((s) => s.problems.filter((p) => p.kind === kind).map((p) => ({ path: s.path, subject: p.subject })));
    if (files.length > 0) out.push({ kind, summary: auditText.problems[kind](new Set(files.map((f) => f.path)).size), files });
  }
  return out;
}

export interface ReportOptions {
  folder: string;
  /** ISO date of the run. */
  generated: string;
  version: string;
}

export function buildReport(all: readonly FileSummary[], opts: ReportOptions): AuditReport {
  const summaries = [...all].sort((a, b) => cmp(a.path, b.path));
  const minutes = summaries.filter((s) => s.isMinutes);
  const children = childrenOf(minutes);
  const rows: ChildRow[] = children
    .filter((c) => c.latest.overdue.length > 0 || c.latest.drift.length > 0)
    .map(({ latest: s }) => ({ child: s.child!, area: s.area ?? null, team: s.team ?? null, latest: s.path, date: s.date!, overdue: s.overdue, drift: s.drift }));
  return {
    kind: 'core-group-audit-report',
    tool: { name: 'core-group', version: opts.version },
    folder: opts.folder,
    generated: opts.generated,
    files: { markdown: summaries.length, minutes: minutes.length, children: children.length },
    overall: measuresOf(minutes, children),
    byArea: groupsBy(minutes, children, (s) => s.area),
    byTeam: groupsBy(minutes, children, (s) => s.team),
    topFindings: topFindings(minutes),
    children: rows,
    problems: problemsOf(summaries),
  };
}
