/**
 * The audit's core: measures from hand-made summaries, summaries from analysed minutes, and the
 * Markdown and HTML reports (every figure "n of N", nothing unescaped, nothing external).
 */
import { strict as assert } from 'node:assert';
import { Analyser } from '../../src/core/analyse';
import { buildReport, renderHtml, renderMarkdown, result, summarise } from '../../src/core/audit';
import type { AuditReport, FileSummary, FindingSummary } from '../../src/core/audit';
import { MemoryReader } from './helpers/memory-reader';
import { mkSummary as mk } from './helpers/file-summary';

const f = (code: string, dimension: FindingSummary['dimension'], severity: FindingSummary['severity'] = 'warning', subject = 'x'): FindingSummary => ({ code, dimension, severity, subject });
const fig = (r: { overall: { id: string; n: number; N: number }[] }) => Object.fromEntries(r.overall.map((m) => [m.id, `${m.n}/${m.N}`]));
const OPTS = { folder: 'minutes', generated: '2026-12-01', version: '9.9.9' };

describe('audit: measures', () => {
  const summaries: FileSummary[] = [
    mk('north/a/2026-01-05-core-group.md', { child: 'A.A.', area: 'North', team: 'T1', meeting: 1, date: '2026-01-05', firstChair: 'manager',
      absentProfessionals: { n: 2, withReport: 1 }, absentParents: { n: 1, considered: 1 } }),
    mk('north/a/2026-02-02-core-group.md', { child: 'A.A.', area: 'North', team: 'T1', meeting: 2, date: '2026-02-02', shared: false,
      findings: [f('CG010', 'Q'), f('CG012', 'E'), f('CG012', 'E', 'warning', 'y'), f('CG060', 'Q', 'information')],
      overdue: [{ subject: 'A1', due: '2026-01-19' }], drift: [] }),
    mk('north/b/2026-01-07-core-group.md', { child: 'B.B.', area: 'North', team: 'T2', meeting: 1, date: '2026-01-07', firstChair: 'other',
      findings: [f('CG032', 'Q'), f('CG002', 'S')] }),
    // Two files of one child on the same date: the name that sorts last is the latest.
    mk('south/c/2026-03-01-a.md', { child: 'C.C.', area: 'South', team: 'T1', meeting: 3, date: '2026-03-01', overdue: [{ subject: 'A9', due: '2026-02-01' }] }),
    mk('south/c/2026-03-01-b.md', { child: 'C.C.', area: 'South', team: 'T1', meeting: 3, date: '2026-03-01',
      findings: [f('CG013', 'E'), f('CG021', 'E', 'information')], overdue: [{ subject: 'A2', due: '2026-02-01' }], drift: [{ subject: 'A2', due: '2026-02-01', escalated: false }] }),
    mk('south/bad.md', { findings: [f('CG003', 'Q', 'error', 'yaml')], problems: [{ kind: 'front-matter', subject: 'yaml' }], shared: false }),
    mk('notes.md', { isMinutes: false, problems: [{ kind: 'not-minutes' }] }),
    mk('gone-1.md', { isMinutes: false, problems: [{ kind: 'unreadable' }] }),
    mk('gone-2.md', { isMinutes: false, problems: [{ kind: 'unreadable' }] }),
    mk('gone-3.md', { isMinutes: false, problems: [{ kind: 'unreadable' }] }),
  ];
  const report = buildReport(summaries, OPTS);

  it('counts the whole set as n of N, following each definition', () => {
    assert.deepEqual(fig(report), {
      quality: '3/6', effective: '4/6', 'voice-safety': '5/6', 'first-chair': '1/2', 'first-timescale': '0/0', 'absent-reports': '1/2', 'absent-parents': '1/1',
      shared: '4/6', 'actions-reviewed': '0/0', 'impact-recorded': '0/0', 'outcomes-rated': '0/0', 'child-seen': '0/6', 'seen-alone': '0/6',
      'plan-updated': '0/0', 'children-overdue': '2/3', 'children-drift': '1/3',
    });
    assert.deepEqual(report.files, { markdown: 10, minutes: 6, children: 3, drafts: 0, outsidePeriod: 0, undated: 0 });
  });

  it('breaks the set down by area and by team, with minutes lacking one under null', () => {
    assert.deepEqual(report.byArea.map((g) => [g.name, g.minutes]), [['North', 3], ['South', 2], [null, 1]]);
    assert.deepEqual(fig({ overall: report.byArea[1].measures }), {
      quality: '2/2', effective: '1/2', 'voice-safety': '2/2', 'first-chair': '0/0', 'first-timescale': '0/0', 'absent-reports': '0/0', 'absent-parents': '0/0',
      shared: '2/2', 'actions-reviewed': '0/0', 'impact-recorded': '0/0', 'outcomes-rated': '0/0', 'child-seen': '0/2', 'seen-alone': '0/2',
      'plan-updated': '0/0', 'children-overdue': '1/1', 'children-drift': '1/1',
    });
    assert.deepEqual(report.byTeam.map((g) => [g.name, g.minutes]), [['T1', 4], ['T2', 1], [null, 1]]);
  });

  it('judges each child by their latest minutes and lists those with overdue actions or drift', () => {
    assert.deepEqual(report.children.map((c) => [c.child, c.latest, c.overdue.map((a) => a.subject), c.drift.map((a) => a.subject)]), [
      ['A.A.', 'north/a/2026-02-02-core-group.md', ['A1'], []],
      ['C.C.', 'south/c/2026-03-01-b.md', ['A2'], ['A2']],
    ]);
  });

  it('ranks findings by how often they occur and counts the minutes holding them', () => {
    assert.deepEqual(report.topFindings.slice(0, 2).map((x) => [x.code, x.count, x.files]), [['CG012', 2, 1], ['CG002', 1, 1]]);
    assert.equal(report.topFindings.find((x) => x.code === 'CG012')?.name, 'overdue-without-impact');
  });

  it('counts and lists every file that could not be audited, never dropping one', () => {
    assert.deepEqual(report.problems.map((p) => [p.kind, p.summary, p.files.length]), [
      ['unreadable', '3 files could not be read', 3],
      ['not-minutes', '1 Markdown file is not core group minutes (no "type: core-group-minutes") and was not audited', 1],
      ['front-matter', report.problems[2].summary, 1],
    ]);
    assert.match(report.problems[2].summary, /^1 set of minutes has front matter that cannot be read/);
  });

  it('never shows a bare percentage, and says when there is nothing to count', () => {
    assert.equal(result({ n: 13, N: 60 }), '13 of 60 (22%)');
    assert.equal(result({ n: 1, N: 8 }), '1 of 8 (13%)');
    assert.equal(result({ n: 0, N: 0 }), '0 of 0 (none to count)');
    for (const m of report.overall) assert.ok(m.definition.length > 20 && !m.definition.includes('\n'), m.id);
  });
});

const HEAD = (extra: string) => `---\ntype: core-group-minutes\nchild: K.M.\n${extra}area: West\nteam: Family Safeguarding 1\n---\n\n`;
const FIRST = HEAD('date: 2026-01-05\nmeeting: 1\nchair: Pat Lowe\nchair-role: Practice Manager\n') + `## Attendance and apologies

| Name | Role | Attended | Report |
|---|---|---|---|
| Pat Lowe | Practice Manager (chair) | Yes | |
| Dana Holt | Mother | No | |
| Rory Vance | Father | No | |
| Ola Reed | Health Visitor | No | Report received |
| Ike Moss | Class Teacher | No | None |

## Parents and carers

Dana was phoned before the meeting.

## Revised plan and actions

| ID | Action | Outcome | Owner | Due |
|---|---|---|---|---|
| A1 | Book a health assessment | O1 | Ola Reed | 2026-01-12 |
| A2 | Visit the school | O1 | Ike Moss | 2026-01-12 |

## Minutes distribution

Date shared: 2026-01-09
`;
const review = (a1: string, a2: string) => `## Review of previous actions

| ID | Action | Owner | Due | Status | Update | Impact on the child |
|---|---|---|---|---|---|---|
| A1 | Book a health assessment | Ola Reed | 2026-01-12 | ${a1} | | Waiting |
| A2 | Visit the school | Ike Moss | 2026-01-12 | ${a2} | | |
`;
const SECOND = HEAD('date: 2026-02-02\nmeeting: 2\nchair: Sam Fry\nchair-role: Social Worker\nprevious: ./2026-01-05-core-group.md\n') + review('In progress', 'Done');
const THIRD = HEAD('date: 2026-03-02\nmeeting: 3\nchair: Sam Fry\nchair-role: Social Worker\nprevious: ./2026-02-02-core-group.md\n') +
  review('Not started', 'Done') + '\n## Drift, delay and escalation\n\nA1 escalated to the team manager.\n\n## Minutes distribution\n\nShared with: everyone\n';

describe('audit: summaries of analysed minutes', () => {
  const root = '/cg';
  const reader = new MemoryReader({
    '/cg/km/2026-01-05-core-group.md': FIRST,
    '/cg/km/2026-02-02-core-group.md': SECOND,
    '/cg/km/2026-03-02-core-group.md': THIRD,
    '/cg/km/notes.md': '# Notes\n',
  });
  const summary = async (name: string) => summarise(await new Analyser(reader, { today: () => 20500 }).analyse({ path: `/cg/km/${name}`, root }), root);

  it('reads the first meeting: manager chair, absent people, reports, parents considered, shared', async () => {
    const s = await summary('2026-01-05-core-group.md');
    assert.equal(s.path, 'km/2026-01-05-core-group.md');
    assert.equal(s.firstChair, 'manager');
    assert.equal(s.firstTimescale, 'unknown', 'no icpc date');
    assert.deepEqual(s.absentProfessionals, { n: 2, withReport: 1 });
    assert.deepEqual(s.absentParents, { n: 2, considered: 1 });
    assert.equal(s.shared, true);
    assert.deepEqual([s.child, s.area, s.team, s.meeting, s.date], ['K.M.', 'West', 'Family Safeguarding 1', 1, '2026-01-05']);
  });

  it('lists overdue actions, and those in drift with whether the escalation section names them', async () => {
    const second = await summary('2026-02-02-core-group.md');
    assert.equal(second.firstChair, undefined);
    assert.equal(second.reviews, 'found');
    assert.deepEqual([second.openActions, second.unreviewed, second.overdueWithoutImpact], [2, 0, 0]);
    assert.deepEqual(second.overdue, [{ subject: 'A1', due: '2026-01-12' }]);
    assert.deepEqual(second.drift, []);
    assert.equal(second.shared, false);
    const third = await summary('2026-03-02-core-group.md');
    assert.deepEqual(third.drift, [{ subject: 'A1', due: '2026-01-12', escalated: true }]);
    assert.ok(!third.findings.some((x) => x.code === 'CG013'), 'named drift is not a CG013 finding');
    assert.equal(third.shared, false, 'a distribution section without "Date shared:" is not shared');
  });

  it('marks files that are not minutes', async () => {
    const s = await summary('notes.md');
    assert.deepEqual([s.isMinutes, s.problems], [false, [{ kind: 'not-minutes' }]]);
  });
});

describe('audit: reports', () => {
  const evil = '<script>alert(1)</script>';
  const report: AuditReport = buildReport(
    [
      mk(`x/${evil}/2026-01-05.md`, { child: `K.${evil}`, area: `A & <b>`, team: `T|1 ${evil}`, date: '2026-01-05', meeting: 2, overdue: [{ subject: `A1${evil}`, due: '2026-01-01' }] }),
      mk('y/unreadable.md', { isMinutes: false, problems: [{ kind: 'unreadable' }] }),
    ],
    { ...OPTS, folder: `minutes ${evil}` },
  );

  it('HTML is one self-contained file: no script, no external URL, escaped text, print styles, SVG bars', () => {
    const html = renderHtml(report, { linkBase: '../minutes' });
    assert.ok(!/<script/i.test(html), 'no <script>');
    assert.ok(!/https?:\/\//i.test(html), 'no http(s) URL');
    assert.ok(!/\b(src|srcset)=|@import|url\(|<link\b|<iframe|<object|<embed/i.test(html), 'no external resource');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('A &amp; &lt;b&gt;'));
    assert.ok(html.includes('@media print'));
    assert.ok(/<svg[^>]*role="img"[^>]*aria-label="1 of 1 \(100%\)"/.test(html));
    assert.ok(html.includes('href="../minutes/x/%3Cscript%3Ealert(1)%3C/script%3E/2026-01-05.md"'));
    assert.ok(html.includes('1 file could not be read'));
    for (const m of report.overall) assert.ok(html.includes(m.definition.replace(/"/g, '&quot;').replace(/'/g, '&#39;')), m.id);
    assert.ok(renderHtml(report, { styleNonce: 'abc123' }).includes('<style nonce="abc123">'), 'a webview can allow the style by nonce');
  });

  it('Markdown escapes the minutes\' text, links relatively and gives each definition', () => {
    const md = renderMarkdown(report, { linkBase: '' });
    assert.ok(!md.includes('<script'), 'no raw HTML from the minutes');
    assert.ok(md.includes('T\\|1 &lt;script&gt;'), 'pipes cannot break a table');
    assert.ok(md.includes('](<x/%3Cscript%3Ealert(1)%3C/script%3E/2026-01-05.md>)'));
    assert.ok(md.includes('| Minutes meeting the quality standard | 1 of 1 (100%) |'));
    assert.ok(!/\(\d+%\)/.test(md.replace(/\d+ of \d+ \(\d+%\)/g, '')), 'every percentage comes with n of N');
    assert.ok(md.includes('- 1 file could not be read:'));
  });
});
