/** The series of one child's minutes, through an in-memory reader that records every path asked for. */
import { strict as assert } from 'node:assert';
import { MAX_CHAIN } from '../../src/core/series';
import { dayFromParts, toIso } from '../../src/core/dates';
import { isInside } from '../../src/core/paths';
import { analyserFor } from './helpers/analyser';
import { key } from './helpers/edits';
import { MemoryReader } from './helpers/memory-reader';
import { Front, goodMinutes, table } from './helpers/minutes';
import { asMinutes } from './helpers/narrow';

const REVIEW_H = ['ID', 'Action', 'Owner', 'Due', 'Status', 'Update', 'Impact on the child'];
const ACTIONS_H = ['ID', 'Action', 'Outcome', 'Owner', 'Due'];

/** Minutes of meeting `n` (1-based) on a weekly rhythm, reviewing action A<n-1> and setting A<n>. */
function weekly(n: number, front: Front = {}): string {
  const date = toIso(dayFromParts(2025, 1, 6)! + 7 * (n - 1)); // 60 weeks from here all lie before TODAY: none is a draft by its date
  const due = toIso(dayFromParts(2025, 1, 6)! + 7 * n);
  return goodMinutes({
    'previous-actions': n > 1 ? table(REVIEW_H, [[`A${n - 1}`, `Action ${n - 1}`, 'Nadia Ellis', '', 'Done', 'Done', '']]) : undefined,
    actions: table(ACTIONS_H, [[`A${n}`, `Action ${n}`, 'O1', 'Nadia Ellis', due]]),
  }, { date, meeting: n, icpc: undefined, 'chair-role': n === 1 ? 'Team Manager' : 'Social Worker', ...front });
}

async function analyse(reader: MemoryReader, path: string, root = '/w') {
  return analyserFor(reader).analyse({ path, root });
}

describe('series', () => {
  it('discovers the previous minutes: same folder, same child, earlier date, the last file name on a tie', async () => {
    const reader = new MemoryReader({
      '/w/c/a-2026-01-05.md': weekly(1),
      '/w/c/b-2026-01-12.md': weekly(2),
      '/w/c/c-tie.md': weekly(2).replace('Action 2', 'Tie action'),
      '/w/c/other-child.md': weekly(3, { child: 'X.Y.' }),
      '/w/c/later.md': weekly(5),
      '/w/c/notes.txt': weekly(2),
      '/w/c/not-minutes.md': '# Notes\n',
      '/w/elsewhere/closer.md': weekly(2),
      '/w/c/current.md': weekly(3),
    });
    const a = await analyse(reader, '/w/c/current.md');
    assert.deepEqual(asMinutes(a).series.previous.map((m) => m.doc.path), ['/w/c/c-tie.md', '/w/c/a-2026-01-05.md']);
    // The tie winner's action A2 ("Tie action") is what the current minutes review: wording differs, id matches.
    assert.deepEqual(a.findings.map(key), []);
    assert.ok(!reader.reads.includes('/w/c/notes.txt'));
    assert.ok(!reader.reads.some((p) => p.startsWith('/w/elsewhere/')));
  });

  it('follows a previous link in preference to discovery, and reports a broken one instead of guessing', async () => {
    const reader = new MemoryReader({
      '/w/c/1.md': weekly(1),
      '/w/c/2.md': weekly(2),
      '/w/c/3.md': weekly(3, { previous: './1.md' }),
      '/w/c/4.md': weekly(4, { previous: './missing.md' }),
    });
    const a = await analyse(reader, '/w/c/3.md');
    assert.deepEqual(asMinutes(a).series.previous.map((m) => m.doc.path), ['/w/c/1.md']);
    const b = await analyse(reader, '/w/c/4.md');
    assert.deepEqual(asMinutes(b).series.previous, []);
    assert.deepEqual(b.findings.map(key), ['CG003 previous']);
  });

  it(`stops quietly after ${MAX_CHAIN} links, by links or by discovery`, async () => {
    for (const linked of [true, false]) {
      const reader = new MemoryReader();
      for (let n = 1; n <= 60; n++) reader.set(`/w/c/m${String(n).padStart(2, '0')}.md`, weekly(n, linked && n > 1 ? { previous: `./m${String(n - 1).padStart(2, '0')}.md` } : {}));
      const a = await analyse(reader, '/w/c/m60.md');
      assert.equal(asMinutes(a).series.previous.length, MAX_CHAIN, linked ? 'linked' : 'discovered');
      assert.equal(asMinutes(a).series.previous[0].doc.path, '/w/c/m59.md');
      assert.equal(asMinutes(a).series.previous[MAX_CHAIN - 1].doc.path, '/w/c/m10.md');
      assert.deepEqual(a.findings.map(key), []);
    }
  });

  it('reports a cycle anywhere in the chain on the current file', async () => {
    const reader = new MemoryReader({
      '/w/c/1.md': weekly(1, { previous: './2.md' }),
      '/w/c/2.md': weekly(2, { previous: './1.md' }),
      '/w/c/3.md': weekly(3, { previous: './2.md' }),
    });
    const a = await analyse(reader, '/w/c/3.md');
    assert.ok(a.findings.some((f) => key(f) === 'CG003 cycle'));
    assert.deepEqual(asMinutes(a).series.previous.map((m) => m.doc.path), ['/w/c/2.md', '/w/c/1.md']);
  });

  it('never asks the reader for a path outside the root, at any depth of the chain', async () => {
    const reader = new MemoryReader({
      '/etc/passwd': 'root:x:0:0',
      '/w/outside.md': weekly(1),
      '/w/root/c/1.md': weekly(1, { previous: '../../../../etc/passwd', plan: '../../outside.md' }),
      '/w/root/c/2.md': weekly(2, { previous: './1.md' }),
      '/w/root/c/3.md': weekly(3, { previous: './2.md', plan: '/etc/passwd' }),
    });
    const a = await analyse(reader, '/w/root/c/3.md', '/w/root');
    assert.deepEqual(a.findings.map(key).sort(), ['CG003 outside']);
    const b = await analyse(reader, '/w/root/c/1.md', '/w/root');
    // Both links leave the root: each is reported (once per subject and link; issue 9 found the plan's hidden).
    assert.deepEqual(b.findings.map(key).sort(), ['CG001 previous-actions', 'CG003 outside']);
    assert.match(b.findings.find((f) => key(f) === 'CG003 outside')!.message, /previous minutes[\s\S]*CP plan/, 'one finding names both links');
    assert.ok(reader.requested.length > 0);
    for (const p of reader.requested) assert.ok(isInside('/w/root', p), `asked for ${p}`);
  });

  it('uses the text given (an unsaved buffer) rather than the file on disk', async () => {
    const reader = new MemoryReader({ '/w/c/1.md': goodMinutes() });
    const a = await analyserFor(reader).analyse({ path: '/w/c/1.md', root: '/w', text: goodMinutes({ safety: null }) });
    assert.deepEqual(a.findings.map(key), ['CG001 safety']);
    assert.ok(!reader.reads.includes('/w/c/1.md'));
  });

  it('parses each unchanged file once across repeated analyses', async () => {
    const reader = new MemoryReader({ '/w/c/1.md': weekly(1), '/w/c/2.md': weekly(2), '/w/c/3.md': weekly(3) });
    const analyser = analyserFor(reader);
    await analyser.analyse({ path: '/w/c/3.md', root: '/w' });
    const after = analyser.workspace.parseCount;
    assert.equal(after, 3);
    await analyser.analyse({ path: '/w/c/3.md', root: '/w' });
    assert.equal(analyser.workspace.parseCount, after);
    await analyser.analyse({ path: '/w/c/3.md', root: '/w', text: weekly(3) + '\nMore notes.\n' });
    assert.equal(analyser.workspace.parseCount, after + 1);
  });

  it('resolves "Next core group" to the date of the meeting after the one that set it', async () => {
    const m1 = goodMinutes({ actions: table(ACTIONS_H, [['A1', 'Write to the father', 'O1', 'Nadia Ellis', 'Next core group']]) });
    const m2 = goodMinutes({
      'previous-actions': table(REVIEW_H, [['A1', 'Write to the father', 'Nadia Ellis', 'Next core group', 'In progress', 'Drafted', '']]),
      actions: table(ACTIONS_H, [['A2', 'Visit the father', 'O1', 'Nadia Ellis', '2026-11-26']]),
    }, { date: '2026-10-08', meeting: 2, previous: './1.md', icpc: undefined });
    const m3 = goodMinutes({
      'previous-actions': table(REVIEW_H, [
        ['A1', 'Write to the father', 'Nadia Ellis', '', 'In progress', 'Not sent', ''],
        ['A2', 'Visit the father', 'Nadia Ellis', '2026-11-26', 'In progress', 'Booked', ''],
      ]),
      actions: table(ACTIONS_H, [['A3', 'Share the plan', 'O1', 'Nadia Ellis', '2026-11-26']]),
    }, { date: '2026-11-05', meeting: 3, previous: './2.md', icpc: undefined });
    const reader = new MemoryReader({ '/w/c/1.md': m1, '/w/c/2.md': m2, '/w/c/3.md': m3 });
    assert.deepEqual((await analyse(reader, '/w/c/2.md')).findings.map(key), []);
    const third = await analyse(reader, '/w/c/3.md');
    assert.deepEqual(third.findings.map(key), ['CG012 A1']);
    assert.match(third.findings[0].message, /8 October 2026/);
  });

  it('takes outcomes from the plan file when it can be read, else from the previous minutes', async () => {
    const plan = '---\ntype: cp-plan\nchild: P.Q.\n---\n\n# Plan\n\n## O1 Safe at home\n\n## O2 In school\n\n## O3 Healthy\n';
    const m1 = goodMinutes();
    const m2 = (planLink?: string) => goodMinutes({ 'previous-actions': table(REVIEW_H, [['A1', 'x', 'Nadia Ellis', '2026-09-24', 'Done', '', ''], ['A2', 'y', 'Nadia Ellis', '2026-10-01', 'Done', '', '']]) },
      { date: '2026-10-08', meeting: 2, previous: './1.md', plan: planLink, icpc: undefined });
    const reader = new MemoryReader({ '/w/c/1.md': m1, '/w/c/plan.md': plan, '/w/c/with-plan.md': m2('./plan.md'), '/w/c/without.md': m2(undefined), '/w/c/broken.md': m2('./nope.md') });
    assert.deepEqual(asMinutes(await analyse(reader, '/w/c/with-plan.md')).series.outcomes.map((o) => o.id), ['O1', 'O2', 'O3']);
    assert.deepEqual((await analyse(reader, '/w/c/with-plan.md')).findings.map(key), ['CG040 O3']);
    const without = await analyse(reader, '/w/c/without.md');
    assert.equal(asMinutes(without).series.outcomesFrom, 'previous');
    assert.deepEqual(without.findings.map(key), []);
    const broken = await analyse(reader, '/w/c/broken.md');
    assert.equal(asMinutes(broken).series.outcomesFrom, 'previous');
    assert.deepEqual(broken.findings.map(key), ['CG003 plan']);
  });
});
