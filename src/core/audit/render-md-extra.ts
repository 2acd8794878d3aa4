/** The Markdown report's comparison, trend and unrecognised-vocabulary sections. */
import { escapeJson } from '../escape';
import type { L10n } from '../l10n';
import { auditWords } from '../messages/audit';
import { arrow, statementOf } from './compare';
import { escapeMd, figure, groupName, measureWords, periodShort, periodText, trendIntroOf } from './format';
import type { AuditReport, GroupChange, MeasureChange, Trend, TrendSeries } from './model';
import { table } from './render-md';

const change = (c: MeasureChange, l10n?: L10n) => (c.points === undefined ? '–' : `${arrow(c)} ${auditWords(l10n).compare.points(c.points)}`);
const cells = (c: MeasureChange, l10n?: L10n) => [measureWords(c, l10n).label, figure(c.then, l10n), figure(c.now, l10n), change(c, l10n), statementOf(c, l10n)];

function groupChanges(title: string, column: string, groups: GroupChange[], l10n?: L10n): string[] {
  const rows = groups.flatMap((g) => g.measures.filter((m) => m.then.N > 0 || m.now.N > 0).map((m) => [escapeMd(groupName(g.name, l10n)), ...cells(m, l10n)]));
  if (rows.length === 0) return [];
  const c = auditWords(l10n).extra.columns;
  return [`### ${title}`, '', ...table([column, c.measure, c.then, c.now, c.change, c.statement], rows), ''];
}

export function comparisonMd(report: AuditReport, l10n?: L10n): string[] {
  const cmp = report.comparison;
  if (!cmp) return [];
  const A = auditWords(l10n);
  const T = A.extra;
  const c = T.columns;
  return [
    `## ${T.headings.comparison}`, '',
    escapeMd(A.compare.intro(cmp.earlier.generated, periodText(cmp.earlier.period, l10n))), '',
    ...(cmp.settingsChanged ? [`**${escapeMd(A.compare.settingsChanged(cmp.settingsChanged.then, cmp.settingsChanged.now))}**`, ''] : []),
    ...table([c.measure, c.then, c.now, c.change, c.statement], cmp.overall.map((m) => cells(m, l10n))), '',
    ...groupChanges(A.headings.byArea, A.columns.area, cmp.byArea, l10n),
    ...groupChanges(A.headings.byTeam, A.columns.team, cmp.byTeam, l10n),
  ];
}

function trendTable(trend: Trend, series: TrendSeries[], l10n?: L10n): string[] {
  const T = auditWords(l10n).extra;
  const head = [T.columns.measure, ...trend.periods.map((p) => periodShort(p, l10n))];
  return table(head, series.map((s) => [measureWords(s, l10n).label + (s.impact ? ` ${T.impactMark}` : ''), ...s.n.map((n, i) => `${n}/${s.N[i]}${s.notAssessable[i] ? ` (${T.naShort(s.notAssessable[i])})` : ''}`)]));
}

export function trendMd(report: AuditReport, l10n?: L10n): string[] {
  const trend = report.trend;
  if (!trend) return [];
  const A = auditWords(l10n);
  const T = A.extra;
  if (trend.periods.length === 0) return [`## ${T.headings.trend(trend.by)}`, '', T.noTrend, ''];
  const groups = (title: string, gs: Trend['byArea']) => gs.flatMap((g) => [`### ${title}: ${escapeMd(groupName(g.name, l10n))}`, '', ...trendTable(trend, g.series, l10n), '']);
  return [
    `## ${T.headings.trend(trend.by)}`, '',
    trendIntroOf(report, trend, l10n), '',
    ...trendTable(trend, trend.overall, l10n), '',
    ...groups(A.columns.area, trend.byArea),
    ...groups(A.columns.team, trend.byTeam),
  ];
}

export function unrecognisedMd(report: AuditReport, l10n?: L10n): string[] {
  const u = report.unrecognised;
  if (u.headings.length === 0 && u.columns.length === 0) return [];
  const T = auditWords(l10n).extra;
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
