/**
 * The report view's tree (src/core/audit/report-view.ts): the audit report's body as elements and
 * texts that the webview builds without parsing HTML. Text from the minutes stays text; the
 * renderer writes only what the view's lists allow (nothing is dropped from a real report, with a
 * trend, a comparison and problems); a script, a handler or a link with a scheme never gets through.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit, AuditOptions } from '../../src/cli/audit-command';
import { buildReport, compareReports, quarterPeriod, reportView, type ViewNode } from '../../src/core/audit';
import { viewOfHtml } from '../../src/core/audit/report-view';
import { IMPROVING_FROM, IMPROVING_TO, planCorpus } from '../corpus/plan';
import { renderCorpus } from '../corpus/render';
import { writeCorpus } from '../corpus/main';
import { mkSummary as mk } from './helpers/file-summary';

type El = Exclude<ViewNode, string>;
const elements = (ns: readonly ViewNode[]): El[] => ns.flatMap((n) => (typeof n === 'string' ? [] : [n, ...elements(n.children)]));
const texts = (ns: readonly ViewNode[]): string[] => ns.flatMap((n) => (typeof n === 'string' ? [n] : texts(n.children)));

describe('audit: the report view\'s tree', function () {
  this.timeout(180000);

  it('keeps text from the minutes as text, and links relative', () => {
    const evil = '<script>alert(1)</script>';
    const report = buildReport([mk(`x/${evil}/2026-01-05.md`, { date: '2026-01-05', meeting: 2, child: `K.${evil}`, area: 'A & <b>', team: `T ${evil}`, overdue: [{ subject: `A1 <img src=x onerror=alert(1)>`, due: '2026-01-01' }] })], {
      folder: `minutes ${evil}`, generated: '2026-12-01', version: '9.9.9',
    });
    const view = reportView(report);
    assert.deepEqual(view.dropped, []);
    const tags = new Set(elements(view.nodes).map((e) => e.tag));
    for (const t of ['script', 'img', 'b']) assert.ok(!tags.has(t), `no ${t} element`);
    const all = texts(view.nodes).join('\n');
    assert.ok(all.includes(`K.${evil}`) && all.includes('A & <b>'), 'the child and the area as written, as text');
    const links = elements(view.nodes).filter((e) => e.tag === 'a').map((e) => Object.fromEntries(e.attrs).href);
    assert.deepEqual(links, ['x/%3Cscript%3Ealert(1)%3C/script%3E/2026-01-05.md']);
  });

  it('holds everything a report with a trend, a comparison and problems shows: nothing is dropped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'core-group-report-view-'));
    try {
      writeCorpus(join(dir, 'minutes'), renderCorpus(planCorpus({ children: 24, meetings: 4, seed: 5, months: 12, start: '2026-01-05', rates: IMPROVING_FROM, improve: IMPROVING_TO })));
      const opts = (over: Partial<AuditOptions>): AuditOptions => ({ folder: 'minutes', cwd: dir, format: 'json', jobs: 0, version: 'test', now: new Date(Date.UTC(2027, 1, 1)), ...over });
      const earlier = (await audit(opts({ period: quarterPeriod(2026, 1) }))).report;
      const report = (await audit(opts({ period: quarterPeriod(2026, 3), trend: 'month' }))).report;
      report.comparison = compareReports(report, earlier);
      const view = reportView(report);
      assert.deepEqual(view.dropped, []);
      const svg = elements(view.nodes).filter((e) => e.tag === 'svg');
      assert.ok(svg.length > 10 && svg.every((e) => e.svg === true), 'the charts, in the SVG namespace');
      assert.ok(elements(view.nodes).some((e) => e.tag === 'polyline' && e.attrs.some(([n]) => n === 'points')));
      const all = texts(view.nodes).join('\n');
      for (const m of report.overall) assert.ok(all.includes(m.label) && all.includes(m.definition), m.id);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('drops a script, a handler, a link with a scheme and any element or attribute it does not know', () => {
    const view = viewOfHtml('<p onclick="x()">a<script>alert(1)</script><a href="javascript:alert(1)">b</a><a href=" JAVASCRIPT:x">c</a><iframe src="x"></iframe><a href="ok.md" style="x">d</a></p><svg><foreignObject></foreignObject><circle r="2" onload="x()"></circle></svg>');
    assert.deepEqual(view.dropped, ['p[onclick]', 'script', 'a[href]', 'a[href]', 'iframe', 'a[style]', 'foreignObject', 'circle[onload]']);
    assert.deepEqual(view.nodes, [
      { tag: 'p', attrs: [], children: ['a', { tag: 'a', attrs: [], children: ['b'] }, { tag: 'a', attrs: [], children: ['c'] }, { tag: 'a', attrs: [['href', 'ok.md']], children: ['d'] }] },
      { tag: 'svg', svg: true, attrs: [], children: [{ tag: 'circle', svg: true, attrs: [['r', '2']], children: [] }] },
    ]);
  });
});
