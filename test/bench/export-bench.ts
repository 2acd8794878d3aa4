/**
 * `npm run bench:export`: the time to export a 20 KB set of minutes (the model alone, Word and HTML,
 * for professionals and the family) beside the time to analyse the same text, from one run. The
 * contenders run in turns, one call each per round, so warm-up and load fall on all alike. Figures
 * are printed, never asserted.
 */
import { Analyser } from '../../src/core/analyse';
import { dayFromParts } from '../../src/core/dates';
import { exportMinutes, exportModel } from '../../src/core/export';
import type { FileReader } from '../../src/core/types';
import { minutesText } from './generate';

const median = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];

async function timeTogether(fns: (() => unknown)[], budgetMs = 8000): Promise<number[]> {
  for (let i = 0; i < 5; i++) for (const fn of fns) await fn();
  const samples: number[][] = fns.map(() => []);
  const start = performance.now();
  for (let i = 0; i < 5 || (performance.now() - start < budgetMs && i < 300); i++) {
    for (let f = 0; f < fns.length; f++) {
      const t = performance.now();
      await fns[f]();
      samples[f].push(performance.now() - t);
    }
  }
  return samples.map(median);
}

async function main(): Promise<void> {
  const text = minutesText({ targetBytes: 20_000, meeting: 2, date: '2026-11-20' });
  const path = '/bench/child/2026-11-20-core-group.md';
  const reader: FileReader = { readText: async (p) => (p === path ? text : undefined), listFiles: async () => [path.slice(path.lastIndexOf('/') + 1)] };
  const analyser = new Analyser(reader, { today: () => dayFromParts(2026, 11, 25)! });
  const a = await analyser.analyse({ path, text, root: '/bench' });
  if (!a.isMinutes) throw new Error('the generated text is not minutes');
  // A different text each run (trailing spaces and line breaks), as in bench.ts, so nothing is served from the parse cache.
  let round = 0;
  const analyse = () => {
    const i = round++;
    return analyser.analyse({ path, text: text + ' '.repeat(i % 7) + '\n'.repeat(1 + (i % 3)), root: '/bench' });
  };
  // The same minutes with a sharing recorded: CG061 then builds the export model to compare stamps.
  const shared = text + `\nShared with: core group\nDate shared: 2026-11-21\nHow shared: Secure email\nVersion shared: ${exportModel(a, 'professionals').stamp}\n`;
  const analyseShared = () => {
    const i = round++;
    return analyser.analyse({ path, text: shared + ' '.repeat(i % 7) + '\n'.repeat(1 + (i % 3)), root: '/bench' });
  };
  const [tAnalyse, tShared, tModel, tFamily, tDocx, tHtml, tFamilyDocx] = await timeTogether([
    analyse,
    analyseShared,
    () => exportModel(a, 'professionals'),
    () => exportModel(a, 'family'),
    () => exportMinutes(a, { format: 'docx', audience: 'professionals', version: 'bench' }),
    () => exportMinutes(a, { format: 'html', audience: 'professionals', version: 'bench' }),
    () => exportMinutes(a, { format: 'docx', audience: 'family', version: 'bench' }),
  ]);
  const docx = await exportMinutes(a, { format: 'docx', audience: 'professionals', version: 'bench' });
  const html = await exportMinutes(a, { format: 'html', audience: 'professionals', version: 'bench' });
  const row = (label: string, ms: number, bytes?: number) =>
    `${label.padEnd(40)}${ms.toFixed(2).padStart(9)}${(ms / tAnalyse).toFixed(2).padStart(10)}x${bytes === undefined ? '' : `   ${(bytes / 1024).toFixed(1)} KB out`}`;
  console.log(`Export benchmark: ${text.length} bytes of minutes (median ms per run; Node ${process.versions.node})`);
  console.log(`${''.padEnd(40)}${'ms'.padStart(9)}${'/analysis'.padStart(11)}`);
  console.log(row('analysis (parse, series, all checks)', tAnalyse));
  console.log(row('analysis, with a version stamp (CG061)', tShared));
  console.log(row('export model, professionals', tModel));
  console.log(row('export model, family', tFamily));
  console.log(row('Word (.docx), professionals', tDocx, docx.bytes.length));
  console.log(row('Word (.docx), family', tFamilyDocx));
  console.log(row('HTML, professionals', tHtml, html.bytes.length));
}

void main();
