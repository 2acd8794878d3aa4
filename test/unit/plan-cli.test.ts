/**
 * `core-group plan FILE` through the built command line, on a scratch copy of the samples: it appends
 * (the old plan is a prefix of the new, byte for byte), a second run writes nothing, it creates a plan
 * and links it from minutes that have none, it refuses an older meeting and draft minutes (exit 2), and the audit's
 * summary counts the plan as updated after the meeting.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarise } from '../../src/core/audit/summary';
import { planUpdatedAfter } from '../../src/core/record';
import { nodeReader } from '../../src/cli/node-reader';
import { analyserFor } from './helpers/analyser';
import { repoRoot } from './helpers/fixtures';
import { asMinutes } from './helpers/narrow';

describe('core-group plan', function () {
  this.timeout(60000);
  let dir = '';
  const cli = (...args: string[]) => spawnSync(process.execPath, [join(repoRoot(), 'dist', 'cli.js'), 'plan', ...args], { cwd: dir, encoding: 'utf8' });
  const read = (p: string) => readFileSync(join(dir, p), 'utf8');
  const analyse = async (p: string) => asMinutes(await analyserFor(nodeReader).analyse({ path: join(dir, p).replace(/\\/g, '/'), root: dir.replace(/\\/g, '/') }));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'core-group-plan-'));
    cpSync(join(repoRoot(), 'samples'), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('appends a revision, keeps every earlier byte, and adds nothing the second time', async () => {
    const plan = 'child-h-b/cp-plan.md';
    const before = read(plan);
    assert.equal(planUpdatedAfter(await analyse('child-h-b/2026-11-18-core-group.md')), undefined, 'a plan without revisions is not assessable');
    const r = cli('child-h-b/2026-11-18-core-group.md');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Added revision 1 to the CP plan cp-plan\.md, from the core group of 18 November 2026\./);
    const after = read(plan);
    assert.ok(after.length > before.length && after.startsWith(before));
    const mtime = statSync(join(dir, plan)).mtimeMs;
    const again = cli('child-h-b/2026-11-18-core-group.md');
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /nothing was added/);
    assert.equal(read(plan), after);
    assert.equal(statSync(join(dir, plan)).mtimeMs, mtime, 'the plan file was not written again');

    const a = await analyse('child-h-b/2026-11-18-core-group.md');
    assert.equal(planUpdatedAfter(a), true);
    assert.equal(summarise(a, dir).planUpdated, true);
    assert.deepEqual(a.findings.filter((f) => f.code === 'CG043'), []);
  });

  it('refuses an older meeting after a later revision, with exit code 2 and nothing written', () => {
    assert.equal(cli('child-h-b/2026-11-18-core-group.md').status, 0);
    const plan = read('child-h-b/cp-plan.md');
    const r = cli('child-h-b/2026-10-14-core-group.md');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^core-group: The CP plan cp-plan\.md already has revision 1, from a later core group \(18 November 2026\)/);
    assert.equal(read('child-h-b/cp-plan.md'), plan);
  });

  it('creates the plan when the child has none and adds the plan: link to the minutes by inserting one line', async () => {
    const minutes = 'child-r-a/2026-11-05-core-group.md';
    const before = read(minutes);
    const r = cli(minutes);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Created the CP plan cp-plan\.md with revision 1.*Added "plan: \.\/cp-plan\.md" to the front matter/);
    const after = read(minutes);
    const at = after.indexOf('plan: ./cp-plan.md\n');
    assert.ok(at > 0 && after.slice(0, at) + after.slice(at + 'plan: ./cp-plan.md\n'.length) === before, 'only the link line was inserted');
    assert.match(read('child-r-a/cp-plan.md'), /^---\ntype: cp-plan\n/);
    const a = await analyse(minutes);
    assert.equal(a.series.plan?.path.endsWith('child-r-a/cp-plan.md'), true);
    assert.equal(planUpdatedAfter(a), true);
  });

  it('fires CG043 on final minutes whose plan keeps revisions but has none since', async () => {
    assert.equal(cli('child-h-b/2026-10-14-core-group.md').status, 0);
    const a = await analyse('child-h-b/2026-11-18-core-group.md');
    assert.equal(planUpdatedAfter(a), false);
    assert.equal(summarise(a, dir).planUpdated, false);
    assert.deepEqual(a.findings.filter((f) => f.code === 'CG043').map((f) => [f.subject, f.range.start.line]), [['plan', 9]]);
  });

  it('refuses, with exit code 2 and the name as given, a file that is not minutes, a missing file, and two files', () => {
    const notes = cli('README.md');
    assert.equal(notes.status, 2);
    assert.equal(notes.stderr, 'core-group: "README.md" is not core group minutes (its front matter has no "type: core-group-minutes").\n');
    const missing = cli('gone.md');
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^core-group: cannot read "gone\.md"\n/);
    assert.match(cli('README.md', 'gone.md').stderr, /^core-group: name only one file of minutes\n/);
    assert.match(cli().stderr, /^core-group: name one file of minutes, for example: core-group plan /);
  });

  it('refuses draft minutes written to a real template (a postponed meeting never agreed), with exit code 2 and nothing written', () => {
    const real = join(dir, 'real');
    cpSync(join(repoRoot(), 'test', 'realworld2', '08-frg-postponed-draft'), real, { recursive: true });
    const draft = 'real/2026-09-30-core-group.md';
    const before = read(draft);
    const r = cli(draft);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^core-group: These minutes are a draft \(status: draft\), so the CP plan was not changed/);
    assert.equal(read(draft), before, 'the minutes are as they were');
    assert.equal(statSync(join(real, 'cp-plan.md'), { throwIfNoEntry: false }), undefined, 'no plan was created');
    // The agreed minutes of the meeting as held are taken.
    assert.equal(cli('real/2026-10-14-core-group.md').status, 0);
  });
});
