// `npm run bench:audit-trend`: on one generated corpus
// of twelve months (default 3,000 children x 4 meetings, about 12,000 minutes), times in one run,
// interleaved, `core-group audit` plain and with `--trend month` (both cold: no cache), and prints
// medians and the ratio. Each file is analysed once in either; the trend only builds twelve more
// sets of figures from the same summaries, so the ratio should stay near 1 (target: at most 1.2x).
// Options: --children N (3000) --meetings N (4) --runs N (3) --seed N (1).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadTs } from './run-ts.mjs';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { children: { type: 'string', default: '3000' }, meetings: { type: 'string', default: '4' }, runs: { type: 'string', default: '3' }, seed: { type: 'string', default: '1' } },
});
const runs = Number(values.runs);
const cli = resolve('dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'core-group-bench-trend-'));
const corpusDir = join(work, 'minutes');
const { generateCorpus, writeCorpus } = await loadTs('test/corpus/main.ts');
const corpus = generateCorpus({ children: Number(values.children), meetings: Number(values.meetings), seed: Number(values.seed), months: 12 });
writeCorpus(corpusDir, corpus.files);

function childrenCpu() {
  if (!existsSync('/proc/self/stat')) return NaN;
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(f[13]) + Number(f[14])) * 10;
}
function time(args) {
  const cpu0 = childrenCpu();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, 'audit', corpusDir, '--format', 'json', '--out', join(work, 'r.json'), ...args], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`audit exited with ${r.status}: ${(r.stderr || '').slice(0, 300)}`);
  rmSync(join(work, 'r.json'), { force: true });
  return { ms, cpu: childrenCpu() - cpu0 };
}

const samples = { plain: [], trend: [] };
try {
  time([]); // warm the file system cache
  for (let i = 0; i < runs; i++) {
    samples.plain.push(time([]));
    samples.trend.push(time(['--trend', 'month']));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => (ms / 1000).toFixed(2).padStart(7);
const row = (name, xs) => `| ${name.padEnd(36)} | ${s(median(xs.map((x) => x.ms)))} | ${s(Math.min(...xs.map((x) => x.ms)))} | ${s(median(xs.map((x) => x.cpu)))} |`;
const minutes = corpus.expected.files.minutes;
console.log(`\n${minutes} minutes over twelve months (${corpus.files.size} Markdown files), ${runs} runs each, ${availableParallelism()} cores, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
console.log('| run                                  | median s |  best s | CPU s (median) |');
console.log('|--------------------------------------|---------:|--------:|---------------:|');
console.log(row('core-group audit (plain, cold)', samples.plain));
console.log(row('core-group audit --trend month (cold)', samples.trend));
const ratio = median(samples.trend.map((x) => x.ms)) / median(samples.plain.map((x) => x.ms));
const cpuRatio = median(samples.trend.map((x) => x.cpu)) / median(samples.plain.map((x) => x.cpu));
console.log(`\ntrend / plain: ${ratio.toFixed(2)}x by median wall time, ${cpuRatio.toFixed(2)}x by CPU time; target at most 1.2x: ${ratio <= 1.2 ? 'met' : 'NOT met'}`);
