/**
 * "CP plan updated after the meeting", end to end: fictional minutes and CP plan files on disk, through
 * the audit (analysis, summary, cache, report) and the built command line's JSON. Each child is one
 * case, its expectation written beside it: a plan revised at the meeting, one revised only before it,
 * one with no revisions (not assessable: the plan is never judged for want of them), minutes with no
 * plan (not assessable), and a draft (left out). The stable format's fields are checked on the same
 * report.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit, AuditOptions } from '../../src/cli/audit-command';
import { SCHEMA_VERSION } from '../../src/core/audit';
import type { AuditReport, Measure } from '../../src/core/audit';
import { repoRoot } from './helpers/fixtures';

const NOW = new Date(Date.UTC(2026, 11, 1));

function minutes(child: string, date: string, area: string, front = ''): string {
  return `---
type: core-group-minutes
child: ${child}
date: ${date}
meeting: 2
chair: Colette Marsh
chair-role: Practice Manager
area: ${area}
team: Team 1
${front}---

# Core group meeting: ${child}

## Attendance and apologies

| Name | Role | Attended | Report |
|---|---|---|---|
| Colette Marsh | Practice Manager (chair) | Yes | |
| Jo Brightwater | Mother | Yes | |

## The child's voice and lived experience

The social worker saw the child alone at school.

## Parents and carers

Jo attended and agreed the plan.

## Progress against the plan

### O1 The child lives in a safe home

Progress: Amber

Some progress.

## Analysis of safety

Safety scale: 5/10.

## Revised plan and actions

| ID | Action | Outcome | Owner | Due |
|---|---|---|---|---|
| A1 | Clear the back bedroom | O1 | Jo Brightwater | 2026-11-23 |

## Contingency plan

If the home is no better, the core group will ask for a review conference.

## Minutes distribution

Date shared: ${date}
`;
}

const revision = (n: number, when: string) => `
## Revision ${n}: after the core group of ${when}

### Outcomes

#### O1 The child lives in a safe home

Progress: Amber

Some progress.
`;

const plan = (child: string, revisions = '') => `---
type: cp-plan
child: ${child}
---

# Child protection plan: ${child}

## O1 The child lives in a safe home
${revisions}`;

const LINK = 'plan: ./cp-plan.md\n';

/** Each child's files, and what the measure must count for them. */
const CASES: Record<string, { files: Record<string, string>; expect: 'updated' | 'not updated' | 'not assessable' | 'draft' }> = {
  // Revised at this meeting (same date): updated.
  'north/child-a': { expect: 'updated', files: { '2026-10-07-core-group.md': minutes('P.A.', '2026-10-07', 'North', LINK), 'cp-plan.md': plan('P.A.', revision(1, '7 October 2026')) } },
  // Revised only at an earlier core group: keeps revisions, none since this meeting: not updated.
  'north/child-b': { expect: 'not updated', files: { '2026-10-14-core-group.md': minutes('P.B.', '2026-10-14', 'North', LINK), 'cp-plan.md': plan('P.B.', revision(1, '9 September 2026')) } },
  // A plan file without the revision layout is never judged: not assessable.
  'south/child-c': { expect: 'not assessable', files: { '2026-10-21-core-group.md': minutes('P.C.', '2026-10-21', 'South', LINK), 'cp-plan.md': plan('P.C.') } },
  // No plan file at all: not assessable.
  'south/child-d': { expect: 'not assessable', files: { '2026-10-28-core-group.md': minutes('P.D.', '2026-10-28', 'South') } },
  // A draft whose plan was revised: left out of every measure (its summary does not judge the plan either).
  'south/child-e': { expect: 'draft', files: { '2026-11-04-core-group.md': minutes('P.E.', '2026-11-04', 'South', LINK + 'status: draft\n'), 'cp-plan.md': plan('P.E.', revision(1, '4 November 2026')) } },
};

const planMeasure = (ms: readonly Pick<Measure, 'id' | 'n' | 'N' | 'notAssessable'>[]) => {
  const m = ms.find((x) => x.id === 'plan-updated')!;
  return { n: m.n, N: m.N, na: m.notAssessable };
};

describe('audit: CP plan updated after the meeting, from the plan\'s revisions', function () {
  this.timeout(60000);
  let dir = '';
  const opts = (over: Partial<AuditOptions> = {}): AuditOptions => ({ folder: 'minutes', cwd: dir, format: 'json', jobs: 0, version: 'test', now: NOW, ...over });
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'core-group-audit-plan-'));
    for (const [child, c] of Object.entries(CASES)) {
      mkdirSync(join(dir, 'minutes', child), { recursive: true });
      for (const [name, text] of Object.entries(c.files)) writeFileSync(join(dir, 'minutes', child, name), text);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('counts each set of minutes as its case says, overall, by area and in the summaries', async () => {
    const run = await audit(opts());
    const want = Object.values(CASES).map((c) => c.expect);
    const count = (e: string) => want.filter((x) => x === e).length;
    assert.deepEqual(planMeasure(run.report.overall), { n: count('updated'), N: count('updated') + count('not updated'), na: count('not assessable') });
    assert.deepEqual(planMeasure(run.report.overall), { n: 1, N: 2, na: 2 });
    assert.deepEqual(run.report.byArea.map((g) => [g.name, planMeasure(g.measures)]), [['North', { n: 1, N: 2, na: 0 }], ['South', { n: 0, N: 0, na: 2 }]]);
    assert.deepEqual(run.report.drafts, ['south/child-e/2026-11-04-core-group.md']);
    const by = Object.fromEntries(run.summaries.filter((s) => s.isMinutes).map((s) => [s.path.split('/').slice(0, 2).join('/'), s.planUpdated]));
    assert.deepEqual(by, { 'north/child-a': true, 'north/child-b': false, 'south/child-c': undefined, 'south/child-d': undefined, 'south/child-e': undefined });
    const md = (await audit(opts({ format: 'md' }))).output;
    assert.match(md, /\| CP plan updated after the meeting \| 1 of 2 \(50%\); 2 sets of minutes not assessable \|/);
  });

  it('carries the stable format\'s fields, and the same figure from the built command line', () => {
    const r = spawnSync(process.execPath, [join(repoRoot(), 'dist', 'cli.js'), 'audit', 'minutes', '--format', 'json', '--trend', 'quarter'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout) as AuditReport;
    assert.equal(report.kind, 'core-group-audit-report');
    assert.equal(report.schemaVersion, SCHEMA_VERSION);
    assert.deepEqual(report.tool, { name: 'core-group', version: (JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as { version: string }).version });
    assert.deepEqual(report.period, { label: 'all' });
    assert.deepEqual(Object.keys(report.settings), ['today', 'drafts', 'trend', 'readWith']);
    assert.deepEqual(report.settings.readWith?.procedures, ['england']);
    assert.deepEqual([report.settings.drafts, report.settings.trend], ['left out', 'quarter']);
    assert.match(report.settings.today, /^\d{4}-\d{2}-\d{2}$/);
    assert.deepEqual(planMeasure(report.overall), { n: 1, N: 2, na: 2 });
    const q4 = report.trend!.overall.find((s) => s.id === 'plan-updated')!;
    assert.deepEqual([report.trend!.periods.map((p) => p.label), q4.n, q4.N, q4.notAssessable], [['2026-Q4'], [1], [2], [2]]);
  });

  it('counts a revision added since a cached run: the plan is one of what the summary depends on', async () => {
    const cache = 'audit-cache.json';
    assert.deepEqual(planMeasure((await audit(opts({ cache }))).report.overall), { n: 1, N: 2, na: 2 });
    appendFileSync(join(dir, 'minutes', 'north', 'child-b', 'cp-plan.md'), revision(2, '14 October 2026'));
    const again = await audit(opts({ cache }));
    assert.deepEqual(again.stats.analysedPaths, ['north/child-b/2026-10-14-core-group.md', 'north/child-b/cp-plan.md']);
    assert.deepEqual(planMeasure(again.report.overall), { n: 2, N: 2, na: 2 });
  });
});
