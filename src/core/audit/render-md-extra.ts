/** The Markdown report's comparison, trend and unrecognised-vocabulary sections. */
import { escapeJson } from '../escape';
import { auditText } from '../messages/audit';
import { arrow } from './compare';
import { escapeMd, figure, groupName, periodShort, periodText, trendIntroOf } from './format';
import type { AuditReport, GroupChange, MeasureChange, Trend, TrendSeries } from './model';
import { table } from './render-md';

const A = auditText;
const T = A.extra;

const change = (c: MeasureChange) => (c.points === undefined ? '–' : `${arrow(c)} ${A.compare.points(c.points)}`);
const cells = (c: MeasureChange) => [c.label, figure(c.then), figure(c.now), change(c), c.statement];

function groupChanges(title: string, column: string, groups: GroupChange[]): string[] {
  const rows = groups.flatMap((g) => g.measures.filter((m) => m.then.N > 0 || m.now.N > 0).map((m) => [escapeMd(groupName(g.name)), ...cells(m)]));
  if (rows.length === 0) return [];
  const c = T.columns;
  return [`### ${title}`, '', ...table([column, c.measure, c.then, c.now, c.change, c.statement], rows), ''];
}

export function comparisonMd(report: AuditReport): string[] {
  const cmp = report.comparison;
  if (!cmp) return [];
  const c = T.columns;
  return [
    `## ${T.headings.comparison}`, '',
    escapeMd(A.compare.intro(cmp.earlier.generated, periodText(cmp.earlier.period))), '',
    ...(cmp.settingsChanged ? [`**${escapeMd(A.compare.settingsChanged(cmp.settingsChanged.then, cmp.settingsChanged.now))}**`, ''] : []),
    ...table([c.measure, c.then, c.now, c.change, c.statement], cmp.overall.map(cells)), '',
    ...groupChanges(A.headings.byArea, A.columns.area, cmp.byArea),
    ...groupChanges(A.headings.byTeam, A.columns.team, cmp.byTeam),
  ];
}

function trendTable(trend: Trend, series: TrendSeries[]): string[] {
  const head = [T.columns.measure, ...trend.periods.map(periodShort)];
  return table(head, series.map((s) => [s.label + (s.impact ? ` ${T.impactMark}` : ''), ...s.n.map((n, i) => `${n}/${s.N[i]}${s.notAssessable[i] ? ` (${T.naShort(s.notAssessable[i])})` : ''}`)]));
}

export function trendMd(report: AuditReport): string[] {
  const trend = report.trend;
  if (!trend) return [];
  if (trend.periods.length === 0) return [`## ${T.headings.trend(trend.by)}`, '', T.noTrend, ''];
  const groups = (title: string, gs: Trend['byArea']) => gs.flatMap((g) => [`### ${title}: ${escapeMd(groupName(g.name))}`, '', ...trendTable(trend, g.series), '']);
  return [
    `## ${T.headings.trend(trend.by)}`, '',
    trendIntroOf(report, trend), '',
    ...trendTable(trend, trend.overall), '',
    ...groups(A.columns.area, trend.byArea),
    ...groups(A.columns.team, trend.byTeam),
  ];
}

export function unrecognisedMd(report: AuditReport): string[] {
  const u = report.unrecognised;
  if (u.headings.length === 0 && u.columns.length === 0) return [];
  const c = T.columns;
  const out = [`## ${T.headings.unrecognised}`, '', T.unrecognisedIntro, ''];
  if (u.headings.length) out.push(...table([c.heading, c.inMinutes], u.headings.map((x) => [escapeMd(x.text), String(x.files)])), '');
  if (u.columns.length) out.push(...table([c.column, c.table, c.inMinutes], u.columns.map((x) => [escapeMd(x.header), T.tableOf(x.section), String(x.files)])), '');
  // A code fence cannot be closed early by text inside it unless that text holds a fence: use one longer than any run of backticks in it.
  const json = escapeJson(JSON.stringify(u.suggestedConfig, null, 2));
  const fence = '`'.repeat(Math.max(3, ...[...json.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  out.push(T.suggested, '', fence + 'json', json, fence, '');
  return out;
}
