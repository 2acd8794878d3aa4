/**
 * Front matter that is large or odd in structure (issue 9's structural bombs, in the YAML): the file
 * stays minutes and hears why its front matter was not read, rather than being skipped without a
 * word. The structure budget charges front matter lines as micromark reads them (as they are: their
 * markup is not tokenised and the closing fence is no setext underline), front matter of more than
 * MAX_FRONT_MATTER_LINES lines is not given to the yaml library (whose time grows faster than its
 * keys), and reading stopped inside the front matter still leaves a front matter to report on.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../src/cli/check-command';
import { frontMatterText } from '../../src/core/messages/front-matter';
import { MAX_FRONT_MATTER_LINES } from '../../src/core/parse/front-matter';
import { frontMatterEnd, structureCutAt } from '../../src/core/parse/limits';
import { analyserFor } from './helpers/analyser';
import { asMinutes } from './helpers/narrow';
import { key } from './helpers/edits';
import { MemoryReader } from './helpers/memory-reader';
import { goodMinutes } from './helpers/minutes';

const body = goodMinutes({}, null);
const withFront = (yaml: string) => `---\ntype: core-group-minutes\nchild: A.B.\ndate: 2026-10-01\nmeeting: 1\n${yaml}---\n\n${body}`;
const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: v\n`).join('');

async function analyse(text: string) {
  return analyserFor(new MemoryReader({ '/w/c/m.md': text })).analyse({ path: '/w/c/m.md', root: '/w' });
}

describe('front matter limits', function () {
  this.timeout(60_000);

  it('finds the end of the front matter as micromark does', () => {
    assert.equal(frontMatterEnd('---\na: 1\n---\n# T\n'), 13);
    assert.equal(frontMatterEnd('\ufeff---  \r\na: 1\r\n---\t\r\n# T'), 20);
    assert.equal(frontMatterEnd('---\na: 1\n --- \n# T\n'), undefined, 'an indented fence does not close it');
    assert.equal(frontMatterEnd('# T\n---\na: 1\n---\n'), undefined, 'only at the start');
  });

  it('a value full of markup does not stop the reading at the closing fence of a small file', async () => {
    const text = withFront(`notes: ${'['.repeat(200)}${']'.repeat(200)}\n`);
    assert.equal(structureCutAt(text), undefined);
    const a = asMinutes(await analyse(text));
    assert.equal(a.minutes.meta.child, 'A.B.');
    assert.ok(!a.findings.some((f) => f.code === 'CG003'), a.findings.map(key).join(', '));
  });

  it(`is not parsed past ${MAX_FRONT_MATTER_LINES} lines: a CG003 yaml finding in our words, and still minutes`, async () => {
    const a = asMinutes(await analyse(withFront(keys(2_000))));
    const f = a.findings.filter((x) => x.code === 'CG003');
    assert.deepEqual(f.map(key), ['CG003 yaml']);
    assert.ok(f[0].message.includes(frontMatterText.yamlFaults.tooLong(MAX_FRONT_MATTER_LINES)), f[0].message);
    assert.equal(f[0].range.start.line, 1);
    // One line under the limit is read as usual.
    assert.equal(asMinutes(await analyse(withFront(keys(MAX_FRONT_MATTER_LINES - 5)))).minutes.meta.child, 'A.B.');
  });

  it('reading stopped inside the front matter: still minutes, with both findings', async () => {
    const text = withFront(keys(80_000));
    const cut = structureCutAt(text);
    assert.ok(cut !== undefined && cut < frontMatterEnd(text)!, 'the budget stops inside the front matter');
    const a = await analyse(text);
    assert.equal(a.isMinutes, true);
    assert.deepEqual(a.findings.filter((x) => x.code === 'CG003').map(key), ['CG003 yaml', 'CG003 too-large']);
  });

  it('collections nested hundreds deep are said to be nested, not aliases', async () => {
    const a = await analyse(withFront(`x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`));
    const f = a.findings.find((x) => x.code === 'CG003' && x.subject === 'yaml');
    assert.ok(f?.message.includes(frontMatterText.yamlFaults.codes.TOO_DEEP), f?.message);
  });

  it('check DIR lists each of these files with its finding, never "No core group minutes found"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'core-group-front-'));
    try {
      mkdirSync(join(dir, 'c'));
      writeFileSync(join(dir, 'c', 'a.md'), withFront(`x: ${'['.repeat(1000)}${']'.repeat(1000)}\n`));
      writeFileSync(join(dir, 'c', 'b.md'), withFront(keys(80_000)));
      const r = await runCheck({ format: 'json', inputs: ['c'], cwd: dir, root: dir, version: 'test' });
      const found = (JSON.parse(r.stdout) as { file: string; code: string; subject: string }[]).filter((f) => f.code === 'CG003').map((f) => `${f.file} ${f.subject}`);
      assert.deepEqual(found.sort(), ['c/a.md yaml', 'c/b.md too-large', 'c/b.md yaml']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
