/**
 * What the command line prints and writes (issue 9, items 2 and 3): no forged lines or raw escape
 * sequences in text output, percent-encoded SARIF URIs, and `--out`/`--cache` that never replace a
 * file that is not this tool's own output, written atomically.
 */
import { strict as assert } from 'node:assert';
import { CACHE_FORMAT } from '../../src/core/audit';
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { audit } from '../../src/cli/audit-command';
import { runCheck } from '../../src/cli/check-command';
import { artifactUri } from '../../src/cli/output';
import { escapeControls } from '../../src/core/escape';
import { repoRoot } from './helpers/fixtures';
import { goodMinutes, table } from './helpers/minutes';

const FORGED = '/etc/forged.md:1:1  CG999  error  FORGED LINE';
const ESC = '\u001b[2J\u001b]0;pwned\u0007';

describe('command line output', function () {
  this.timeout(60000);
  let dir = '';
  const cli = join(repoRoot(), 'dist', 'cli.js');
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'core-group-output-'));
    mkdirSync(join(dir, 'child'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('escapes line breaks and control characters from documents and paths in text output', async () => {
    // A previous: value holding a line break and a forged finding, an escape sequence in a name
    // that a message quotes, and a file name holding a line break.
    const yamlForged = `"./missing.md\\n${FORGED}"`;
    writeFileSync(join(dir, 'child', 'a.md'), goodMinutes({}, { previous: yamlForged }));
    writeFileSync(join(dir, 'child', `b\n${FORGED.slice(5)}.md`), goodMinutes({ attendance: table(['Name', 'Role', 'Attended', 'Report'], [['Fay Brooks', 'Team Manager (chair)', 'Yes', ''], [`Ron${ESC} Bell`, 'Father', 'No', '']]) }));
    const r = await runCheck({ format: 'text', inputs: ['child'], cwd: dir, version: 'test' });
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(!lines.some((l) => l.startsWith('/etc/forged.md') || l.startsWith('forged.md')), 'no forged line');
    assert.ok(!r.stdout.includes('\u001b') && !r.stdout.includes('\u0007'), 'no raw escape sequence');
    // Every line is a finding of a real file, or the summary.
    for (const l of lines.slice(0, -1)) assert.match(l, /^child\/(a\.md|b\\nforged\.md:1:1 {2}CG999 {2}error {2}FORGED LINE\.md):\d+:\d+ {2}CG\d{3} {2}/);
    assert.ok(r.stdout.includes('\\x1b[2J'), 'shown as a visible escape');
    assert.ok(lines.some((l) => l.includes('./missing.md\\n/etc/forged.md')));
    assert.match(lines[lines.length - 1], /^\d+ findings \(\d+ errors?\) in 2 files of minutes\.$/);
  });

  it('the audit report sends no raw control character from a file name or the minutes to the terminal', async () => {
    writeFileSync(join(dir, 'child', 'm.md'), goodMinutes({}, { team: `T${ESC}` }));
    writeFileSync(join(dir, 'child', `notes${ESC}\nforged.md`), '# Notes\n');
    for (const format of ['md', 'html'] as const) {
      const run = await audit({ folder: 'child', cwd: dir, format, jobs: 0, version: 'test' });
      assert.ok(!/[\u0000-\u0008\u000b-\u001f]/.test(run.output), `${format}: no raw control character`);
      assert.ok(run.output.includes('notes\\x1b[2J') || run.output.includes('notes\\x1b\\[2J'), `${format}: shown as an escape`);
    }
  });

  it('escapeControls shows C0, C1, line separators and direction marks, and leaves other text alone', () => {
    assert.equal(escapeControls('a\nb\r\tc\u0000\u009b\u2028\u202e é ✓'), 'a\\nb\\r\\tc\\x00\\x9b\\u2028\\u202e é ✓');
  });

  it('JSON and SARIF escape what JSON.stringify leaves raw, and SARIF URIs are percent-encoded', async () => {
    writeFileSync(join(dir, 'child', 'a #1 \u009b.md'), goodMinutes({ distribution: 'Shared with: core group' }));
    const json = await runCheck({ format: 'json', inputs: ['child'], cwd: dir, version: 'test' });
    assert.ok(!json.stdout.includes('\u009b') && json.stdout.includes('\\u009b'));
    assert.equal(JSON.parse(json.stdout)[0].file, 'child/a #1 \u009b.md', 'still the same JSON value');
    const sarif = await runCheck({ format: 'sarif', inputs: ['child'], cwd: dir, version: 'test' });
    const log = JSON.parse(sarif.stdout) as Log;
    assert.equal(log.runs[0].results![0].locations![0].physicalLocation!.artifactLocation!.uri, 'child/a%20%231%20%C2%9B.md');
    assert.equal(artifactUri('/srv/minutes/a b#c.md'), 'file:///srv/minutes/a%20b%23c.md');
    assert.equal(artifactUri('..\\up\\x y.md'), '../up/x%20y.md');
  });

  it('--cache and --out refuse a file that is not this tool\'s own output: exit 2, one line, file unchanged', () => {
    const minutes = goodMinutes();
    writeFileSync(join(dir, 'child', '2026-11-18-core-group.md'), minutes);
    writeFileSync(join(dir, 'README.md'), '# Read me\n');
    for (const args of [['--cache', 'child/2026-11-18-core-group.md'], ['--out', 'child/2026-11-18-core-group.md'], ['--out', 'README.md'], ['--cache', 'README.md']]) {
      const r = run('audit', 'child', ...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^core-group: ".+" exists and is not a (report written by core-group|core-group cache), so it was (not|neither read nor) overwritten/);
    }
    assert.equal(readFileSync(join(dir, 'child', '2026-11-18-core-group.md'), 'utf8'), minutes);
    assert.equal(readFileSync(join(dir, 'README.md'), 'utf8'), '# Read me\n');
    assert.equal(run('audit', 'child', '--out', 'child').status, 2, 'a folder is refused');
  });

  it('--out replaces its own reports of every format (and an empty file), and --cache its own cache, atomically', () => {
    writeFileSync(join(dir, 'child', 'm.md'), goodMinutes());
    for (const name of ['report.html', 'report.md', 'report.json']) {
      writeFileSync(join(dir, name), '');
      for (let i = 0; i < 2; i++) {
        const r = run('audit', 'child', '--out', name, '--cache', 'cache.json');
        assert.equal(r.status, 0, `${name} run ${i}: ${r.stderr}`);
      }
    }
    assert.match(readFileSync(join(dir, 'report.md'), 'utf8'), /<!-- core-group audit report: .* -->\n$/);
    assert.equal(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).kind, 'core-group-audit-report');
    assert.ok(readFileSync(join(dir, 'cache.json'), 'utf8').startsWith(`{"kind":"core-group-audit-cache","format":${CACHE_FORMAT},`));
    // Written beside and renamed: no temporary file is left behind.
    assert.deepEqual(readdirSync(dir).sort(), ['cache.json', 'child', 'report.html', 'report.json', 'report.md']);
    assert.ok(existsSync(join(dir, 'child', 'm.md')));
    assert.equal(run('audit', 'child', '--out', 'same.json', '--cache', 'same.json').status, 2);
  });

  it('writes nothing through a symbolic link: --out, --cache, the briefing and an export beside the minutes (exit 2, one line)', () => {
    writeFileSync(join(dir, 'child', 'm.md'), goodMinutes());
    const outside = mkdtempSync(join(tmpdir(), 'core-group-outside-'));
    try {
      // Outside the workspace: empty files (which a plain path could be written over) and a place a broken link points to.
      for (const name of ['empty.html', 'empty.json', 'empty.docx', 'export.html']) writeFileSync(join(outside, name), '');
      const links: [string, string][] = [
        ['report.html', 'empty.html'], ['cache.json', 'empty.json'], ['briefing.docx', 'empty.docx'], ['broken.md', 'gone.md'], [join('child', 'm.html'), 'export.html'],
      ];
      for (const [link, target] of links) symlinkSync(join(outside, target), join(dir, link));
      for (const args of [
        ['audit', 'child', '--out', 'report.html'],
        ['audit', 'child', '--out', 'r.html', '--cache', 'cache.json'],
        ['audit', 'child', '--briefing', '--out', 'briefing.docx'],
        ['audit', 'child', '--out', 'broken.md'],
        ['export', 'child/m.md', '--format', 'html'],
      ]) {
        const r = run(...args);
        assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
        assert.match(r.stderr, /^core-group: ".+" is a shortcut \(a symbolic link\), so nothing was written through it .+\n$/, args.join(' '));
      }
      for (const name of ['empty.html', 'empty.json', 'empty.docx', 'export.html']) assert.equal(readFileSync(join(outside, name), 'utf8'), '', `${name} untouched`);
      assert.ok(!existsSync(join(outside, 'gone.md')), 'nothing created where the broken link points');
      for (const [link] of links) assert.ok(lstatSync(join(dir, link)).isSymbolicLink(), `${link} is still the link`);
      assert.equal(run('export', 'child/m.md', '--format', 'html', '--out', 'm-export.html').status, 0, 'a plain file name is written');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
