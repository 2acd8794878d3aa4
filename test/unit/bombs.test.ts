/**
 * Structural bombs (issue 9): input whose structure, not its length, would exhaust memory or time is
 * read only as far as the budget of src/core/parse/limits.ts allows, with a CG003 `too-large` finding
 * where reading stopped. The corpus runs in a Node process with a 320 MB heap, in which 950,000
 * characters of tiny tables alone used to need about 2 GB: the test asserts that it finishes and
 * reports, never how long it takes.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../src/core/parse/document';
import { measureStructure, structureBudget, structureCutAt } from '../../src/core/parse/limits';
import { minutesText } from '../bench/generate';
import { generateCorpus } from '../corpus/main';
import { analyserFor } from './helpers/analyser';
import { BOMB_BASE, BOMBS, bombNamed } from './helpers/bombs';
import { projectMarkdownFiles } from './helpers/fixtures';
import { MemoryReader } from './helpers/memory-reader';
import { goodMinutes } from './helpers/minutes';

interface Ran { name: string; chars: number; isMinutes: boolean; findings: string[]; cutLine?: number }

describe('structural bombs', () => {
  it('are all analysed within a 320 MB heap, each reporting where reading stopped', function () {
    this.timeout(600_000);
    const out = spawnSync(process.execPath, ['--max-old-space-size=320', join(__dirname, 'bombs.run.js')], { encoding: 'utf8', maxBuffer: 1 << 24 });
    assert.equal(out.status, 0, `the bomb corpus did not finish (signal ${out.signal}): ${out.stderr.split('\n').find((l) => /heap|Error/.test(l)) ?? ''}`);
    const ran = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as Ran);
    assert.equal(ran.length, BOMBS.length + 3);
    const baseLines = BOMB_BASE.split('\n').length;
    for (const r of ran) {
      const what = `${r.name} (${r.chars} characters)`;
      assert.equal(r.isMinutes, true, what);
      assert.ok(!r.findings.some((f) => f.endsWith('internal-error')), what);
      // The minutes before the bomb are read in full: the only finding is where reading stopped, inside the bomb.
      assert.deepEqual(r.findings, ['CG003 too-large'], what);
      assert.ok(r.cutLine !== undefined && r.cutLine >= baseLines - 1, `${what}: stopped at line ${r.cutLine}`);
    }
  });

  it('leaves ordinary minutes of every size whole, with room to spare', () => {
    const texts = projectMarkdownFiles().map((f) => readFileSync(f, 'utf8'));
    texts.push(...generateCorpus({ children: 20, meetings: 4, seed: 3 }).files.values());
    for (const size of [5_000, 20_000, 100_000, 950_000]) texts.push(minutesText({ targetBytes: size, meeting: 2, date: '2026-11-20', previous: './a.md' }));
    assert.ok(texts.length > 100);
    for (const t of texts) {
      const used = measureStructure(t);
      const budget = structureBudget(t.length);
      assert.ok(used.time < budget.time / 2 && used.memory < budget.memory / 2, `${t.slice(0, 60)}... uses ${Math.round((100 * used.memory) / budget.memory)}% of its budget`);
      assert.equal(structureCutAt(t), undefined);
    }
  });

  it('stops at a line start, keeps every offset, and reads nothing after the cut', async () => {
    const tables = '| a | b |\n|---|---|\n\n'.repeat(20_000);
    const text = goodMinutes({ updates: `Before the tables.\n\n${tables}` });
    const cut = structureCutAt(text)!;
    assert.ok(cut > text.indexOf(tables) && cut < text.indexOf(tables) + tables.length, 'inside the tables');
    assert.equal(text[cut - 1], '\n', 'at a line start');
    const doc = parseDocument('/w/c/m.md', text);
    assert.equal(doc.notReadFrom, cut);
    assert.ok(doc.headings.every((h) => h.end <= cut) && doc.tables.every((t) => t.end <= cut));
    assert.deepEqual(doc.headings.map((h) => h.text), ['Core group meeting', 'Attendance and apologies', "The child's voice and lived experience", 'Parents and carers', 'Updates from the network']);
    const a = await analyserFor(new MemoryReader({ '/w/c/m.md': text })).analyse({ path: '/w/c/m.md', root: '/w' });
    const tooLarge = a.findings.find((f) => f.subject === 'too-large')!;
    assert.equal(tooLarge.code, 'CG003');
    assert.equal(tooLarge.range.start.line, text.slice(0, cut).split('\n').length - 1);
    assert.match(tooLarge.message, new RegExp(`nothing from line ${tooLarge.range.start.line + 1} on was read`));
    // Nothing is said about what was not read: the sections after the cut are not called missing.
    assert.deepEqual(a.findings.map((f) => `${f.code} ${f.subject}`), ['CG003 too-large']);
    // Before the cut, findings stand: a section missing there is still reported.
    const early = goodMinutes({ parents: null, updates: `Before the tables.\n\n${tables}` });
    const b = await analyserFor(new MemoryReader({ '/w/c/m.md': early })).analyse({ path: '/w/c/m.md', root: '/w' });
    assert.deepEqual(b.findings.map((f) => `${f.code} ${f.subject}`).sort(), ['CG001 parents', 'CG003 too-large']);
  });

  it('has a bomb of every kind that the budget stops', () => {
    for (const b of BOMBS) {
      const text = b.make(400_000);
      // Ever-deeper lists too: the nesting guard cuts their markers, and their indentation past column 8 is charged.
      assert.ok((structureCutAt(text) ?? -1) >= BOMB_BASE.length, b.name);
    }
    assert.equal(bombNamed('headings').make(1000).startsWith(BOMB_BASE), true);
  });
});
