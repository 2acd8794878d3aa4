/** Recording the sharing (insert-only, read back by CG060 and CG061), and `core-group export` on disk. */
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exportOptions, runExport } from '../../src/cli/export-command';
import { CliError, UsageError } from '../../src/cli/usage';
import type { MinutesAnalysis } from '../../src/core/analyse';
import { dayFromParts } from '../../src/core/dates';
import { currentStamp, isOwnExport } from '../../src/core/export';
import { recordSharingEdit, sharedVersions } from '../../src/core/export/share';
import { analyserFor } from './helpers/analyser';
import { MemoryReader } from './helpers/memory-reader';
import { goodMinutes } from './helpers/minutes';

const FIXTURE = resolve(__dirname, '../../../test/fixtures/export/2026-11-20-core-group.md');
const SOURCE = readFileSync(FIXTURE, 'utf8');
const PATH = '/ws/j/2026-11-20-core-group.md';
const SHARED = dayFromParts(2026, 11, 21)!;

async function analysed(text: string): Promise<MinutesAnalysis> {
  const a = await analyserFor(new MemoryReader({ [PATH]: text })).analyse({ path: PATH, root: '/ws' });
  assert.ok(a.isMinutes);
  return a;
}

async function recorded(text: string, withWhom = ['Hana Ortiz (Mother)', 'Ivo Grant (DSL)']): Promise<string> {
  const a = await analysed(text);
  const edit = recordSharingEdit(a, { withWhom, how: 'Secure email; Word document for the family', date: SHARED, stamp: currentStamp(a) });
  return text.slice(0, edit.offset) + edit.text + text.slice(edit.offset);
}

const codes = (a: MinutesAnalysis) => a.findings.map((f) => `${f.code} ${f.subject}`);

describe('recording the sharing', () => {
  it('inserts the record at the end of the distribution section, leaving everything else as it was', async () => {
    const after = await recorded(SOURCE);
    assert.ok(after.startsWith(SOURCE.trimEnd()), 'insert-only, after the last line of the section');
    assert.match(after, /Agreed by: Hana Ortiz\n\nShared with: Hana Ortiz \(Mother\), Ivo Grant \(DSL\)\nDate shared: 2026-11-21\nHow shared: Secure email; Word document for the family\nVersion shared: cg1-[0-9a-f]{8}\n$/);
  });

  it('counts as shared for CG060, and CG061 stays quiet until the content changes', async () => {
    const before = await analysed(SOURCE);
    assert.ok(codes(before).includes('CG060 distribution'));
    const after = await analysed(await recorded(SOURCE));
    assert.ok(!codes(after).some((c) => c.startsWith('CG060') || c.startsWith('CG061')), codes(after).join(', '));
    const [v] = sharedVersions(after.minutes);
    assert.equal(v.stamp, currentStamp(before));
    assert.equal(v.date, SHARED);
    const edited = await analysed((await recorded(SOURCE)).replace('Hana asks for help early.', 'Hana asks for help early and has started the course.'));
    const f = edited.findings.find((x) => x.code === 'CG061');
    assert.ok(f, 'CG061 after the edit');
    assert.equal(f.message, 'The minutes have changed since they were shared on 21 November 2026; share the new version and record it, so that the family and the network work from the same record.');
    assert.equal(f.severity, 'warning');
    assert.equal(f.dimension, 'Q');
  });

  it('does not judge minutes without a version stamp, however they change: a date of sharing alone, a stamp in a comment, a malformed stamp', async () => {
    const shared = SOURCE.replace('Date shared: TBC', 'Date shared: 2026-11-21');
    const edit = (text: string) => text.replace('Hana asks for help early.', 'Hana asks for help early and has started the course.');
    assert.notEqual(edit(shared), shared, 'the edit changes the minutes');
    const stamp = currentStamp(await analysed(shared));
    for (const text of [shared, shared.replace('Agreed by:', `<!-- Version shared: ${stamp} -->\nAgreed by:`), shared.replace('Agreed by:', 'Version shared: cg1-12345\nAgreed by:')]) {
      const a = await analysed(edit(text));
      assert.deepEqual(sharedVersions(a.minutes), []);
      assert.ok(!codes(a).some((c) => c.startsWith('CG061')), codes(a).join(', '));
    }
    // The same edit after a real stamp is judged: the cases above are quiet for want of a stamp.
    const a = await analysed(edit(shared.replace('Agreed by:', `Version shared: ${stamp}\nAgreed by:`)));
    assert.ok(codes(a).includes('CG061 distribution'), codes(a).join(', '));
  });

  it('reads a "Version shared:" line as every other "Label:" line is read: list items, bold, any case', async () => {
    const stamp = currentStamp(await analysed(SOURCE));
    for (const line of [`Version shared: ${stamp}`, `- **Version shared:** ${stamp.toUpperCase()}`, `+ version SHARED : ${stamp}`, `\u00a0__Version shared__: ${stamp}`]) {
      const a = await analysed(`${SOURCE}\nDate shared: 2026-11-21\n${line}\n`);
      assert.deepEqual(sharedVersions(a.minutes).map((v) => [v.stamp, v.date]), [[stamp, SHARED]], line);
    }
    for (const line of [`Version: ${stamp}`, `The version shared: ${stamp}`, `Version shared: later`, `1. Version shared: ${stamp}`]) {
      const a = await analysed(`${SOURCE}\nDate shared: 2026-11-21\n${line}\n`);
      assert.deepEqual(sharedVersions(a.minutes), [], line);
    }
  });

  it('keeps the file\'s line breaks, and adds the distribution section when there is none', async () => {
    const crlf = SOURCE.replace(/\n/g, '\r\n');
    const after = await recorded(crlf);
    assert.doesNotMatch(after.replace(/\r\n/g, ''), /\n/);
    assert.ok(!codes(await analysed(after)).some((c) => c.startsWith('CG061')));
    const without = goodMinutes({ distribution: null });
    const added = await analysed(await recorded(without));
    assert.ok(added.minutes.byId.has('distribution'));
    assert.ok(!codes(added).some((c) => c === 'CG001 distribution' || c.startsWith('CG061')), codes(added).join(', '));
  });

  it('writes whom and how on one line each, with no comment markers', async () => {
    const after = await recorded(SOURCE, ['Hana\nOrtiz <!-- x -->', '## School']);
    assert.match(after, /Shared with: Hana Ortiz x, ## School\n/);
  });
});

describe('core-group export', () => {
  let dir: string;
  const minutes = () => join(dir, 'j', '2026-11-20-core-group.md');
  const run = (args: string[]) => runExport(exportOptions(args, dir, '9.9.9'));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cg-export-'));
    mkdirSync(join(dir, 'j'));
    writeFileSync(minutes(), SOURCE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a Word document beside the minutes, prints the record to add, and leaves the minutes as they were', async () => {
    const r = await run(['j/2026-11-20-core-group.md']);
    const out = join(dir, 'j', '2026-11-20-core-group.docx');
    assert.ok(isOwnExport(readFileSync(out), 'docx'));
    assert.match(r.stdout, /^Wrote j\/2026-11-20-core-group\.docx \(a Word document for professionals, version cg1-[0-9a-f]{8}\)\.\n/);
    assert.match(r.stdout, /\n {2}Version shared: cg1-[0-9a-f]{8}\n$/);
    assert.equal(readFileSync(minutes(), 'utf8'), SOURCE);
    // Its own export may be replaced.
    await run(['j/2026-11-20-core-group.md']);
  });

  it('writes the family version as HTML, and --out where asked', async () => {
    await run(['j/2026-11-20-core-group.md', '--audience', 'family', '--format', 'html']);
    assert.match(readFileSync(join(dir, 'j', '2026-11-20-core-group-family.html'), 'utf8'), /<h1>Core group meeting: notes for the family<\/h1>/);
    await run(['j/2026-11-20-core-group.md', '--out', 'copy.html', '--format', 'html']);
    assert.ok(existsSync(join(dir, 'copy.html')));
  });

  it('never writes over a file that is not one of its exports', async () => {
    const theirs = join(dir, 'j', '2026-11-20-core-group.docx');
    writeFileSync(theirs, 'the council\'s own letter');
    await assert.rejects(run(['j/2026-11-20-core-group.md']), (e: Error) => e instanceof CliError && /is not a copy of minutes exported by core-group, so it was not overwritten/.test(e.message));
    assert.equal(readFileSync(theirs, 'utf8'), 'the council\'s own letter');
    writeFileSync(join(dir, 'report.html'), '<!doctype html><p>a report</p>');
    await assert.rejects(run(['j/2026-11-20-core-group.md', '--format', 'html', '--out', 'report.html']), CliError);
  });

  it('says what is wrong with its arguments', async () => {
    assert.throws(() => exportOptions([], dir, '1'), UsageError);
    assert.throws(() => exportOptions(['a.md', '--format', 'pdf'], dir, '1'), /unknown format "pdf" \(use docx or html\)/);
    assert.throws(() => exportOptions(['a.md', '--audience', 'parents'], dir, '1'), /unknown audience "parents"/);
    writeFileSync(join(dir, 'notes.md'), '# Notes\n');
    await assert.rejects(run(['notes.md']), /is not core group minutes/);
    await assert.rejects(run(['missing.md']), /cannot read "missing.md"/);
  });
});
