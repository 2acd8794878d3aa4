/**
 * FileSummaries -> the measures of checks.md ("The audit") and issue 11, for a set of minutes and
 * the children whose latest minutes are among them. Each measure counts a file only when the data
 * it needs was found; the rest are counted as not assessable, never as a pass (real-minutes.md,
 * principle 12). Pure and deterministic.
 */
import { auditText } from '../messages/audit';
import { dirname } from '../paths';
import type { Dimension } from '../types';
import type { FileSummary, Group, Measure, MeasureId } from './model';

export const MEASURE_IDS: readonly MeasureId[] = [
  'quality', 'effective', 'voice-safety', 'first-chair', 'first-timescale', 'absent-reports', 'absent-parents', 'shared',
  'actions-reviewed', 'impact-recorded', 'outcomes-rated', 'child-seen', 'seen-alone', 'plan-updated', 'children-overdue', 'children-drift',
];

/** A child: minutes with a child id and a date, in one folder; judged by the latest of them. */
export interface Child {
  latest: FileSummary;
}

function passes(s: FileSummary, dim: Dimension): boolean {
  return !s.findings.some((f) => f.dimension === dim && (f.severity === 'warning' || f.severity === 'error'));
}

/** Each measure's facts: what it counts, whether more is better, whether it is one of the changes the thematic audit wanted to see, what its "not assessable" counts. Its words: ../messages/audit.ts. */
const FACTS: Record<MeasureId, { unit: string; higherIsBetter: boolean; impact: boolean; notAssessableUnit: 'minutes' | 'children' }> = {
  quality: { unit: 'minutes', higherIsBetter: true, impact: false, notAssessableUnit: 'minutes' },
  effective: { unit: 'minutes', higherIsBetter: true, impact: true, notAssessableUnit: 'minutes' },
  'voice-safety': { unit: 'minutes', higherIsBetter: true, impact: false, notAssessableUnit: 'minutes' },
  'first-chair': { unit: 'first core groups', higherIsBetter: true, impact: true, notAssessableUnit: 'minutes' },
  'first-timescale': { unit: 'first core groups', higherIsBetter: true, impact: false, notAssessableUnit: 'minutes' },
  'absent-reports': { unit: 'absent professionals', higherIsBetter: true, impact: false, notAssessableUnit: 'minutes' },
  'absent-parents': { unit: 'absent parents and carers', higherIsBetter: true, impact: true, notAssessableUnit: 'minutes' },
  shared: { unit: 'minutes', higherIsBetter: true, impact: true, notAssessableUnit: 'minutes' },
  'actions-reviewed': { unit: 'minutes', higherIsBetter: true, impact: false, notAssessableUnit: 'minutes' },
  'impact-recorded': { unit: 'minutes', higherIsBetter: true, impact: false, notAssessableUnit: 'minutes' },
  'outcomes-rated': { unit: 'minutes', higherIsBetter: true, impact: true, notAssessableUnit: 'minutes' },
  'child-seen': { unit: 'minutes', higherIsBetter: true, impact: false, notAssessableUnit: 'minutes' },
  'seen-alone': { unit: 'minutes', higherIsBetter: true, impact: false, notAssessableUnit: 'minutes' },
  'plan-updated': { unit: 'minutes', higherIsBetter: true, impact: false, notAssessableUnit: 'minutes' },
  'children-overdue': { unit: 'children', higherIsBetter: false, impact: false, notAssessableUnit: 'children' },
  'children-drift': { unit: 'children', higherIsBetter: false, impact: false, notAssessableUnit: 'children' },
};

export function measure(id: MeasureId, n: number, N: number, notAssessable: number): Measure {
  const m = auditText.measures[id];
  const f = FACTS[id];
  return {
    id, label: m.label, short: m.short, definition: m.definition, unit: f.unit, higherIsBetter: f.higherIsBetter, impact: f.impact,
    n, N, notAssessable, notAssessableUnit: f.notAssessableUnit,
  };
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

/** n of N over the files where `known`, and how many of `applies` were not known. */
function over(id: MeasureId, applies: readonly FileSummary[], known: (s: FileSummary) => boolean, meets: (s: FileSummary) => boolean): Measure {
  const k = applies.filter(known);
  return measure(id, count(k, meets), k.length, applies.length - k.length);
}

const reviewsSeen = (s: FileSummary) => s.reviews === 'found' || s.reviews === 'not-expected';
/** Drift is "overdue now and already at the meeting before": not readable when the link to the earlier minutes is broken. */
const previousFound = (s: FileSummary) => !s.problems.some((p) => p.kind === 'series' && p.subject === 'previous');

/** The measures over a set of minutes and the children whose latest minutes are among them. */
export function measuresOf(minutes: readonly FileSummary[], children: readonly Child[]): Measure[] {
  const firsts = minutes.filter((s) => s.firstChair !== undefined && s.firstChair !== 'not-applicable');
  const attendance = minutes.filter((s) => s.found.attendance);
  const people = (id: MeasureId, f: (s: FileSummary) => { n: number; N: number }) =>
    measure(id, sum(attendance, (s) => f(s).n), sum(attendance, (s) => f(s).N), minutes.length - attendance.length);
  const reviewsOpen = minutes.filter((s) => s.openActions > 0 || s.reviews === 'unknown' || s.reviews === 'missing');
  const overdue = minutes.filter((s) => (s.reviews === 'found' && s.overdue.length > 0) || s.reviews === 'unknown' || s.reviews === 'missing');
  const withOutcomes = minutes.filter((s) => !s.found.progress || s.outcomes.n > 0);
  const kids = children.map((c) => c.latest);
  return [
    measure('quality', count(minutes, (s) => passes(s, 'Q')), minutes.length, 0),
    over('effective', minutes, (s) => s.found.actions && s.found.progress && reviewsSeen(s), (s) => passes(s, 'E')),
    measure('voice-safety', count(minutes, (s) => passes(s, 'S')), minutes.length, 0),
    over('first-chair', firsts, (s) => s.firstChair !== 'unknown', (s) => s.firstChair === 'manager'),
    over('first-timescale', minutes.filter((s) => s.firstTimescale !== undefined), (s) => s.firstTimescale !== 'unknown', (s) => s.firstTimescale === 'in-time'),
    people('absent-reports', (s) => ({ n: s.absentProfessionals.withReport, N: s.absentProfessionals.n })),
    people('absent-parents', (s) => ({ n: s.absentParents.considered, N: s.absentParents.n })),
    over('shared', minutes, (s) => s.found.distribution, (s) => s.shared),
    over('actions-reviewed', reviewsOpen, (s) => s.reviews === 'found', (s) => s.unreviewed === 0),
    over('impact-recorded', overdue, (s) => s.reviews === 'found', (s) => s.overdueWithoutImpact === 0),
    over('outcomes-rated', withOutcomes, (s) => s.found.progress, (s) => s.outcomes.rated === s.outcomes.n),
    over('child-seen', minutes, (s) => s.found.voice, (s) => s.seen),
    over('seen-alone', minutes, (s) => s.found.voice, (s) => s.seenAlone),
    over('plan-updated', minutes, (s) => s.planUpdated !== undefined, (s) => s.planUpdated === true),
    over('children-overdue', kids, reviewsSeen, (s) => s.overdue.length > 0),
    over('children-drift', kids, (s) => reviewsSeen(s) && previousFound(s), (s) => s.drift.length > 0),
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

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type GroupKey = (s: FileSummary) => string | undefined;
export const byArea: GroupKey = (s) => s.area;
export const byTeam: GroupKey = (s) => s.team;

/** The names of the groups among `minutes`, sorted, "(not recorded)" (null) last. */
export function groupNames(minutes: readonly FileSummary[], key: GroupKey): (string | null)[] {
  const names = new Set<string | null>();
  for (const s of minutes) names.add(key(s) ?? null);
  return [...names].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'en-GB', { numeric: true })));
}

export function groupsBy(minutes: readonly FileSummary[], children: readonly Child[], key: GroupKey, names = groupNames(minutes, key)): Group[] {
  return names.map((name) => {
    const mins = minutes.filter((s) => (key(s) ?? null) === name);
    const kids = children.filter((c) => (key(c.latest) ?? null) === name);
    return { name, minutes: mins.length, measures: measuresOf(mins, kids) };
  });
}
