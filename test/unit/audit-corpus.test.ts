/**
 * The audit over a generated corpus with seeded, known faults must report exactly the figures the
 * generator worked out from what it planted (test/corpus/expected.ts), in this process and with
 * worker threads alike.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit, AuditRun } from '../../src/cli/audit-command';
import type { Measure } from '../../src/core/audit';
import { generateCorpus, writeCorpus } from '../corpus/main';
import type { ExpectedAudit } from '../corpus';
import { repoRoot } from './helpers/fixtures';

const OPTIONS = { children: 24, meetings: 4, seed: 2, rates: { strayBadYaml: 0.12 } };
const figures = (ms: Measure[]) => Object.fromEntries(ms.map((m) => [m.id, { n: m.n, N: m.N, na: m.notAssessable }]));

function assertFigures(run: AuditRun, expected: ExpectedAudit): void {
  const r = run.report;
  assert.deepEqual(figures(r.overall), expected.overall);
  assert.deepEqual(r.byArea.map((g) => ({ name: g.name, minutes: g.minutes, measures: figures(g.measures) })), expected.byArea);
  assert.deepEqual(r.byTeam.map((g) => ({ name: g.name, minutes: g.minutes, measures: figures(g.measures) })), expected.byTeam);
  assert.deepEqual(
    r.children.map((c) => ({ latest: c.latest, overdue: c.overdue.map((a) => a.subject), drift: c.drift.map((a) => a.subject) })),
    expected.childRows,
  );
  assert.deepEqual(r.files, { markdown: expected.files.markdown, minutes: expected.files.minutes, children: expected.files.children, drafts: expected.files.drafts, outsidePeriod: 0, undated: 0 });
  const problems = Object.fromEntries(r.problems.map((p) => [p.kind, p.files.length]));
  assert.deepEqual(problems, {
    'not-minutes': expected.files.notMinutes,
    ...(expected.files.frontMatter ? { 'front-matter': expected.files.frontMatter } : {}),
    ...(expected.files.series ? { series: expected.files.series } : {}),
  });
  // Every finding of every file, by code, and the top of the ranking as the report shows it.
  const counts: Record<string, number> = {};
  const drafts = new Set(r.drafts);
  for (const s of run.summaries) if (!drafts.has(s.path)) for (const f of s.findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
  assert.deepEqual(counts, expected.findings);
  for (const t of r.topFindings) assert.equal(t.count, expected.findings[t.code], t.code);
}

describe('audit: a generated corpus with known faults', function () {
  this.timeout(120000);
  let dir = '';
  let expected: ExpectedAudit;
  let inProcess: AuditRun;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'core-group-audit-corpus-'));
    const corpus = generateCorpus(OPTIONS);
    expected = corpus.expected;
    writeCorpus(join(dir, 'minutes'), corpus.files);
    inProcess = await audit({ folder: 'minutes', cwd: dir, format: 'json', jobs: 0, version: 'test', now: new Date(2026, 11, 1) });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('plants every kind of fault the audit measures, so the comparison means something', () => {
    for (const code of ['CG001', 'CG002', 'CG003', 'CG010', 'CG012', 'CG013', 'CG020', 'CG030', 'CG031', 'CG032', 'CG033', 'CG041', 'CG042', 'CG060']) {
      assert.ok(expected.findings[code] > 0, `${code} planted`);
    }
    assert.ok(expected.files.frontMatter > 0 && expected.files.series > 0 && expected.files.notMinutes > 1 && expected.files.drafts > 0);
    for (const [id, m] of Object.entries(expected.overall)) {
      // The corpus has no CP plan file: that measure is never assessable (and never a pass).
      if (id === 'plan-updated') assert.deepEqual(m, { n: 0, N: 0, na: expected.files.minutes });
      else assert.ok(m.n > 0 && m.n < m.N, `${id} is neither all nor nothing`);
    }
    // Reviews written under a heading nobody knows make some minutes and children not assessable.
    assert.ok(expected.overall['actions-reviewed'].na > 0 && expected.overall['children-overdue'].na >= 0 && expected.overall.effective.na > 0);
  });

  it('reports exactly the expected figures, analysing in this process', () => {
    assert.equal(inProcess.stats.workers, 0);
    assertFigures(inProcess, expected);
  });

  it('reports the same with worker threads', async () => {
    const workerPath = join(repoRoot(), 'dist', 'worker.js');
    assert.ok(existsSync(workerPath), 'dist/worker.js is built (node scripts/build.mjs)');
    // Three threads asked for: this one and workers, each with a share of the folders, but never
    // more threads than cores (two on the development machine: one worker).
    const run = await audit({ folder: 'minutes', cwd: dir, format: 'json', jobs: 3, workerPath, version: 'test', now: new Date(2026, 11, 1) });
    assert.equal(run.stats.workers, Math.min(3, availableParallelism()) - 1);
    assertFigures(run, expected);
    assert.equal(run.output, inProcess.output);
  });

  it('is seeded: the same options give the same corpus and figures, another seed another', () => {
    const again = generateCorpus(OPTIONS);
    assert.deepEqual(again.expected, expected);
    assert.deepEqual([...again.files.keys()], [...generateCorpus(OPTIONS).files.keys()]);
    assert.notDeepEqual(generateCorpus({ ...OPTIONS, seed: 3 }).expected.overall, expected.overall);
  });
});
