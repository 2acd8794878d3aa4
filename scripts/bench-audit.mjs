// `npm run bench:audit`: times, in one run and on the same 1,000 generated minutes, `core-group audit`
// (cold: no cache; warm: an unchanged corpus with its cache) and markdownlint-cli2 with its default
// rules, runs interleaved so a busy machine slows all alike; prints medians and ratios.
// Options: --children N (200) --meetings N (5) --runs N (5) --seed N (1).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadTs } from './run-ts.mjs';

const { values } = parseArgs({
  options: { children: { type: 'string', default: '200' }, meetings: { type: 'string', default: '5' }, runs: { type: 'string', default: '5' }, seed: { type: 'string', default: '1' } },
});
const runs = Number(values.runs);
const cli = resolve('dist/cli.js');
const lint = resolve('node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');

const work = mkdtempSync(join(tmpdir(), 'core-group-bench-'));
const corpusDir = join(work, 'minutes');
const cache = join(work, 'audit-cache.json');
const lintConfig = join(work, 'bench.markdownlint-cli2.jsonc');
// Default rules; no progress output. markdownlint-cli2 exits 1 when it finds something: that is expected here.
writeFileSync(lintConfig, JSON.stringify({ config: { default: true }, noProgress: true, outputFormatters: [] }));

const { generateCorpus, writeCorpus } = await loadTs('test/corpus/main.ts');
const corpus = generateCorpus({ children: Number(values.children), meetings: Number(values.meetings), seed: Number(values.seed) });
writeCorpus(corpusDir, corpus.files);
const meetings = corpus.expected.files.minutes - corpus.expected.files.frontMatter;

/** CPU time (user + system, ms) of this process's finished children; Linux only (undefined elsewhere). */
function childrenCpu() {
  if (!existsSync('/proc/self/stat')) return undefined;
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(f[13]) + Number(f[14])) * 10; // cutime + cstime, in ticks of 1/100 s
}

function time(label, args, okCodes, opts = {}) {
  const cpu0 = childrenCpu();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...opts });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!okCodes.includes(r.status)) throw new Error(`${label} exited with ${r.status}: ${(r.stderr || '').slice(0, 500)}`);
  const cpu1 = childrenCpu();
  return { ms, cpu: cpu0 === undefined ? NaN : cpu1 - cpu0 };
}

// The report goes to a file of the run's own (--out refuses to write over what is not a report, /dev/null included).
const audit = (withCache) => [cli, 'audit', corpusDir, '--format', 'json', '--out', join(work, 'report.json'), ...(withCache ? ['--cache', cache] : [])];
const samples = { cold: [], warm: [], lint: [] };
try {
  // One untimed run of each, so the file system cache is warm for everyone.
  time('audit', audit(false), [0]);
  time('markdownlint-cli2', [lint, '--config', lintConfig, '**/*.md'], [0, 1], { cwd: corpusDir });
  for (let i = 0; i < runs; i++) {
    rmSync(cache, { force: true });
    samples.cold.push(time('audit (cold)', audit(true), [0]));
    samples.warm.push(time('audit (warm)', audit(true), [0]));
    samples.lint.push(time('markdownlint-cli2', [lint, '--config', lintConfig, '**/*.md'], [0, 1], { cwd: corpusDir }));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => (Number.isNaN(ms) ? '      –' : (ms / 1000).toFixed(2).padStart(7));
const wall = (xs) => xs.map((x) => x.ms);
const cpu = (xs) => xs.map((x) => x.cpu);
const row = (name, xs) => `| ${name.padEnd(42)} | ${s(median(wall(xs)))} | ${s(Math.min(...wall(xs)))} | ${s(Math.max(...wall(xs)))} | ${s(median(cpu(xs)))} |`;
const files = corpus.files.size;
const load = loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`\n${meetings} minutes (${files} Markdown files), ${runs} runs each, ${availableParallelism()} cores, Node ${process.version}, load average ${load}\n`);
console.log('| run                                        | median s |   min s |   max s | CPU s (median) |');
console.log('|--------------------------------------------|---------:|--------:|--------:|---------------:|');
console.log(row('core-group audit, cold (no cache)', samples.cold));
console.log(row('core-group audit, warm (cache, unchanged)', samples.warm));
console.log(row('markdownlint-cli2 (default rules)', samples.lint));
const cold = median(wall(samples.cold));
const warm = median(wall(samples.warm));
const lintMs = median(wall(samples.lint));
const best = (xs) => Math.min(...wall(xs));
console.log(`\nmarkdownlint-cli2 / audit cold: ${(lintMs / cold).toFixed(2)}x by median, ${(best(samples.lint) / best(samples.cold)).toFixed(2)}x by best run (above 1: the audit is faster)`);
console.log(`markdownlint-cli2 / audit warm: ${(lintMs / warm).toFixed(2)}x`);
console.log(`CPU time, markdownlint-cli2 / audit cold: ${(median(cpu(samples.lint)) / median(cpu(samples.cold))).toFixed(2)}x (the audit spreads its CPU time over the cores)`);
console.log(`target, cold audit faster than markdownlint-cli2: ${cold < lintMs ? 'met' : 'NOT met'}; warm rerun under 1 s: ${warm < 1000 ? 'met' : 'NOT met'} (${(warm / 1000).toFixed(2)} s)`);
if (loadavg()[0] > availableParallelism()) console.log(`note: the machine was busy (load ${load} on ${availableParallelism()} cores); wall times are noisy, CPU times less so`);
