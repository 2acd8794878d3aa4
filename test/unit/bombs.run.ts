/**
 * Run by test/unit/bombs.test.ts in a Node process with a small heap (--max-old-space-size): analyses
 * every structural bomb of helpers/bombs.ts (400,000 characters each), and those of issue 9 (950,000
 * characters of tiny tables, under the editor's size limit; 6.7 MB of them and 2.7 MB of link
 * definitions, over it), one after another, printing one JSON line each.
 */
import { Analyser } from '../../src/core/analyse';
import { dayFromParts } from '../../src/core/dates';
import type { FileReader } from '../../src/core/types';
import { BOMBS, bombNamed } from './helpers/bombs';

const nothing: FileReader = { readText: async () => undefined, listFiles: async () => undefined };

async function main(): Promise<void> {
  const cases = [
    ...BOMBS.map((b) => ({ name: b.name, chars: 400_000 })),
    { name: 'tiny-tables', chars: 950_000 },
    { name: 'tiny-tables', chars: 6_700_000 },
    { name: 'link-definitions', chars: 2_700_000 },
  ];
  for (const c of cases) {
    const text = bombNamed(c.name).make(c.chars);
    const a = await new Analyser(nothing, { today: () => dayFromParts(2026, 11, 25)! }).analyse({ path: '/w/c/m.md', text, root: '/w' });
    const tooLarge = a.findings.find((f) => f.subject === 'too-large');
    process.stdout.write(JSON.stringify({ name: c.name, chars: text.length, isMinutes: a.isMinutes, findings: a.findings.map((f) => `${f.code} ${f.subject}`), cutLine: tooLarge?.range.start.line }) + '\n');
  }
}

void main();
