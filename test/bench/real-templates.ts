/**
 * `npm run bench`, the part on minutes written to real councils' templates: every minutes file of
 * test/realworld and test/realworld2 (fictional minutes on real templates: numbered agendas, bold
 * headings pasted from Word, capitals, Signs of Safety and Wales layouts, each case's own
 * .coregroup.json), analysed with their series, beside a bare remark parse and markdownlint of the
 * same files, in turns. Then the cost of reading by meaning on its own: compiling the vocabulary
 * (once per settings) and matching every heading of the set without the memo and with it.
 * Figures are printed, never asserted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { Analyser } from '../../src/core/analyse';
import { DEFAULT_CONFIG } from '../../src/core/config';
import type { Day } from '../../src/core/dates';
import { templatePrompts } from '../../src/core/messages/template';
import { parseMarkdown } from '../../src/core/parse/markdown';
import { Reader } from '../../src/core/read/reader';
import { fmt, memoryReader, ratio, timeTogether } from './bench-tools';
import { benchRealSizes } from './real-sizes';

const project = resolve(__dirname, '../../..');
const bare = unified().use(remarkParse).freeze();

/** The cases' files under /w/<set>/<case>/, minutes and settings; notes and read-me files left out. */
function caseFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const set of ['realworld', 'realworld2']) {
    const dir = join(project, 'test', set);
    for (const c of readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory())) {
      for (const name of readdirSync(join(dir, c))) {
        if (name === '.coregroup.json' || (name.endsWith('.md') && name !== 'NOTES.md' && name !== 'README.md')) files.set(`/w/${set}/${c}/${name}`, readFileSync(join(dir, c, name), 'utf8'));
      }
    }
  }
  return files;
}

/** Heading lines as the reader sees them: Markdown headings, bold lines standing alone, lines in capitals. */
function headingTexts(texts: string[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    for (const line of t.split('\n')) {
      const m = /^#{1,6}\s+(.+)$/.exec(line) ?? /^\*\*([^*]+)\*\*\s*$/.exec(line) ?? /^([A-Z][A-Z0-9 ,/&()'–-]{5,})$/.exec(line);
      if (m) out.push(m[1].trim());
    }
  }
  return out;
}

export async function benchRealTemplates(today: () => Day, markdownlint: { lint(o: { strings: Record<string, string> }): unknown }): Promise<void> {
  const files = caseFiles();
  const minutes = [...files.keys()].filter((p) => p.endsWith('.md'));
  const bytes = minutes.reduce((n, p) => n + files.get(p)!.length, 0);
  const analyser = new Analyser(memoryReader(files), { today });
  // A different text each run (trailing spaces), so nothing is served from the parse cache for the current file.
  const variant = (p: string, i: number) => files.get(p)! + ' '.repeat((i + 1000) % 5) + '\n';
  const [tRemark, tGfm, tAnalysis, tLint] = await timeTogether([
    (i) => { for (const p of minutes) bare.parse(variant(p, i)); },
    (i) => { for (const p of minutes) parseMarkdown(variant(p, i)); },
    async (i) => { for (const p of minutes) await analyser.analyse({ path: p, text: variant(p, i), root: p.split('/').slice(0, 4).join('/') }); },
    (i) => markdownlint.lint({ strings: Object.fromEntries(minutes.map((p) => [p, variant(p, i)])) }),
    // A round of the four takes about a second: 20 s gives a median of some twenty rounds, not six.
  ], 20_000);
  console.log(`\nMinutes written to real councils' templates (test/realworld and test/realworld2: ${minutes.length} files, ${bytes} bytes, each analysed with its series and its case's .coregroup.json), median ms for the whole set:`);
  console.log('   remark  +tables/fm   analysis  markdownlint   analysis/remark  analysis/(+tables/fm) analysis/markdownlint   per file (analysis)');
  console.log(`${fmt(tRemark)}    ${fmt(tGfm)}   ${fmt(tAnalysis)}  ${fmt(tLint)}      ${ratio(tAnalysis, tRemark)}           ${ratio(tAnalysis, tGfm)}               ${ratio(tAnalysis, tLint)}               ${(tAnalysis / minutes.length).toFixed(2)} ms`);

  // Reading by meaning on its own.
  const headings = headingTexts(minutes.map((p) => files.get(p)!));
  const options = { sections: DEFAULT_CONFIG.sections, dualPhrases: DEFAULT_CONFIG.dualPhrases, keywords: DEFAULT_CONFIG.keywords, aliases: DEFAULT_CONFIG.aliases, prompts: templatePrompts() };
  const warm = new Reader(options);
  for (const h of headings) warm.matcher.match(h, []);
  const [tCompile, tCold, tWarm] = await timeTogether([
    () => new Reader(options),
    () => { const r = new Reader(options); for (const h of headings) r.matcher.match(h, []); },
    () => { for (const h of headings) warm.matcher.match(h, []); },
  ], 3000);
  const matching = Math.max(tCold - tCompile, 0);
  console.log(`Reading headings by meaning (england pack): compiling the vocabulary ${tCompile.toFixed(2)} ms (once per settings);`);
  console.log(`matching all ${headings.length} heading lines of the set ${matching.toFixed(2)} ms without the memo (${((matching * 1000) / headings.length).toFixed(1)} µs each), ${tWarm.toFixed(3)} ms with it.`);
  await benchRealSizes(files, minutes, today, markdownlint);
}
