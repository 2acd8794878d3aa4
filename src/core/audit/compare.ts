/**
 * `--compare earlier.json`: every measure then and now, the change in percentage points, and a
 * plain statement only where the counts support one (./proportions.ts). An earlier report this
 * version cannot read the same way (another kind of file, another schemaVersion, or measures that do
 * not parse) is refused with a reason, never guessed at.
 */
import type { L10n } from '../l10n';
import { auditWords } from '../messages/audit';
import { percent } from './format';
import type { AuditReport, Comparison, Group, GroupChange, Measure, MeasureChange } from './model';
import { SCHEMA_VERSION } from './model';
import { ALPHA, twoProportionTest } from './proportions';


export type Refusal = { kind: 'not-report' } | { kind: 'schema'; found: unknown } | { kind: 'damaged' };

type Counts = { n: number; N: number; notAssessable: number };
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isMeasure = (m: unknown): m is Pick<Measure, 'id' | 'n' | 'N'> & { notAssessable?: number } =>
  typeof m === 'object' && m !== null && typeof (m as Measure).id === 'string' && isCount((m as Measure).n) && isCount((m as Measure).N) && (m as Measure).n <= (m as Measure).N;
const isGroups = (g: unknown): g is Group[] =>
  Array.isArray(g) && g.every((x) => typeof x === 'object' && x !== null && Array.isArray((x as Group).measures) && (x as Group).measures.every(isMeasure));

/** The earlier report, when it can be compared with this version's; else why not. */
export function comparableReport(value: unknown): { report: AuditReport } | { refusal: Refusal } {
  if (typeof value !== 'object' || value === null || (value as AuditReport).kind !== 'core-group-audit-report') return { refusal: { kind: 'not-report' } };
  const r = value as AuditReport;
  if (r.schemaVersion !== SCHEMA_VERSION) return { refusal: { kind: 'schema', found: r.schemaVersion } };
  const ok = Array.isArray(r.overall) && r.overall.every(isMeasure) && isGroups(r.byArea) && isGroups(r.byTeam) && typeof r.generated === 'string' && typeof r.period === 'object' && r.period !== null;
  return ok ? { report: r } : { refusal: { kind: 'damaged' } };
}

export function refusalText(r: Refusal, file: string, l10n?: L10n): string {
  const C = auditWords(l10n).compare;
  return r.kind === 'not-report' ? C.notReport(file) : r.kind === 'schema' ? C.otherSchema(file, String(r.found ?? 'none'), SCHEMA_VERSION) : C.damaged(file);
}

const counts = (m: { n: number; N: number; notAssessable?: number } | undefined): Counts => ({ n: m?.n ?? 0, N: m?.N ?? 0, notAssessable: m?.notAssessable ?? 0 });

/** What the counts support, in the language of `l10n`: from the change's verdict, counts and test. */
export function statementOf(c: Omit<MeasureChange, 'statement'>, l10n?: L10n): string {
  const C = auditWords(l10n).compare;
  const { then, now } = c;
  switch (c.verdict) {
    case 'none-to-count':
      return C.noneToCount(then.N === 0, now.N === 0);
    case 'too-few':
      return C.tooFew(then.N, now.N);
    case 'better':
      return C.better(c.test?.p ?? 0);
    case 'worse':
      return C.worse(c.test?.p ?? 0);
    case 'no-clear-change':
      return then.n * now.N === now.n * then.N || !c.test ? C.same : C.noClearChange(c.test.p);
  }
}

export function changeOf(now: Measure, earlier: Counts): MeasureChange {
  const then = earlier;
  const base = { id: now.id, label: now.label, higherIsBetter: now.higherIsBetter, then, now: counts(now) };
  const said = (c: Omit<MeasureChange, 'statement'>): MeasureChange => ({ ...c, statement: statementOf(c) });
  const p1 = percent(then.n, then.N);
  const p2 = percent(now.n, now.N);
  if (p1 === undefined || p2 === undefined) return said({ ...base, verdict: 'none-to-count' });
  const points = p2 - p1;
  const same = then.n * now.N === now.n * then.N;
  const test = twoProportionTest(then.n, then.N, now.n, now.N);
  if (same) return said({ ...base, points, ...(test ? { test: { name: 'two-proportion z-test', ...test } } : {}), verdict: 'no-clear-change' });
  if (!test) return said({ ...base, points, verdict: 'too-few' });
  const t = { name: 'two-proportion z-test' as const, ...test };
  if (test.p >= ALPHA) return said({ ...base, points, test: t, verdict: 'no-clear-change' });
  const better = (points > 0) === now.higherIsBetter;
  return said({ ...base, points, test: t, verdict: better ? 'better' : 'worse' });
}

function changes(now: readonly Measure[], earlier: readonly Pick<Measure, 'id' | 'n' | 'N'>[]): MeasureChange[] {
  return now.map((m) => changeOf(m, counts(earlier.find((e) => e.id === m.id))));
}

function groupChanges(now: readonly Group[], earlier: readonly Group[], template: readonly Measure[]): GroupChange[] {
  const names = [...now.map((g) => g.name)];
  for (const g of earlier) if (!names.includes(g.name)) names.push(g.name);
  return names.map((name) => {
    const n = now.find((g) => g.name === name);
    const e = earlier.find((g) => g.name === name);
    const ms = n ? n.measures : template.map((m) => ({ ...m, n: 0, N: 0, notAssessable: 0 }));
    return { name, measures: changes(ms, e?.measures ?? []) };
  });
}

export function compareReports(now: AuditReport, earlier: AuditReport): Comparison {
  const readThen = earlier.settings?.readWith;
  const readNow = now.settings.readWith;
  const changed = readThen && readNow && typeof readThen.fingerprint === 'string' && readThen.fingerprint !== readNow.fingerprint;
  return {
    earlier: { generated: earlier.generated, period: earlier.period, folder: earlier.folder, version: earlier.tool?.version ?? '' },
    ...(changed ? { settingsChanged: { then: Array.isArray(readThen.procedures) ? readThen.procedures.map(String) : [], now: readNow.procedures } } : {}),
    overall: changes(now.overall, earlier.overall),
    byArea: groupChanges(now.byArea, earlier.byArea, now.overall),
    byTeam: groupChanges(now.byTeam, earlier.byTeam, now.overall),
  };
}

/** "↑", "↓" or "→": the direction of the percentage, whatever is better. */
export function arrow(c: Pick<MeasureChange, 'points'>): string {
  return c.points === undefined ? '–' : c.points > 0 ? '↑' : c.points < 0 ? '↓' : '→';
}
