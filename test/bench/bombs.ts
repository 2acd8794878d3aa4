/**
 * `npm run bench:bombs`: time per KB and peak memory of the analysis on structural bombs (the sample
 * minutes plus thousands of copies of one small structure, test/unit/helpers/bombs.ts), printed
 * beside the median time per KB of ordinary minutes (the samples, the public cases, generated minutes).
 * Each structure runs in its own Node process, so its peak memory (maxRSS growth over a warmed-up
 * process with its young generation at full size, after its first analysis and after all of them) is its own. Figures are printed, never asserted. Options: --chars N (950000: just under
 * the editor's 1M-character limit), --only NAME,NAME, --timeout SECONDS (120).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Analyser } from '../../src/core/analyse';
import { dayFromParts } from '../../src/core/dates';
import type { FileReader } from '../../src/core/types';
import { BOMBS, bombNamed } from '../unit/helpers/bombs';
import { conformanceCases, markdownFiles, repoRoot } from '../unit/helpers/fixtures';
import { minutesText } from './generate';

const { values } = parseArgs({
  options: { chars: { type: 'string', default: '950000' }, only: { type: 'string' }, one: { type: 'string' }, timeout: { type: 'string', default: '120' } },
});
const today = () => dayFromParts(2026, 11, 25)!;
const nothing: FileReader = { readText: async () => undefined, listFiles: async () => undefined };
const median = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];

async function analyseOnce(text: string): Promise<{ ms: number; subjects: string[] }> {
  const t = performance.now();
  const a = await new Analyser(nothing, { today }).analyse({ path: '/w/c/m.md', text, root: '/w' });
  return { ms: performance.now() - t, subjects: a.findings.map((f) => `${f.code} ${f.subject}`) };
}

/** Ordinary minutes: the samples, the public conformance and real-template cases (when ../shared is there), and generated minutes. */
function ordinaryTexts(): string[] {
  const root = repoRoot();
  const texts: string[] = [];
  for (const dir of ['child-h-b', 'child-r-a', 'child-t-w']) {
    for (const f of markdownFiles(join(root, 'samples', dir))) texts.push(readFileSync(join(root, 'samples', dir, f), 'utf8'));
  }
  for (const c of conformanceCases()) for (const f of Object.keys(c.expected.files)) texts.push(readFileSync(join(c.root, f), 'utf8'));
  const real = join(root, '..', 'shared', 'realworld');
  if (existsSync(real)) {
    for (const d of readdirSync(real).filter((n) => statSync(join(real, n)).isDirectory())) {
      for (const f of markdownFiles(join(real, d))) texts.push(readFileSync(join(real, d, f), 'utf8'));
    }
  }
  for (const size of [5_000, 20_000, 100_000]) texts.push(minutesText({ targetBytes: size, meeting: 1, date: '2026-11-20' }));
  return texts.filter((t) => /type:\s*core-group-minutes/.test(t));
}

/** In a child process: warm up, then analyse one text (a bomb or ordinary minutes) and print JSON. */
async function child(name: string, chars: number): Promise<void> {
  const warm = minutesText({ targetBytes: 20_000, meeting: 1, date: '2026-11-20' });
  for (let i = 0; i < 20; i++) await analyseOnce(warm + ' '.repeat(i));
  const text = name === 'ordinary' ? minutesText({ targetBytes: chars, meeting: 1, date: '2026-11-20' }) : bombNamed(name).make(chars);
  const rssBefore = process.resourceUsage().maxRSS * 1024;
  const runs: number[] = [];
  let subjects: string[] = [];
  // Up to three runs (fewer when one is slow), fresh analyser each time: nothing comes from a cache.
  let first = 0;
  for (let i = 0; i < 3 && runs.reduce((s, x) => s + x, 0) < 10_000; i++) {
    const r = await analyseOnce(i === 0 ? text : text + '\n'.repeat(i));
    runs.push(r.ms);
    subjects = r.subjects;
    if (i === 0) first = process.resourceUsage().maxRSS * 1024 - rssBefore;
  }
  const peak = process.resourceUsage().maxRSS * 1024 - rssBefore;
  process.stdout.write(JSON.stringify({ chars: text.length, ms: median(runs), first, peak, tooLarge: subjects.includes('CG003 too-large') }) + '\n');
}

interface Row { chars: number; ms: number; first: number; peak: number; tooLarge: boolean }

function runChild(name: string, chars: number, timeoutS: number): Row | string {
  // The young generation starts at its full size (16 MB a semi-space, V8's default for Node 20 on 64 bits):
  // otherwise V8 grows it during whichever analysis first allocates fast enough, and that growth
  // (about 17 MB of RSS, whatever the text) would be counted as that analysis's memory.
  const out = spawnSync(process.execPath, ['--max-old-space-size=4096', '--min-semi-space-size=16', __filename, '--one', name, '--chars', String(chars)], { encoding: 'utf8', timeout: timeoutS * 1000 });
  if (out.error || out.status !== 0) {
    if (out.signal === 'SIGTERM') return `over ${timeoutS} s (stopped)`;
    return /heap out of memory/.test(out.stderr) ? 'out of memory (4 GB heap)' : `failed (exit ${out.status})`;
  }
  return JSON.parse(out.stdout.trim().split('\n').pop()!) as Row;
}

async function main(): Promise<void> {
  const chars = Number(values.chars);
  if (values.one) return child(values.one, chars);
  const timeoutS = Number(values.timeout);
  console.log(`Structural bombs (Node ${process.versions.node}): the sample minutes plus copies of one structure, about ${chars.toLocaleString('en-GB')} characters each.`);
  console.log('ms: median of up to 3 analyses in a warmed-up process. Peak: maxRSS growth of that process (a 4 GB heap limit), over its first analysis');
  console.log('("first") and over all its analyses ("all": the garbage of one analysis may still be there during the next).\n');

  // The reference: the median time per KB over ordinary minutes, each timed warm (median of 9 runs).
  const texts = ordinaryTexts();
  for (const t of texts.slice(0, 5)) for (let i = 0; i < 5; i++) await analyseOnce(t + ' '.repeat(i));
  const perKb: number[] = [];
  for (const t of texts) {
    const runs: number[] = [];
    for (let i = 0; i < 9; i++) runs.push((await analyseOnce(t + ' '.repeat(i % 5))).ms);
    perKb.push(median(runs) / (t.length / 1000));
  }
  const ordinaryMsPerKb = median(perKb);
  console.log(`Ordinary minutes: ${texts.length} files, median ${ordinaryMsPerKb.toFixed(3)} ms per KB (range ${Math.min(...perKb).toFixed(3)} to ${Math.max(...perKb).toFixed(3)}).\n`);

  const header = 'structure          chars        ms    ms/KB  x median  first MB  first/size  all MB  all/size  too-large';
  console.log(header);
  const names = values.only ? values.only.split(',') : ['ordinary', ...BOMBS.map((b) => b.name)];
  for (const name of names) {
    const r = runChild(name, chars, timeoutS);
    if (typeof r === 'string') {
      console.log(`${name.padEnd(16)} ${'-'.padStart(8)}  ${r}`);
      continue;
    }
    const msPerKb = r.ms / (r.chars / 1000);
    console.log(
      `${name.padEnd(16)} ${String(r.chars).padStart(8)} ${r.ms.toFixed(0).padStart(9)} ${msPerKb.toFixed(3).padStart(8)} ${(msPerKb / ordinaryMsPerKb).toFixed(1).padStart(8)}x ${(r.first / 1e6).toFixed(0).padStart(9)} ${(r.first / r.chars).toFixed(0).padStart(10)}x ${(r.peak / 1e6).toFixed(0).padStart(7)} ${(r.peak / r.chars).toFixed(0).padStart(8)}x  ${r.tooLarge ? 'yes' : 'no'}`,
    );
  }
  console.log('\n"ordinary": generated minutes of the same size (prose, lists and small tables), for comparison.');
}

void main();
