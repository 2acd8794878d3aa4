/** What the benchmarks share: timing in turns (medians printed, never asserted) and an in-memory reader. */
import type { FileReader } from '../../src/core/types';

export const median = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];

/**
 * Median milliseconds of each function, run in turns (one call of each per round) so that warm-up,
 * garbage collection and machine load fall on all alike. Rounds fill about `budgetMs` (5 to 400).
 */
export async function timeTogether(fns: ((i: number) => unknown)[], budgetMs = 6000): Promise<number[]> {
  for (let i = 0; i < 5; i++) for (const fn of fns) await fn(-1 - i); // warm up the JIT
  const samples: number[][] = fns.map(() => []);
  const start = performance.now();
  for (let i = 0; i < 5 || (performance.now() - start < budgetMs && i < 400); i++) {
    for (let f = 0; f < fns.length; f++) {
      const t = performance.now();
      await fns[f](i);
      samples[f].push(performance.now() - t);
    }
  }
  return samples.map(median);
}

export const fmt = (ms: number) => ms.toFixed(2).padStart(8);
export const ratio = (a: number, b: number) => (a / b).toFixed(2).padStart(6) + 'x';

/** Files by absolute path, for the analysis core. */
export function memoryReader(files: Map<string, string>): FileReader {
  return {
    async readText(p) { return files.get(p); },
    async listFiles(folder) { return [...files.keys()].filter((p) => p.startsWith(folder + '/') && !p.slice(folder.length + 1).includes('/')).map((p) => p.slice(folder.length + 1)); },
  };
}
