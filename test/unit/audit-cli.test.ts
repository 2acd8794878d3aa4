/**
 * `core-group audit` as a command: bad input is counted and listed (never dropped, never a crash),
 * a folder without minutes is a clear message with exit code 2, and the cache re-analyses exactly
 * what changed and what read it.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit, AuditOptions, runAudit } from '../../src/cli/audit-command';
import { UsageError } from '../../src/cli/usage';
import { generateCorpus, writeCorpus } from '../corpus/main';
import { repoRoot } from './helpers/fixtures';

const MINUTES = (extra: string) => `---
type: core-group-minutes
child: R.T.
date: 2026-03-02
meeting: 2
chair: Lee Park
chair-role: Team Manager
${extra}---

# Core group meeting

## Attendance and apologies

| Name | Role | Attended | Report |
|---|---|---|---|
| Lee Park | Team Manager (chair) | Yes | |
`;

describe('audit: bad input and empty folders', function () {
  this.timeout(60000);
  let dir = '';
  const base = (over: Partial<AuditOptions> = {}): AuditOptions => ({ folder: 'in', cwd: dir, format: 'md', jobs: 0, version: 'test', ...over });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'core-group-audit-'));
    mkdirSync(join(dir, 'in', 'child'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts and lists unreadable files, non-minutes, invalid front matter and broken series', async () => {
    const c = join(dir, 'in', 'child');
    writeFileSync(join(c, 'good.md'), MINUTES(''));
    writeFileSync(join(c, 'notes.md'), '# Notes\n');
    writeFileSync(join(c, 'bad-yaml.md'), '---\ntype: core-group-minutes\nchild: [R.T.\n---\n\n# Draft\n');
    writeFileSync(join(c, 'broken.md'), MINUTES('previous: ./missing.md\n'));
    symlinkSync(join(c, 'nowhere.md'), join(c, 'dangling.md'));
    const run = await audit(base());
    assert.deepEqual(run.report.problems.map((p) => [p.kind, p.files.map((f) => f.path)]), [
      ['unreadable', ['child/dangling.md']],
      ['not-minutes', ['child/notes.md']],
      ['front-matter', ['child/bad-yaml.md']],
      ['series', ['child/broken.md']],
    ]);
    // good.md and broken.md are one child (same id, same folder).
    assert.deepEqual(run.report.files, { markdown: 5, minutes: 3, children: 1, drafts: 0, outsidePeriod: 0, undated: 0 });
    assert.ok(run.output.includes('- 1 file could not be read:\n  - [child/dangling.md](<in/child/dangling.md>)'), 'listed, linked from the current folder');
    const html = (await audit(base({ format: 'html' }))).output;
    assert.ok(html.includes('1 file could not be read') && html.includes('child/dangling.md'));
  });

  it('says clearly when a folder holds no minutes, or is not a folder', async () => {
    await assert.rejects(audit(base()), (e: Error) => e instanceof UsageError && e.message === 'no core group minutes found in in (no Markdown files at all)');
    writeFileSync(join(dir, 'in', 'child', 'notes.md'), '# Notes\n');
    await assert.rejects(audit(base()), /no core group minutes found in in \(1 Markdown file, none with "type: core-group-minutes" in the front matter\)/);
    await assert.rejects(audit(base({ folder: 'nope' })), /"nope" is not a folder/);
  });

  it('the command exits 2 with one line for no minutes or bad usage, 0 with a report', () => {
    const cli = join(repoRoot(), 'dist', 'cli.js');
    assert.ok(existsSync(cli), 'dist/cli.js is built');
    const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'audit', ...args], { cwd: dir, encoding: 'utf8' });
    let r = run('in');
    assert.equal(r.status, 2);
    assert.equal(r.stderr.split('\n')[0], 'core-group: no core group minutes found in in (no Markdown files at all)');
    assert.equal(run('in', '--format', 'pdf').status, 2);
    assert.equal(run().status, 2);
    writeFileSync(join(dir, 'in', 'child', 'good.md'), MINUTES(''));
    r = run('in');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^# Thematic audit of core group minutes/);
    r = run('in', '--out', 'report.html', '--jobs', '2');
    assert.equal(r.status, 0);
    assert.match(readFileSync(join(dir, 'report.html'), 'utf8'), /^<!doctype html>/);
    assert.match(r.stderr, /^Wrote the audit of 1 set of minutes to report\.html \(1 analysed, 0 unchanged since the last run\)/);
    assert.equal(JSON.parse(run('in', '--out', 'r.json').stdout || readFileSync(join(dir, 'r.json'), 'utf8')).files.minutes, 1);
  });

  it('runAudit parses its arguments', async () => {
    writeFileSync(join(dir, 'in', 'child', 'good.md'), MINUTES(''));
    await assert.rejects(runAudit([], dir), /name one folder/);
    await assert.rejects(runAudit(['in', 'other'], dir), /only one folder/);
    await assert.rejects(runAudit(['in', '--jobs', 'many'], dir), /--jobs must be a whole number/);
    const r = await runAudit(['in', '--format', 'json', '--jobs', '0'], dir);
    assert.equal(JSON.parse(r.stdout).files.minutes, 1);
  });
});

describe('audit: the cache', function () {
  this.timeout(120000);
  let dir = '';
  const opts = (over: Partial<AuditOptions> = {}): AuditOptions => ({ folder: 'minutes', cwd: dir, format: 'json', cache: 'cache.json', jobs: 0, version: 'test', now: new Date(2026, 11, 1), ...over });
  let files: string[] = [];
  // Each test starts from the same corpus without a cache, so it holds when run alone.
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'core-group-audit-cache-'));
    const corpus = generateCorpus({ children: 6, meetings: 3, seed: 4 });
    writeCorpus(join(dir, 'minutes'), corpus.files);
    files = [...corpus.files.keys()].sort();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  /** A cache written by one audit of the unchanged corpus. */
  const warm = async () => assert.equal((await audit(opts())).stats.analysed, files.length);

  it('analyses everything once, then nothing while the corpus is unchanged', async () => {
    const cold = await audit(opts());
    assert.equal(cold.stats.analysed, files.length);
    const warm = await audit(opts());
    assert.deepEqual([warm.stats.analysed, warm.stats.fromCache], [0, files.length]);
    assert.equal(warm.output, cold.output);
  });

  it('re-analyses a changed file and every file whose analysis read it, and no other', async () => {
    await warm();
    const meetings = files.filter((f) => f.endsWith('-core-group.md') && !f.includes('draft'));
    const folder = meetings[0].slice(0, meetings[0].lastIndexOf('/'));
    const series = meetings.filter((f) => f.startsWith(folder + '/'));
    assert.equal(series.length, 3);
    appendFileSync(join(dir, 'minutes', series[1]), '\nAn added line.\n');
    const run = await audit(opts());
    // The first meeting finds earlier minutes by reading its folder, so a child's files depend on each other.
    assert.deepEqual(run.stats.analysedPaths, series);
    assert.equal((await audit(opts())).stats.analysed, 0);
  });

  it('re-analyses the files below a new settings file, and the rest of a series when a file goes', async () => {
    await warm();
    const area = files.find((f) => f.endsWith('-core-group.md'))!.split('/')[0];
    writeFileSync(join(dir, 'minutes', area, '.coregroup.json'), '{ "checks": { "CG060": "off" } }');
    let run = await audit(opts());
    assert.deepEqual(run.stats.analysedPaths, files.filter((f) => f.startsWith(area + '/')));
    const last = files.filter((f) => f.endsWith('-core-group.md')).pop()!;
    unlinkSync(join(dir, 'minutes', last));
    run = await audit(opts());
    const folder = last.slice(0, last.lastIndexOf('/') + 1);
    // The folder's other minutes (its drafts too: each lists the folder to find earlier minutes).
    assert.deepEqual(run.stats.analysedPaths, files.filter((f) => f.startsWith(folder) && f !== last && /-core-group(-next)?\.md$/.test(f)));
    assert.equal(run.stats.files, files.length - 1);
  });

  it('starts afresh for another version, and survives a damaged cache file', async () => {
    await warm();
    assert.equal((await audit(opts({ version: 'other' }))).stats.fromCache, 0);
    // Damaged after its header (which makes it recognisably this tool's cache, so it may be replaced).
    const header = readFileSync(join(dir, 'cache.json'), 'utf8').split('\n')[0].replace('core-group other', 'core-group test');
    writeFileSync(join(dir, 'cache.json'), header + '\n{ not json');
    const run = await audit(opts());
    assert.deepEqual([run.stats.fromCache, run.stats.cacheProblem], [0, 'unusable']);
    assert.equal((await audit(opts())).stats.analysed, 0);
    assert.ok(!readFileSync(join(dir, 'cache.json'), 'utf8').includes('All names'), 'the cache holds no minutes text');
  });
});
