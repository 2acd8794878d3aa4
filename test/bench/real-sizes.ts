/**
 * `npm run bench` (and `-- real`): minutes written to real templates at 5, 20 and 100 KB. The
 * real-template cases are about 4 KB each; a longer meeting on the same template has more people,
 * more actions and more discussion, so each is grown by repeating every table body row and every
 * paragraph of its body (headings, lists and front matter as they are) until it reaches the size.
 * Seven cases, one in six of the sets, each with its own series and .coregroup.json (repeated rows
 * repeat action ids, so the duplicate-id check has more to say); figures are printed, never asserted.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { Analyser } from '../../src/core/analyse';
import type { Day } from '../../src/core/dates';
import { fmt, memoryReader, ratio, timeTogether } from './bench-tools';

const bare = unified().use(remarkParse).freeze();

/** `text` with its table body rows and paragraphs repeated `times` times each. */
export function grown(text: string, times: number): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let i = 0;
  // The front matter as it is.
  if (lines[0] === '---') {
    const close = lines.indexOf('---', 1);
    out.push(...lines.slice(0, close + 1));
    i = close + 1;
  }
  let afterDelimiter = false;
  let paragraph: string[] = [];
  const flush = () => {
    for (let k = 0; k < times && paragraph.length > 0; k++) out.push(...paragraph, ...(k < times - 1 ? [''] : []));
    paragraph = [];
  };
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*\|?[ :-]*-[ |:-]*$/.test(line) && line.includes('-') && out.length > 0 && out[out.length - 1].startsWith('|')) {
      out.push(line);
      afterDelimiter = true;
      continue;
    }
    if (line.startsWith('|')) {
      for (let k = 0; k < (afterDelimiter ? times : 1); k++) out.push(line);
      continue;
    }
    afterDelimiter = false;
    if (line.trim() === '' || /^(#|[-*+] |\d+[.)] |>|\*\*[^*]+\*\*\s*$)/.test(line)) {
      flush();
      out.push(line);
    } else paragraph.push(line);
  }
  flush();
  return out.join('\n');
}

export async function benchRealSizes(files: Map<string, string>, minutes: string[], today: () => Day, markdownlint: { lint(o: { strings: Record<string, string> }): unknown }): Promise<void> {
  const chosen = minutes.filter((_, k) => k % 6 === 0);
  console.log(`\nThe same, grown to 5, 20 and 100 KB (${chosen.length} cases, one in six; table rows and paragraphs repeated), median ms for the ${chosen.length} files:`);
  console.log('size   mean bytes   remark   analysis  markdownlint   analysis/remark  analysis/markdownlint');
  for (const [label, target] of [['5 KB', 5_000], ['20 KB', 20_000], ['100 KB', 100_000]] as const) {
    const sized = new Map(files);
    for (const p of chosen) {
      const text = files.get(p)!;
      let times = 1;
      while (grown(text, times).length < target) times++;
      sized.set(p, grown(text, times));
    }
    const bytes = chosen.reduce((n, p) => n + sized.get(p)!.length, 0) / chosen.length;
    const analyser = new Analyser(memoryReader(sized), { today });
    const variant = (p: string, i: number) => sized.get(p)! + ' '.repeat((i + 1000) % 5) + '\n';
    const [tRemark, tAnalysis, tLint] = await timeTogether([
      (i) => { for (const p of chosen) bare.parse(variant(p, i)); },
      async (i) => { for (const p of chosen) await analyser.analyse({ path: p, text: variant(p, i), root: p.split('/').slice(0, 4).join('/') }); },
      (i) => markdownlint.lint({ strings: Object.fromEntries(chosen.map((p) => [p, variant(p, i)])) }),
    ], 10_000);
    console.log(`${label.padEnd(6)} ${String(Math.round(bytes)).padStart(10)} ${fmt(tRemark)}   ${fmt(tAnalysis)}  ${fmt(tLint)}      ${ratio(tAnalysis, tRemark)}           ${ratio(tAnalysis, tLint)}`);
  }
}
