/**
 * `npm run bench`, second part: `check` over a folder of N minutes of one child without `previous:`
 * links (every file finds its earlier minutes by discovery), for N = 10, 40 and 100, beside `audit`
 * of the same folder, in this process, run in turns. The audit runs in one thread (the same work as
 * `check`, which is single-threaded) and with its default threads. Figures are printed, never
 * asserted. The folders are generated (fictional minutes) in a temporary folder and removed after.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { audit } from '../../src/cli/audit-command';
import { runCheck } from '../../src/cli/check-command';
import { dayFromParts, toIso } from '../../src/core/dates';
import { minutesText } from './generate';

const median = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return (performance.now() - t) / 1000;
}

export async function benchFolders(rounds = 3): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'core-group-bench-folders-'));
  const workerPath = resolve(__dirname, '../../../dist/worker.js');
  try {
    console.log(`\nA folder of N minutes of one child without "previous:" links (about 8 KB each; median of ${rounds} runs in turns, seconds):`);
    console.log(`   N    check   audit (1 thread)   check/audit   audit (default threads${existsSync(workerPath) ? '' : ', no worker bundle: 1'})`);
    for (const n of [10, 40, 100]) {
      const folder = join(tmp, `n${n}`, 'child');
      mkdirSync(folder, { recursive: true });
      for (let m = 1; m <= n; m++) {
        const date = toIso(dayFromParts(2024, 1, 8)! + 14 * (m - 1));
        writeFileSync(join(folder, `${date}-core-group.md`), minutesText({ targetBytes: 8_000, meeting: m, date }));
      }
      const cwd = join(tmp, `n${n}`);
      const check = () => runCheck({ format: 'json', inputs: ['child'], cwd, root: cwd, version: 'bench' });
      const one = () => audit({ folder: 'child', cwd, format: 'json', jobs: 1, version: 'bench' });
      const all = () => audit({ folder: 'child', cwd, format: 'json', workerPath, version: 'bench' });
      await check();
      await one(); // warm up
      const t: number[][] = [[], [], []];
      for (let r = 0; r < rounds; r++) {
        t[0].push(await time(check));
        t[1].push(await time(one));
        t[2].push(await time(all));
      }
      const [c, a, d] = t.map(median);
      console.log(`${String(n).padStart(4)}  ${c.toFixed(2).padStart(7)}  ${a.toFixed(2).padStart(17)}  ${(c / a).toFixed(2).padStart(11)}x  ${d.toFixed(2).padStart(13)}`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
