/**
 * The analysis path keeps no state between requests: settings go with each request, so documents
 * analysed at once keep their own levels; two findings that share a subject but not a link are
 * both reported; and a check that throws is one internal-error finding while the others report.
 */
import { strict as assert } from 'node:assert';
import { Analyser } from '../../src/core/analyse';
import { CHECKS } from '../../src/core/checks';
import type { Check } from '../../src/core/checks/check';
import type { FileReader } from '../../src/core/types';
import { analyserFor, TODAY } from './helpers/analyser';
import { key } from './helpers/edits';
import { MemoryReader } from './helpers/memory-reader';
import { goodMinutes } from './helpers/minutes';

/** A reader whose reads all wait, then resolve last-asked first: analyses started together interleave. */
class ReversingReader implements FileReader {
  private waiting: (() => void)[] = [];
  constructor(private readonly inner: MemoryReader) {}
  async readText(path: string): Promise<string | undefined> {
    await new Promise<void>((resolve) => this.waiting.push(resolve));
    return this.inner.readText(path);
  }
  async listFiles(folder: string): Promise<string[] | undefined> {
    return this.inner.listFiles(folder);
  }
  /** Releases the waiting reads, newest first, until none is left. */
  async drain(done: Promise<unknown>): Promise<void> {
    let finished = false;
    void done.then(() => (finished = true));
    while (!finished) {
      const next = this.waiting.pop();
      next?.();
      await new Promise((r) => setImmediate(r));
    }
  }
}

describe('analysis requests', () => {
  it('has no setter for shared settings', () => {
    assert.equal('setSettingsChecks' in new Analyser(new MemoryReader()), false);
  });

  it('keeps each request its own levels when two documents are analysed at once', async () => {
    const notShared = goodMinutes({ distribution: 'Shared with: core group' });
    const reader = new ReversingReader(new MemoryReader({ '/w/a/m.md': notShared, '/w/b/m.md': notShared }));
    const analyser = analyserFor(reader, { settingsChecks: { CG060: 'warning' } });
    const both = Promise.all([
      analyser.analyse({ path: '/w/a/m.md', root: '/w', settingsChecks: { CG060: 'off' } }),
      analyser.analyse({ path: '/w/b/m.md', root: '/w', settingsChecks: { CG060: 'error' } }),
      analyser.analyse({ path: '/w/a/m.md', root: '/w', text: notShared + '\n', settingsChecks: { CG060: 'hint' } }),
    ]);
    await reader.drain(both);
    const [a, b, c] = await both;
    const levels = (x: typeof a) => x.findings.filter((f) => f.code === 'CG060').map((f) => f.severity);
    assert.deepEqual(levels(a), []);
    assert.deepEqual(levels(b), ['error']);
    assert.deepEqual(levels(c), ['hint']);
    // Without settings of its own a request gets the Analyser's defaults, whatever came before.
    const later = analyser.analyse({ path: '/w/b/m.md', root: '/w', text: notShared + '\n\n' });
    await reader.drain(later);
    assert.deepEqual(levels(await later), ['warning']);
  });

  it('reports a previous link and a plan link that both leave the workspace: one finding (one per subject) that names both', async () => {
    const text = goodMinutes({}, { previous: '../../outside/prev.md', plan: '../../outside/plan.md' });
    const reader = new MemoryReader({ '/w/c/m.md': text });
    const a = await analyserFor(reader).analyse({ path: '/w/c/m.md', root: '/w' });
    const outside = a.findings.filter((f) => f.code === 'CG003' && f.subject === 'outside');
    const lines = text.split('\n');
    assert.deepEqual(outside.map((f) => lines[f.range.start.line].split(':')[0]), ['previous']);
    assert.match(outside[0].message, /previous minutes link[\s\S]*CP plan link/);
    for (const p of reader.requested) assert.ok(p.startsWith('/w/'), `asked for ${p}`);
  });

  describe('a check that throws', () => {
    const boom: Check = {
      code: 'CG099',
      name: 'always-throws',
      description: 'A check that fails, registered only in this test.',
      severity: 'warning',
      dimension: 'Q',
      fixable: false,
      run() {
        throw new TypeError('Cannot read properties of undefined (reading "text of the minutes")');
      },
    };
    const text = goodMinutes({ distribution: 'Shared with: core group', 'child-voice': '' });

    it('becomes one internal-error finding naming the check, and every other check still reports', async () => {
      const normal = await analyserFor(new MemoryReader({ '/w/c/m.md': text })).analyse({ path: '/w/c/m.md', root: '/w' });
      const checks = [...CHECKS.slice(0, 3), boom, ...CHECKS.slice(3)];
      const a = await new Analyser(new MemoryReader({ '/w/c/m.md': text }), { today: () => TODAY, checks }).analyse({ path: '/w/c/m.md', root: '/w' });
      const failed = a.findings.filter((f) => f.subject === 'internal-error');
      assert.equal(failed.length, 1);
      assert.equal(failed[0].code, 'CG099');
      assert.match(failed[0].message, /always-throws/);
      // The error's own words (which could hold document text) are not shown: only its kind.
      assert.doesNotMatch(failed[0].message, /Cannot read|text of the minutes/);
      assert.ok(normal.findings.length >= 2);
      assert.deepEqual(a.findings.filter((f) => f.subject !== 'internal-error').map(key), normal.findings.map(key));
    });

    it('is not run when its level is off', async () => {
      const a = await new Analyser(new MemoryReader({ '/w/c/m.md': text }), { today: () => TODAY, checks: [boom], settingsChecks: { CG099: 'off' } }).analyse({ path: '/w/c/m.md', root: '/w' });
      assert.deepEqual(a.findings, []);
    });
  });
});
