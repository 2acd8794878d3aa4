/** The HTML report's comparison, trend and unrecognised-vocabulary sections (./render-html.ts holds the page). */
import { escapeJson } from '../escape';
import type { L10n } from '../l10n';
import { auditWords } from '../messages/audit';
import { lineChart } from './chart';
import { arrow, statementOf } from './compare';
import { escapeHtml as h, figure, groupName, measureWords, periodShort, periodText, trendIntroOf } from './format';
import type { AuditReport, GroupChange, MeasureChange, Trend, TrendSeries } from './model';

function changeRow(c: MeasureChange, l10n: L10n | undefined, first?: string): string {
  const A = auditWords(l10n);
  const change = c.points === undefined ? '–' : `${arrow(c)} ${A.compare.points(c.points)}`;
  return (
    `<tr>${first ?? ''}<td>${h(measureWords(c, l10n).label)}</td><td class="cell">${h(figure(c.then, l10n))}</td><td class="cell">${h(figure(c.now, l10n))}</td>` +
    `<td class="cell ${c.verdict}">${h(change)}</td><td>${h(statementOf(c, l10n))}</td></tr>`
  );
}

function groupChanges(title: string, column: string, groups: GroupChange[], l10n?: L10n): string {
  const T = auditWords(l10n).extra;
  const rows = groups.flatMap((g) => {
    const shown = g.measures.filter((m) => m.then.N > 0 || m.now.N > 0);
    return shown.map((m, i) => changeRow(m, l10n, i === 0 ? `<th scope="rowgroup" rowspan="${shown.length}">${h(groupName(g.name, l10n))}</th>` : ''));
  });
  if (rows.length === 0) return '';
  const c = T.columns;
  return `<h3>${h(title)}</h3>
<table class="compare"><thead><tr><th>${h(column)}</th><th>${h(c.measure)}</th><th>${h(c.then)}</th><th>${h(c.now)}</th><th>${h(c.change)}</th><th>${h(c.statement)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`;
}

export function comparisonHtml(report: AuditReport, l10n?: L10n): string {
  const cmp = report.comparison;
  if (!cmp) return '';
  const A = auditWords(l10n);
  const T = A.extra;
  const c = T.columns;
  return `<h2>${h(T.headings.comparison)}</h2>
<p class="meta">${h(A.compare.intro(cmp.earlier.generated, periodText(cmp.earlier.period, l10n)))}</p>
${cmp.settingsChanged ? `<p class="alerts"><strong>${h(A.compare.settingsChanged(cmp.settingsChanged.then, cmp.settingsChanged.now))}</strong></p>\n` : ''}<table class="compare"><thead><tr><th>${h(c.measure)}</th><th>${h(c.then)}</th><th>${h(c.now)}</th><th>${h(c.change)}</th><th>${h(c.statement)}</th></tr></thead>
<tbody>
${cmp.overall.map((m) => changeRow(m, l10n)).join('\n')}
</tbody></table>
${groupChanges(A.headings.byArea, A.columns.area, cmp.byArea, l10n)}
${groupChanges(A.headings.byTeam, A.columns.team, cmp.byTeam, l10n)}`;
}

function trendTable(trend: Trend, series: TrendSeries[], l10n?: L10n): string {
  const T = auditWords(l10n).extra;
  const labels = trend.periods.map((p) => periodShort(p, l10n));
  const head = `<tr><th>${h(T.columns.measure)}</th><th>${h(T.columns.trend)}</th>${labels.map((l) => `<th class="num">${h(l)}</th>`).join('')}</tr>`;
  const rows = series.map((s) => {
    const cells = s.n.map((n, i) => `<td class="num">${h(`${n}/${s.N[i]}`)}${s.notAssessable[i] ? `<br><span class="na">${h(T.naShort(s.notAssessable[i]))}</span>` : ''}</td>`).join('');
    return `<tr><td>${h(measureWords(s, l10n).label)}${s.impact ? ` <span class="impact">${h(T.impactMark)}</span>` : ''}</td><td>${lineChart(s.n, s.N, labels, s.higherIsBetter)}</td>${cells}</tr>`;
  });
  return `<table class="trend"><thead>${head}</thead>
<tbody>
${rows.join('\n')}
</tbody></table>`;
}

export function trendHtml(report: AuditReport, l10n?: L10n): string {
  const trend = report.trend;
  if (!trend) return '';
  const A = auditWords(l10n);
  const T = A.extra;
  if (trend.periods.length === 0) return `<h2>${h(T.headings.trend(trend.by))}</h2>\n<p>${h(T.noTrend)}</p>`;
  const groups = (title: string, gs: Trend['byArea']) =>
    gs.map((g) => `<h3>${h(title)}: ${h(groupName(g.name, l10n))}</h3>\n${trendTable(trend, g.series, l10n)}`).join('\n');
  return `<h2>${h(T.headings.trend(trend.by))}</h2>
<p class="meta">${h(trendIntroOf(report, trend, l10n))}</p>
${trendTable(trend, trend.overall, l10n)}
${groups(A.columns.area, trend.byArea)}
${groups(A.columns.team, trend.byTeam)}`;
}

export function unrecognisedHtml(report: AuditReport, l10n?: L10n): string {
  const u = report.unrecognised;
  if (u.headings.length === 0 && u.columns.length === 0) return '';
  const T = auditWords(l10n).extra;
  const c = T.columns;
  const headings = u.headings.length === 0 ? '' :
    `<table><thead><tr><th>${h(c.heading)}</th><th>${h(c.inMinutes)}</th></tr></thead><tbody>\n${u.headings.map((x) => `<tr><td>${h(x.text)}</td><td class="num">${x.files}</td></tr>`).join('\n')}\n</tbody></table>`;
  const columns = u.columns.length === 0 ? '' :
    `<table><thead><tr><th>${h(c.column)}</th><th>${h(c.table)}</th><th>${h(c.inMinutes)}</th></tr></thead><tbody>\n${u.columns.map((x) => `<tr><td>${h(x.header)}</td><td>${h(T.tableOf(x.section))}</td><td class="num">${x.files}</td></tr>`).join('\n')}\n</tbody></table>`;
  return `<h2>${h(T.headings.unrecognised)}</h2>
<p>${h(T.unrecognisedIntro)}</p>
${headings}
${columns}
<p>${h(T.suggested)}</p>
<pre>${escapeJson(JSON.stringify(u.suggestedConfig, null, 2)).split('\n').map(h).join('\n')}</pre>`;
}
