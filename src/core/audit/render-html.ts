/**
 * The audit as one self-contained HTML file: inline CSS (with print rules) and inline SVG bars, no
 * script, no external resource, so it opens offline and prints cleanly. Every piece of text that
 * comes from the minutes (child ids, areas, teams, paths, action ids) is escaped.
 */
import { htmlPageStart } from '../html-page';
import type { L10n } from '../l10n';
import { auditWords } from '../messages/audit';
import { actionText, escapeHtml as h, groupName, hrefFor, measureWords, percent, periodText, problemSummary, RenderOptions, result } from './format';
import { comparisonHtml, trendHtml, unrecognisedHtml } from './render-html-extra';
import type { AuditReport, Group, Measure } from './model';

const CSS = `
:root { --ink: #1b1b1b; --muted: #555; --line: #c8c8c8; --good: #1d6f42; --bad: #a4262c; --track: #e6e6e6; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--ink); margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; } h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; }
p.meta { color: var(--muted); margin: .2rem 0; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; font-weight: 600; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.cell { white-space: nowrap; font-variant-numeric: tabular-nums; }
table.groups { table-layout: fixed; font-size: .8rem; }
table.groups th:first-child { width: 10rem; } table.groups th:nth-child(2) { width: 4.5rem; }
table.groups td.cell { white-space: normal; }
td a { overflow-wrap: anywhere; }
svg { display: block; } svg .track { fill: var(--track); } svg .good { fill: var(--good); } svg .bad { fill: var(--bad); }
svg text { font: 12px system-ui, Arial, sans-serif; fill: var(--ink); }
.alerts { border-left: 4px solid var(--bad); padding: .3rem .8rem; background: #fbf1f1; }
.alerts li { margin: .15rem 0; }
dl dt { font-weight: 600; margin-top: .5rem; } dl dd { margin: 0 0 0 1rem; }
@media screen { .nw { white-space: nowrap; } }
svg.chart polyline { fill: none; stroke-width: 1.6; } svg.chart polyline.good { stroke: var(--good); } svg.chart polyline.bad { stroke: var(--bad); }
svg.chart circle.good { fill: var(--good); } svg.chart circle.bad { fill: var(--bad); } svg.chart .axis { stroke: var(--track); stroke-width: 1; }
table.trend td.num { font-size: .78rem; } .na { color: var(--muted); font-size: .72rem; } .impact { color: var(--muted); font-size: .8rem; }
td.better { color: var(--good); font-weight: 600; } td.worse { color: var(--bad); font-weight: 600; }
pre { background: #f6f6f6; border: 1px solid var(--line); padding: .5rem; overflow-x: auto; font-size: .85rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
code { font-family: ui-monospace, Consolas, monospace; font-size: .9em; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
a { color: #0b57a4; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; } tr, li, dt, dd { break-inside: avoid; } thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  table.groups { font-size: 8pt; } table.groups th:first-child { width: 8rem; } table.groups th:nth-child(2) { width: 3.6rem; }
}
`;

const BAR_W = 220;
const BAR_H = 16;

/** A small bar filling its table cell, for the breakdowns. */
function miniBar(m: Pick<Measure, 'n' | 'N' | 'higherIsBetter'>, l10n?: L10n): string {
  const p = percent(m.n, m.N) ?? 0;
  return (
    `<svg width="100%" height="6" viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-label="${h(result(m, l10n))}">` +
    `<rect class="track" x="0" y="0" width="100" height="6"/><rect class="${m.higherIsBetter ? 'good' : 'bad'}" x="0" y="0" width="${p}" height="6"/></svg>`
  );
}

/** A horizontal bar with its percentage written beside it (or "none to count"). */
function bar(m: Pick<Measure, 'n' | 'N' | 'higherIsBetter'>, l10n?: L10n): string {
  const p = percent(m.n, m.N);
  const filled = p === undefined ? 0 : Math.round((BAR_W * p) / 100);
  const text = p === undefined ? '–' : `${p}%`;
  const total = BAR_W + 44;
  return (
    `<svg width="${total}" height="${BAR_H}" viewBox="0 0 ${total} ${BAR_H}" role="img" aria-label="${h(result(m, l10n))}">` +
    `<title>${h(result(m, l10n))}</title>` +
    `<rect class="track" x="0" y="0" width="${BAR_W}" height="${BAR_H}"/>` +
    `<rect class="${m.higherIsBetter ? 'good' : 'bad'}" x="0" y="0" width="${filled}" height="${BAR_H}"/>` +
    `<text x="${BAR_W + 6}" y="${BAR_H - 4}">${h(text)}</text>` +
    `</svg>`
  );
}

function overall(report: AuditReport, l10n?: L10n): string {
  const A = auditWords(l10n);
  const rows = report.overall
    .map((m) => `<tr><td>${h(measureWords(m, l10n).label)}</td><td class="cell">${h(result(m, l10n))}</td><td>${bar(m, l10n)}</td></tr>`)
    .join('\n');
  return `<h2>${h(A.headings.overall)}</h2>
<table><thead><tr><th>${h(A.columns.measure)}</th><th>${h(A.columns.result)}</th><th></th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

function groupTable(title: string, column: string, groups: Group[], l10n?: L10n): string {
  if (groups.length === 0) return '';
  const A = auditWords(l10n);
  const head = [column, A.columns.minutes, ...groups[0].measures.map((m) => measureWords(m, l10n).short)].map((c) => `<th>${h(c)}</th>`).join('');
  const rows = groups
    .map((g) => {
      const cells = g.measures.map((m) => `<td class="cell">${h(result(m, l10n))}${miniBar(m, l10n)}</td>`).join('');
      return `<tr><th scope="row">${h(groupName(g.name, l10n))}</th><td class="num">${g.minutes}</td>${cells}</tr>`;
    })
    .join('\n');
  return `<h2>${h(title)}</h2>
<table class="groups"><thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

function findings(report: AuditReport, l10n?: L10n): string {
  const A = auditWords(l10n);
  if (report.topFindings.length === 0) return `<h2>${h(A.headings.topFindings)}</h2>\n<p>${h(A.noFindings)}</p>`;
  const rows = report.topFindings
    .map((f) => `<tr><td><code>${h(f.code)}</code> ${h(f.name)}</td><td class="num">${f.count}</td><td class="cell">${h(result({ n: f.files, N: report.files.minutes }, l10n))}</td><td>${h(f.description)}</td></tr>`)
    .join('\n');
  const c = A.columns;
  return `<h2>${h(A.headings.topFindings)}</h2>
<table><thead><tr><th>${h(c.code)}</th><th>${h(c.findings)}</th><th>${h(c.files)}</th><th>${h(c.what)}</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

function children(report: AuditReport, base: string, l10n?: L10n): string {
  const A = auditWords(l10n);
  if (report.children.length === 0) return `<h2>${h(A.headings.children)}</h2>\n<p>${h(A.noChildren)}</p>`;
  const c = A.columns;
  const list = (xs: { subject: string; due: string; escalated?: boolean }[]) =>
    xs.length === 0 ? '–' : xs.map((a) => `<span class="nw">${h(actionText(a, l10n))}</span>`).join('<br>');
  const rows = report.children
    .map((r) =>
      `<tr><td>${h(r.child)}</td><td>${h(groupName(r.area, l10n))}</td><td>${h(groupName(r.team, l10n))}</td>` +
      `<td><a href="${h(hrefFor(base, r.latest))}">${h(r.latest)}</a></td><td>${list(r.overdue)}</td><td>${list(r.drift)}</td></tr>`,
    )
    .join('\n');
  return `<h2>${h(A.headings.children)}</h2>
<table><thead><tr><th>${h(c.child)}</th><th>${h(c.area)}</th><th>${h(c.team)}</th><th>${h(c.latest)}</th><th>${h(c.overdue)}</th><th>${h(c.drift)}</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

function problems(report: AuditReport, base: string, max: number, l10n?: L10n): string {
  if (report.problems.length === 0) return '';
  const A = auditWords(l10n);
  const groups = report.problems
    .map((p) => {
      const items = p.files.slice(0, max).map((f) => {
        const why = f.subject ? ` (${h(A.problemSubjects[f.subject] ?? f.subject)})` : '';
        return `<li><a href="${h(hrefFor(base, f.path))}">${h(f.path)}</a>${why}</li>`;
      });
      if (p.files.length > max) items.push(`<li>${h(A.moreFiles(p.files.length - max))}</li>`);
      return `<li>${h(problemSummary(p, l10n))}:<ul>${items.join('')}</ul></li>`;
    })
    .join('\n');
  return `<h2>${h(A.headings.problems)}</h2>\n<ul>\n${groups}\n</ul>`;
}

/** What the figures cover: the period, what was left outside it, the drafts left out. */
export function scope(report: AuditReport, l10n?: L10n): string[] {
  const A = auditWords(l10n);
  const f = report.files;
  const out = [A.period.measured(periodText(report.period, l10n))];
  if (f.outsidePeriod + f.undated > 0) out.push(A.period.outside(f.outsidePeriod, f.undated));
  if (f.drafts > 0) out.push(A.drafts(f.drafts));
  return out;
}

export function renderHtml(report: AuditReport, opts: RenderOptions = {}): string {
  return `${reportHead(report, opts.styleNonce, opts.l10n)}
${reportBody(report, opts)}</body>
</html>
`;
}

/** The report page's head, from `<!doctype html>` to `<body>` (a style nonce for the report view). */
export function reportHead(report: AuditReport, styleNonce?: string, l10n?: L10n): string {
  return htmlPageStart({ title: h(auditWords(l10n).title), generator: `core-group ${h(report.tool.version)}`, css: CSS, styleNonce: styleNonce && h(styleNonce) });
}

/** The report's body as HTML: every text from the minutes escaped. The report view builds it from ./report-view.ts. */
export function reportBody(report: AuditReport, opts: RenderOptions = {}): string {
  const base = opts.linkBase ?? '';
  const max = opts.maxListed ?? 50;
  const l10n = opts.l10n;
  const A = auditWords(l10n);
  const alerts = report.problems.length === 0 ? '' : `<ul class="alerts">${report.problems.map((p) => `<li>${h(problemSummary(p, l10n))}</li>`).join('')}</ul>`;
  const definitions = report.overall.map((m) => measureWords(m, l10n)).map((m) => `<dt>${h(m.label)}</dt><dd>${h(m.definition)}</dd>`).join('\n');
  return `<h1>${h(A.title)}</h1>
<p class="meta">${h(A.intro(report.files.minutes, report.files.children, report.folder, report.generated))}</p>
${scope(report, l10n).map((line) => `<p class="meta">${h(line)}</p>`).join('\n')}
<p class="meta">${h(A.method)}</p>
${alerts}
${overall(report, l10n)}
${comparisonHtml(report, l10n)}
${trendHtml(report, l10n)}
${groupTable(A.headings.byArea, A.columns.area, report.byArea, l10n)}
${groupTable(A.headings.byTeam, A.columns.team, report.byTeam, l10n)}
${findings(report, l10n)}
${children(report, base, l10n)}
${unrecognisedHtml(report, l10n)}
${problems(report, base, max, l10n)}
<h2>${h(A.headings.definitions)}</h2>
<dl>
${definitions}
</dl>
<footer>${h(A.footer(report.tool.version))}</footer>
`;
}
