/**
 * `npm run bench`: analysis time vs a bare remark parse and vs markdownlint on the same text, at
 * about 5, 20 and 100 KB, a 12-meeting series after the first run vs the current file alone, and
 * minutes written to real councils' templates (test/realworld*, real-templates.ts), and
 * `check` beside `audit` over folders of 10, 40 and 100 minutes without `previous:` links (folders.ts).
 * Figures come from one run on this machine; they are printed, never asserted.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { Analyser } from '../../src/core/analyse';
import { CHECKS } from '../../src/core/checks';
import { parseMarkdown } from '../../src/core/parse/markdown';
import { dayFromParts } from '../../src/core/dates';
import { benchFolders } from './folders';
import { minutesText } from './generate';
import { benchRealTemplates } from './real-templates';
import { fmt, memoryReader, ratio, timeTogether } from './bench-tools';

// markdownlint is ESM-only; Node 20.19+ can require() it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const markdownlint = require('markdownlint/sync') as { lint(o: { strings: Record<string, string> }): unknown };

const bare = unified().use(remarkParse).freeze();


async function main(): Promise<void> {
  const today = () => dayFromParts(2026, 11, 25)!;
  console.log('Core Group Minutes benchmark (median ms per run; Node ' + process.versions.node + ')');
  console.log('remark: bare remark-parse. +tables/fm: remark-parse + GFM tables + front matter, the syntax the analysis reads (it reads micromark\'s tokens, without the tree).');
  console.log(`analysis: parse + front matter YAML + series + config + all ${CHECKS.length} checks. markdownlint: its default rules.\n`);
  // `npm run bench -- real`: only the minutes written to real templates (and `-- sizes` only the generated sizes).
  if (process.argv.includes('real')) return benchRealTemplates(today, markdownlint);
  console.log('size      bytes   remark  +tables/fm   analysis  markdownlint   analysis/remark  analysis/(+tables/fm) analysis/markdownlint');
  for (const [label, target] of [['5 KB', 5_000], ['20 KB', 20_000], ['100 KB', 100_000]] as const) {
    const text = minutesText({ targetBytes: target, meeting: 1, date: '2026-11-20' });
    const files = new Map([['/w/c/m.md', text]]);
    const analyser = new Analyser(memoryReader(files), { today });
    // A different text each run (a trailing space count), so nothing is served from the parse cache.
    const variant = (i: number) => text + ' '.repeat((i + 1000) % 7) + '\n'.repeat(1 + ((i + 1000) % 3));
    const [tRemark, tGfm, tAnalysis, tLint] = await timeTogether([
      (i) => bare.parse(variant(i)),
      (i) => parseMarkdown(variant(i)),
      (i) => analyser.analyse({ path: '/w/c/m.md', text: variant(i), root: '/w' }),
      (i) => markdownlint.lint({ strings: { m: variant(i) } }),
    ]);
    console.log(`${label.padEnd(7)} ${String(text.length).padStart(7)} ${fmt(tRemark)} ${fmt(tGfm)}     ${fmt(tAnalysis)}  ${fmt(tLint)}      ${ratio(tAnalysis, tRemark)}           ${ratio(tAnalysis, tGfm)}               ${ratio(tAnalysis, tLint)}`);
  }

  // `npm run bench -- sizes`: only the table above.
  if (process.argv.includes('sizes')) return;

  // A 12-meeting series of about 20 KB each: after the first run only the current file is parsed again.
  const series = new Map<string, string>();
  for (let m = 1; m <= 12; m++) {
    series.set(`/w/c/m${m}.md`, minutesText({ targetBytes: 20_000, meeting: m, date: `2026-${String(m).padStart(2, '0')}-10`, previous: m > 1 ? `./m${m - 1}.md` : undefined }));
  }
  const current = series.get('/w/c/m12.md')!;
  const seriesAnalyser = new Analyser(memoryReader(series), { today });
  const first = performance.now();
  const firstRun = await seriesAnalyser.analyse({ path: '/w/c/m12.md', text: current, root: '/w' });
  const firstMs = performance.now() - first;
  const variant = (i: number) => current + ' '.repeat((i + 1000) % 7) + '\n'.repeat(1 + ((i + 1000) % 3));
  const parsesBefore = seriesAnalyser.workspace.parseCount;
  const alone = new Analyser(memoryReader(new Map([['/w/c/m12.md', current]])), { today });
  const [tSeries, tAlone] = await timeTogether([
    (i) => seriesAnalyser.analyse({ path: '/w/c/m12.md', text: variant(i), root: '/w' }),
    (i) => alone.analyse({ path: '/w/c/m12.md', text: variant(i), root: '/w' }),
  ]);
  const runs = seriesAnalyser.workspace.parseCount - parsesBefore;
  console.log(`\n12-meeting series (${firstRun.isMinutes ? firstRun.series.previous.length : 0} earlier minutes found): first run ${firstMs.toFixed(1)} ms;`);
  console.log(`after it: ${tSeries.toFixed(2)} ms per keystroke-analysis vs ${tAlone.toFixed(2)} ms for the current file alone = ${ratio(tSeries, tAlone).trim()} (${runs} parses in ${runs} runs: only the current file is re-parsed)`);

  await benchRealTemplates(today, markdownlint);
  await benchFolders();
}

void main();
