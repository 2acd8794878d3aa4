/**
 * The audit over time, on a generated corpus of twelve months with a seeded improvement in some
 * measures (test/corpus): the exact figures of a quarter and of every month and quarter of a trend
 * (overall, by area and by team) against the generator's own account, each file analysed once; a
 * comparison of two quarters (the change in points, the improvement called, a too-small N called
 * so); and a report that cannot be compared refused.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit, AuditOptions, AuditRun } from '../../src/cli/audit-command';
import { runAudit } from '../../src/cli/audit-command';
import type { AuditReport, Measure, TrendSeries } from '../../src/core/audit';
import { periodChoices, periodOf, quarterPeriod, twoProportionTest } from '../../src/core/audit';
import { P_FLOOR } from '../../src/core/audit/proportions';
import { auditText } from '../../src/core/messages/audit';
import { expectedFor, Figures, MEASURES } from '../corpus/expected';
import { IMPROVING_FROM, IMPROVING_TO, planCorpus } from '../corpus/plan';
import { renderCorpus } from '../corpus/render';
import { writeCorpus } from '../corpus/main';

const OPTIONS = {
  children: 80, meetings: 4, seed: 11, months: 12, start: '2026-01-05',
  rates: IMPROVING_FROM,
  improve: IMPROVING_TO,
};
const figures = (ms: Pick<Measure, 'id' | 'n' | 'N' | 'notAssessable'>[]) => Object.fromEntries(ms.map((m) => [m.id, { n: m.n, N: m.N, na: m.notAssessable }]));
/** The figures of period i of a trend's series. */
const at = (series: TrendSeries[], i: number) => Object.fromEntries(series.map((s) => [s.id, { n: s.n[i], N: s.N[i], na: s.notAssessable[i] }]));
const sorted = (f: Figures) => Object.fromEntries(MEASURES.map((id) => [id, f[id]]));

describe('audit over time: periods, trends and comparison', function () {
  this.timeout(180000);
  const plan = planCorpus(OPTIONS);
  const all = expectedFor(plan);
  const names = { areas: all.byArea.map((g) => g.name), teams: all.byTeam.map((g) => g.name) };
  let dir = '';
  const opts = (over: Partial<AuditOptions> = {}): AuditOptions => ({ folder: 'minutes', cwd: dir, format: 'json', jobs: 0, version: 'test', now: new Date(Date.UTC(2027, 1, 1)), ...over });
  let monthly: AuditRun;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'core-group-audit-periods-'));
    writeCorpus(join(dir, 'minutes'), renderCorpus(plan));
    monthly = await audit(opts({ trend: 'month' }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('spreads the corpus over twelve months, with the improvement seeded', () => {
    const trend = monthly.report.trend!;
    assert.deepEqual([trend.periods[0].label, trend.periods.length], ['2026-01', 12]);
    const q1 = expectedFor(plan, { from: '2026-01-01', to: '2026-03-31' }).overall;
    const q4 = expectedFor(plan, { from: '2026-10-01', to: '2026-12-31' }).overall;
    const pct = (f: { n: number; N: number }) => f.n / f.N;
    assert.ok(pct(q4.shared) > pct(q1.shared) + 0.2, 'more minutes shared by the end');
    assert.ok(pct(q4['seen-alone']) > pct(q1['seen-alone']) + 0.2, 'more children seen alone by the end');
  });

  it('reports exactly the figures of every month, overall, by area and by team, from one analysis of each file', () => {
    const trend = monthly.report.trend!;
    assert.equal(monthly.stats.analysed, monthly.stats.files, 'each file analysed once for all twelve months');
    trend.periods.forEach((p, i) => {
      const e = expectedFor(plan, { from: p.from!, to: p.to! }, names);
      assert.equal(trend.minutes[i], e.minutes, p.label);
      assert.deepEqual(at(trend.overall, i), sorted(e.overall), p.label);
      for (const g of e.byArea) assert.deepEqual(at(trend.byArea.find((x) => x.name === g.name)!.series, i), sorted(g.measures), `${p.label} ${g.name}`);
      for (const g of e.byTeam) assert.deepEqual(at(trend.byTeam.find((x) => x.name === g.name)!.series, i), sorted(g.measures), `${p.label} ${g.name}`);
    });
    // The changes the thematic audit wanted to see come first.
    assert.deepEqual(trend.overall.slice(0, 5).map((s) => s.id), ['effective', 'first-chair', 'absent-parents', 'shared', 'outcomes-rated']);
  });

  it('reports exactly the figures of every quarter of a quarterly trend', async () => {
    const run = await audit(opts({ trend: 'quarter' }));
    const trend = run.report.trend!;
    assert.deepEqual(trend.periods.map((p) => p.label), ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    trend.periods.forEach((p, i) => assert.deepEqual(at(trend.overall, i), sorted(expectedFor(plan, { from: p.from!, to: p.to! }).overall), p.label));
  });

  it('keeps a trend within the period asked for, and says how to see the whole folder', async () => {
    const run = await audit(opts({ period: quarterPeriod(2026, 3), trend: 'month', format: 'md' }));
    const trend = run.report.trend!;
    assert.deepEqual(trend.periods.map((p) => p.label), ['2026-07', '2026-08', '2026-09']);
    trend.periods.forEach((p, i) => assert.deepEqual(at(trend.overall, i), sorted(expectedFor(plan, { from: p.from!, to: p.to! }).overall), p.label));
    assert.match(run.output, /The trend stays within this report's period: for the whole folder, audit without a period \(in VS Code, "Every date"\)\./);
    // Without a period (the monthly run above) the trend covers every month of the folder, and says nothing of a period.
    assert.equal(monthly.report.trend!.periods.length, 12);
    const whole = await audit(opts({ trend: 'month', format: 'md' }));
    assert.doesNotMatch(whole.output, /stays within this report's period/);
    // Minutes without a meeting date are in the folder's figures but in no month: the trend says how many.
    const undated = whole.report.files.minutes - whole.report.trend!.minutes.reduce((a, b) => a + b, 0);
    assert.ok(undated > 0, `the corpus has undated minutes (${undated})`);
    const said = undated === 1 ? '1 set of minutes has' : `${undated} sets of minutes have`;
    assert.ok(whole.output.includes(`${said} no meeting date: counted in the figures above, in no period here.`), whole.output.slice(0, 1500));
    assert.doesNotMatch(run.output, /no meeting date: counted/, 'within a period, undated minutes are not measured at all (the report says so)');
  });

  it('measures only the minutes of a quarter, names the period, and judges each child by their latest minutes in it', async () => {
    const q3 = quarterPeriod(2026, 3);
    const run = await audit(opts({ period: q3 }));
    const e = expectedFor(plan, { from: q3.from!, to: q3.to! });
    const r = run.report;
    assert.deepEqual(r.period, { from: '2026-07-01', to: '2026-09-30', label: '2026-Q3' });
    assert.deepEqual(figures(r.overall), sorted(e.overall));
    assert.deepEqual(r.byArea.map((g) => ({ name: g.name, minutes: g.minutes, measures: figures(g.measures) })), e.byArea.map((g) => ({ ...g, measures: sorted(g.measures) })));
    assert.deepEqual(r.children.map((c) => ({ latest: c.latest, overdue: c.overdue.map((a) => a.subject), drift: c.drift.map((a) => a.subject) })), e.childRows);
    assert.equal(r.files.minutes, e.minutes);
    assert.ok(r.files.outsidePeriod > 0);
    const md = await audit(opts({ period: q3, format: 'md' }));
    assert.match(md.output, /Period: July to September 2026 \(2026-Q3\)\. Only minutes whose meeting date falls in it are measured/);
  });

  it('compares two quarters: then and now, the change in points, the improvement called, and too small an N called so', async () => {
    writeFileSync(join(dir, 'q1.json'), (await audit(opts({ period: quarterPeriod(2026, 1) }))).output);
    const run = await audit(opts({ period: quarterPeriod(2026, 4), compare: 'q1.json' }));
    const cmp = run.report.comparison!;
    const then = expectedFor(plan, { from: '2026-01-01', to: '2026-03-31' }, names);
    const now = expectedFor(plan, { from: '2026-10-01', to: '2026-12-31' }, names);
    const pc = (f: { n: number; N: number }) => Math.round((100 * f.n) / f.N);
    for (const c of cmp.overall) {
      const t = then.overall[c.id];
      const n = now.overall[c.id];
      assert.deepEqual([c.then.n, c.then.N, c.now.n, c.now.N], [t.n, t.N, n.n, n.N], c.id);
      if (t.N > 0 && n.N > 0) assert.equal(c.points, pc(n) - pc(t), c.id);
      // The test is used only when every cell of the two-by-two table expects at least 5 cases.
      const pooled = (t.n + n.n) / (t.N + n.N);
      const enough = t.N > 0 && n.N > 0 && Math.min(t.N * pooled, t.N * (1 - pooled), n.N * pooled, n.N * (1 - pooled)) >= 5;
      assert.equal(c.test !== undefined, enough, `${c.id}: a test only where the counts allow one`);
      if (!enough && t.N > 0 && n.N > 0 && t.n * n.N !== n.n * t.N) assert.equal(c.verdict, 'too-few', c.id);
    }
    const shared = cmp.overall.find((c) => c.id === 'shared')!;
    assert.equal(shared.verdict, 'better');
    assert.ok(shared.test!.p < 0.001 && shared.points! > 20);
    assert.equal(shared.statement, 'Better, beyond chance (p < 0.001).');
    // An area's first core groups in one quarter are few: too few to call.
    const small = cmp.byArea.flatMap((g) => g.measures).filter((m) => m.id === 'first-chair' && m.then.N > 0 && m.now.N > 0 && m.then.N < 10 && m.then.n * m.now.N !== m.now.n * m.then.N);
    assert.ok(small.length > 0 && small.every((m) => m.verdict === 'too-few' && /^Too few to call a change \(\d+ then, \d+ now\)\.$/.test(m.statement)));
    // The JSON carries the p value; Markdown shows then, now, the change and the arrow.
    const md = await audit(opts({ period: quarterPeriod(2026, 4), compare: 'q1.json', format: 'md' }));
    assert.match(md.output, /Compared with the audit of 2027-02-01, which covered January to March 2026 \(2026-Q1\)\. A change is called only/);
    assert.match(md.output, new RegExp(`\\| Minutes recorded as shared \\| ${then.overall.shared.n} of ${then.overall.shared.N} \\(\\d+%\\) \\| ${now.overall.shared.n} of ${now.overall.shared.N} \\(\\d+%\\) \\| ↑ \\+\\d+ points \\| Better, beyond chance`));
  });

  it('refuses, with a reason, to compare with a report it cannot read the same way', async () => {
    const earlier = JSON.parse((await audit(opts({ period: quarterPeriod(2026, 1) }))).output) as AuditReport;
    writeFileSync(join(dir, 'old.json'), JSON.stringify({ ...earlier, schemaVersion: 1 }));
    writeFileSync(join(dir, 'notes.json'), '{"kind":"something else"}');
    writeFileSync(join(dir, 'cut.json'), JSON.stringify({ ...earlier, overall: [{ id: 'shared', n: 9, N: 3 }] }));
    await assert.rejects(runAudit(['minutes', '--compare', 'old.json'], dir, 'test'), /old\.json is an audit report in format 1; this version writes and compares format 2/);
    await assert.rejects(runAudit(['minutes', '--compare', 'notes.json'], dir, 'test'), /notes\.json is not a report saved by core-group audit/);
    await assert.rejects(runAudit(['minutes', '--compare', 'cut.json'], dir, 'test'), /its measures cannot be read/);
    await assert.rejects(runAudit(['minutes', '--compare', 'missing.json'], dir, 'test'), /cannot read "missing\.json" to compare with: there is no such file, or it cannot be opened/);
  });
});

describe('audit over time: drift through a broken link', function () {
  this.timeout(120000);
  // Every middle meeting's link to the one before is broken, and every reviewed action is not done:
  // in a month where that meeting is a child's latest, drift cannot be read (it needs the meeting
  // before), so the child is not assessable for drift, never counted as without it.
  const plan = planCorpus({ children: 12, meetings: 3, seed: 5, months: 12, start: '2026-01-05', rates: { brokenLink: 1, notDone: 1 } });
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'core-group-audit-broken-'));
    writeCorpus(join(dir, 'minutes'), renderCorpus(plan));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('counts a child whose latest minutes in a month have a broken link as not assessable for drift', async () => {
    const run = await audit({ folder: 'minutes', cwd: dir, format: 'json', jobs: 0, version: 'test', now: new Date(Date.UTC(2027, 1, 1)), trend: 'month' });
    const trend = run.report.trend!;
    const drift = trend.overall.find((s) => s.id === 'children-drift')!;
    trend.periods.forEach((p, i) => assert.deepEqual(at([drift], i), { 'children-drift': expectedFor(plan, { from: p.from!, to: p.to! }).overall['children-drift'] }, p.label));
    // Overdue actions are read from the review itself, so a broken link leaves them assessable: drift is not.
    const overdue = trend.overall.find((s) => s.id === 'children-overdue')!;
    assert.ok(drift.notAssessable.some((na, i) => na > overdue.notAssessable[i]), "some month has a broken link at a child's latest minutes");
    // Over the whole folder a child's latest minutes never have one (the generator puts none there).
    const whole = run.report.overall.find((m) => m.id === 'children-drift')!;
    assert.deepEqual({ n: whole.n, N: whole.N, na: whole.notAssessable }, expectedFor(plan).overall['children-drift']);
  });
});

describe('audit periods and the two-proportion test', () => {
  it('reads --quarter, --month and --from/--to, and refuses what is not a period', () => {
    assert.deepEqual(periodOf({ quarter: '2026-Q3' }), { period: { from: '2026-07-01', to: '2026-09-30', label: '2026-Q3' } });
    assert.deepEqual(periodOf({ month: '2026-02' }), { period: { from: '2026-02-01', to: '2026-02-28', label: '2026-02' } });
    assert.deepEqual(periodOf({ from: '2026-07-01', to: '2026-09-30' }), { period: { from: '2026-07-01', to: '2026-09-30', label: '2026-07-01 to 2026-09-30' } });
    assert.deepEqual(periodOf({}), { period: { label: 'all' } });
    assert.deepEqual(periodOf({ quarter: '2026-Q5' }), { problem: { kind: 'bad-quarter', value: '2026-Q5' } });
    assert.deepEqual(periodOf({ from: '2026-02-30' }), { problem: { kind: 'bad-date', option: 'from', value: '2026-02-30' } });
    assert.deepEqual(periodOf({ month: '2026-09', from: '2026-01-01' }), { problem: { kind: 'conflict' } });
    assert.deepEqual(periodOf({ from: '2026-09-01', to: '2026-08-01' }), { problem: { kind: 'reversed' } });
  });

  it("offers the editor's periods, last quarter first (the picker's default)", () => {
    const at = (today: string) => periodChoices(today).map((c) => [c.choice, c.period.from, c.period.to]);
    assert.deepEqual(at('2026-12-01'), [
      ['last-quarter', '2026-07-01', '2026-09-30'],
      ['this-quarter', '2026-10-01', '2026-12-01'],
      ['last-month', '2026-11-01', '2026-11-30'],
      ['last-year', '2025-12-02', '2026-12-01'],
      ['all', undefined, undefined],
    ]);
    // In January, last quarter and last month are the year before's.
    assert.deepEqual(at('2027-01-15').slice(0, 3), [['last-quarter', '2026-10-01', '2026-12-31'], ['this-quarter', '2027-01-01', '2027-01-15'], ['last-month', '2026-12-01', '2026-12-31']]);
    // Twelve months to 29 February start on 1 March the year before.
    assert.deepEqual(at('2028-02-29')[3], ['last-year', '2027-03-01', '2028-02-29']);
    assert.equal(periodChoices('2026-12-01')[0].period.label, '2026-Q3');
  });

  it('writes a change of one point in the singular', () => {
    assert.deepEqual([-2, -1, 0, 1, 12].map(auditText.compare.points), ['−2 points', '−1 point', '±0 points', '+1 point', '+12 points']);
  });

  it('gives the textbook z and p, and declines when a cell expects fewer than 5', () => {
    // 45 of 100 then, 60 of 100 now: pooled p = 0.525, z = 0.15 / sqrt(0.525 * 0.475 * 0.02) = 2.1239, p = 0.0337.
    assert.deepEqual(twoProportionTest(45, 100, 60, 100), { z: 2.124, p: 0.0337 });
    // 50% against 50%: no difference at all.
    assert.deepEqual(twoProportionTest(10, 20, 15, 30), { z: 0, p: 1 });
    // 3 of 8 then, 6 of 9 now: the pooled failures expect 3.8 in the first group.
    assert.equal(twoProportionTest(3, 8, 6, 9), undefined);
    assert.equal(twoProportionTest(0, 0, 5, 10), undefined);
    // A very small p keeps its size in the JSON rather than rounding to 0: 20 of 100 then, 60 of 100 now.
    // Pooled p = 0.4, z = 0.4 / sqrt(0.4 * 0.6 * 0.02) = 5.7735, p = 7.76e-9.
    assert.deepEqual(twoProportionTest(20, 100, 60, 100), { z: 5.774, p: 7.76e-9 });
    // Beyond what the error function carries (z = 18.3 here), p is the floor, never 0.
    assert.deepEqual(twoProportionTest(200, 1000, 600, 1000), { z: 18.257, p: P_FLOOR });
  });
});
