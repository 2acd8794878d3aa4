/**
 * Discovery of earlier minutes from the folder index (issue 9, item 9): counted reads, not time.
 * One analysis in a 100-file folder opens each file at most once; checking the whole folder lists it
 * once and reads each file at most twice (as the current file, and once for the index); a host that
 * says a file changed gets that file, and only that file, read again.
 */
import { strict as assert } from 'node:assert';
import { dayFromParts, toIso } from '../../src/core/dates';
import { analyserFor } from './helpers/analyser';
import { asMinutes } from './helpers/narrow';
import { key } from './helpers/edits';
import { MemoryReader } from './helpers/memory-reader';
import { goodMinutes, table } from './helpers/minutes';

const REVIEW_H = ['ID', 'Action', 'Owner', 'Due', 'Status', 'Update', 'Impact on the child'];
const ACTIONS_H = ['ID', 'Action', 'Outcome', 'Owner', 'Due'];

function weekly(n: number, child = 'P.Q.'): string {
  const date = toIso(dayFromParts(2025, 1, 6)! + 7 * (n - 1)); // 90 weeks from here all lie before TODAY: none is a draft by its date
  const due = toIso(dayFromParts(2025, 1, 6)! + 7 * n);
  return goodMinutes({
    'previous-actions': n > 1 ? table(REVIEW_H, [[`A${n - 1}`, `Action ${n - 1}`, 'Nadia Ellis', '', 'Done', 'Done', '']]) : undefined,
    actions: table(ACTIONS_H, [[`A${n}`, `Action ${n}`, 'O1', 'Nadia Ellis', due]]),
  }, { date, meeting: n, icpc: undefined, 'chair-role': n === 1 ? 'Team Manager' : 'Social Worker', child });
}

const name = (n: number) => `/w/c/m${String(n).padStart(3, '0')}.md`;

/** `n` files: one child's weekly minutes, and one file in ten another child's (they share the folder). */
function folder(n: number): MemoryReader {
  const reader = new MemoryReader();
  for (let i = 1; i <= n - Math.floor(n / 10); i++) reader.set(name(i), weekly(i));
  for (let i = 1; i <= Math.floor(n / 10); i++) reader.set(`/w/c/other-${i}.md`, weekly(i, 'X.Y.'));
  return reader;
}
const mine = (reader: MemoryReader) => [...reader.files.keys()].filter((p) => p.includes('/m'));

const counts = (paths: string[]) => {
  const m = new Map<string, number>();
  for (const p of paths) m.set(p, (m.get(p) ?? 0) + 1);
  return m;
};

describe('the folder index for discovery', () => {
  it('one analysis in a 100-file folder opens each file at most once and lists the folder once', async () => {
    const reader = folder(100);
    assert.equal(reader.files.size, 100);
    const a = await analyserFor(reader).analyse({ path: name(90), root: '/w' });
    assert.equal(asMinutes(a).series!.previous.length, 50);
    assert.deepEqual(a.findings.map(key), []);
    const most = Math.max(...counts(reader.reads).values());
    assert.equal(most, 1, 'no file read twice');
    assert.deepEqual(reader.listings, ['/w/c']);
  });

  it('checking the whole folder lists it once and reads each file at most twice', async () => {
    const reader = folder(100);
    const analyser = analyserFor(reader);
    for (const path of [...reader.files.keys()].sort()) {
      const a = await analyser.analyse({ path, root: '/w' });
      assert.deepEqual(a.findings.map(key), [], path);
    }
    assert.equal(mine(reader).length, 90);
    const perFile = counts(reader.reads.filter((p) => p.endsWith('.md')));
    assert.ok(Math.max(...perFile.values()) <= 2, `most reads of one file: ${Math.max(...perFile.values())}`);
    assert.deepEqual(reader.listings, ['/w/c']);
    // Each file is parsed once per content version.
    assert.equal(analyser.workspace.parseCount, 100);
  });

  it('reads again only what the host says has changed, and lists again when files come or go', async () => {
    const reader = folder(11);
    const analyser = analyserFor(reader);
    const analyse = () => analyser.analyse({ path: name(9), root: '/w' });
    await analyse();
    reader.reads.length = 0;
    // An earlier meeting changes: its new action is unreviewed once the index hears of it.
    reader.set(name(8), weekly(8).replace('| A8 | Action 8 |', '| A8 | Action 8 |\n| A77 | A new action |'));
    assert.deepEqual((await analyse()).findings.map(key), [], 'not told yet: the index still holds the old text');
    analyser.workspace.changed(name(8));
    assert.deepEqual((await analyse()).findings.map(key), ['CG010 A77']);
    assert.deepEqual(reader.reads.filter((p) => p.endsWith('.md') && p !== name(9)), [name(8)]);
    // A new file, dated between meetings 8 and 9, becomes the previous minutes once listed again.
    reader.set('/w/c/m008b.md', weekly(9).replace(/date: \S+/, `date: ${toIso(dayFromParts(2025, 1, 6)! + 7 * 7 + 3)}`));
    analyser.workspace.listingChanged('/w/c');
    const a = await analyse();
    assert.equal(asMinutes(a).series!.previous[0].doc.path, '/w/c/m008b.md');
    assert.deepEqual(reader.listings, ['/w/c', '/w/c']);
  });

  it('the analysis names what it depends on: every file of the searched folder, and the folder', async () => {
    const reader = folder(10);
    const a = await analyserFor(reader).analyse({ path: name(5), root: '/w' });
    assert.deepEqual(a.dependencies.folders, ['/w/c']);
    for (const p of reader.files.keys()) assert.ok(a.dependencies.files.includes(p), p);
    assert.ok(a.dependencies.files.includes('/w/c/.coregroup.json') && a.dependencies.files.includes('/w/.coregroup.json'), 'settings files looked for');
  });
});
