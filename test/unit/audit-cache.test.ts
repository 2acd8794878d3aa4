/**
 * The core's one audit cache (issue 9, items 7, 10 and 11): entries that do not validate are dropped
 * and rebuilt with one line saying so, freshness is checked with a bounded number of reads at once,
 * and the threads never outnumber the cores or the work.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit, AuditOptions } from '../../src/cli/audit-command';
import { threadsFor } from '../../src/cli/audit-pool';
import { parseCache, serialiseCache } from '../../src/core/audit/cache';
import { LIMIT } from '../../src/core/audit/dependencies';
import { auditWithCache, CacheStore, summariseFiles } from '../../src/core/audit/run';
import type { FileReader } from '../../src/core/types';
import { generateCorpus, writeCorpus } from '../corpus/main';
import { repoRoot } from './helpers/fixtures';
import { MemoryReader } from './helpers/memory-reader';
import { goodMinutes } from './helpers/minutes';

/** Reads that finish on a later turn of the event loop, counting how many are under way at once. */
class SlowReader implements FileReader {
  inFlight = 0;
  most = 0;
  constructor(private readonly inner: FileReader) {}
  private async slow<T>(f: () => Promise<T>): Promise<T> {
    this.most = Math.max(this.most, ++this.inFlight);
    await new Promise((r) => setImmediate(r));
    try {
      return await f();
    } finally {
      this.inFlight--;
    }
  }
  readText(p: string) {
    return this.slow(() => this.inner.readText(p));
  }
  listFiles(f: string) {
    return this.slow(() => this.inner.listFiles(f));
  }
}

describe('the audit cache', function () {
  this.timeout(120000);

  describe('validation of a hand-edited cache', () => {
    let dir = '';
    const opts = (over: Partial<AuditOptions> = {}): AuditOptions => ({ folder: 'minutes', cwd: dir, format: 'json', cache: 'cache.json', jobs: 0, version: 'test', now: new Date(2026, 11, 1), ...over });
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'core-group-cache-valid-'));
      writeCorpus(join(dir, 'minutes'), generateCorpus({ children: 3, meetings: 3, seed: 7 }).files);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('drops each entry that does not validate, re-analyses just those files, and says so in one line', async () => {
      const cold = await audit(opts());
      const [header, bodyText] = readFileSync(join(dir, 'cache.json'), 'utf8').split('\n');
      const body = JSON.parse(bodyText) as { entries: Record<string, { reads: number[]; listings: number[]; summary: Record<string, unknown> }> };
      const paths = Object.keys(body.entries).filter((p) => p.endsWith('-core-group.md')).slice(0, 6);
      assert.equal(paths.length, 6);
      const spoil: ((e: (typeof body.entries)[string]) => void)[] = [
        (e) => void ((e as { summary: unknown }).summary = null),
        (e) => void (e.summary.findings = 'x'),
        (e) => void (e.summary.problems = {}),
        (e) => void (e.summary.overdue = null),
        (e) => void ((e.reads = []), (e.listings = [])), // trusted without checking, before
        (e) => void (e.reads = [1e9]),
      ];
      paths.forEach((p, i) => spoil[i](body.entries[p]));
      writeFileSync(join(dir, 'cache.json'), header + '\n' + JSON.stringify(body));
      const run = await audit(opts());
      assert.deepEqual([run.stats.cacheProblem, run.stats.cacheDropped, run.stats.analysed], ['entries', 6, 6]);
      assert.equal(run.output, cold.output);
      assert.equal((await audit(opts())).stats.analysed, 0, 'rebuilt');

      // The built command line's own version, in the header, so it takes the cache as its own.
      const { version } = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as { version: string };
      writeFileSync(join(dir, 'cache.json'), header.replace('core-group test', `core-group ${version}`) + '\n' + JSON.stringify(body));
      const r = spawnSync(process.execPath, [join(repoRoot(), 'dist', 'cli.js'), 'audit', 'minutes', '--cache', 'cache.json', '--jobs', '1'], { cwd: dir, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, 'The cache cache.json held 6 entries that could not be used; those files were analysed again.\n');
    });

    it('parseCache sets aside another version or folder quietly, and a damaged body loudly', () => {
      const text = serialiseCache(new Map(), 'core-group test', '/w');
      assert.deepEqual(parseCache(text, 'core-group test', '/w'), { entries: new Map() });
      assert.deepEqual(parseCache(text, 'core-group other', '/w'), { entries: new Map() });
      assert.deepEqual(parseCache(text, 'core-group test', '/elsewhere'), { entries: new Map() });
      assert.deepEqual(parseCache(text.split('\n')[0] + '\n[1, 2]', 'core-group test', '/w').problem, { kind: 'unusable' });
      assert.deepEqual(parseCache('{"__proto__": {}}', 'core-group test', '/w').problem, { kind: 'unusable' });
    });
  });

  it('checks freshness with at most LIMIT reads at once, and finds an unchanged corpus fresh', async () => {
    const files: Record<string, string> = {};
    for (let c = 0; c < 20; c++) for (let m = 1; m <= 5; m++) files[`/w/c${c}/m${m}.md`] = goodMinutes({}, { date: `2026-0${m}-10`, child: `C.${c}.` });
    const memory = new MemoryReader(files);
    const paths = Object.keys(files).sort();
    let saved: string | undefined;
    const store: CacheStore = { read: async () => saved, write: async (t) => void (saved = t) };
    const cold = await auditWithCache({ root: '/w', tool: 't', paths, reader: memory, store, summarise: (todo) => summariseFiles(memory, todo, '/w') });
    assert.equal(cold!.analysed.length, 100);
    const slow = new SlowReader(memory);
    const warm = await auditWithCache({ root: '/w', tool: 't', paths, reader: slow, store, summarise: (todo) => summariseFiles(memory, todo, '/w') });
    assert.deepEqual(warm!.analysed, []);
    assert.ok(slow.most > 1 && slow.most <= LIMIT, `at most ${LIMIT} at once (was ${slow.most})`);
  });

  it('never starts more threads than cores or chunks, whatever --jobs asks', async () => {
    assert.equal(threadsFor(999, 180, 2), 2);
    assert.equal(threadsFor(999, 1, 8), 1);
    assert.equal(threadsFor(undefined, 3, 8), 3);
    assert.equal(threadsFor(0, 10, 4), 1);
    const dir = mkdtempSync(join(tmpdir(), 'core-group-jobs-'));
    try {
      for (let i = 0; i < 45; i++) {
        mkdirSync(join(dir, 'm', `c${i}`), { recursive: true });
        writeFileSync(join(dir, 'm', `c${i}`, 'a.md'), goodMinutes({}, { child: `C.${i}.` }));
      }
      const run = await audit({ folder: 'm', cwd: dir, format: 'json', jobs: 999, workerPath: join(repoRoot(), 'dist', 'worker.js'), version: 'test' });
      assert.ok(run.stats.workers <= availableParallelism() - 1, `workers: ${run.stats.workers}`);
      assert.equal(run.report.files.minutes, 45);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
