/**
 * `npm run corpus -- --children 200 --meetings 5 --seed 1 [--months 12 [--improving]] [--out DIR]`: writes a fictional corpus and
 * prints, as JSON, the figures the audit must report for it. Without --out, it goes to a folder in
 * the system's temporary folder, named in the output. A folder is only ever emptied when this
 * generator made it (it holds a .core-group-corpus marker).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './index';
import { IMPROVING_FROM, IMPROVING_TO } from './plan';

const MARKER = '.core-group-corpus';

export { generateCorpus };

export function writeCorpus(out: string, files: Map<string, string>): void {
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!existsSync(join(out, MARKER))) throw new Error(`${out} is not empty and was not made by this generator; choose another --out`);
    rmSync(out, { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, MARKER), 'Made by the core-group corpus generator; safe to delete.\n');
  for (const [rel, text] of files) {
    mkdirSync(dirname(join(out, rel)), { recursive: true });
    writeFileSync(join(out, rel), text);
  }
}

export function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { children: { type: 'string', default: '50' }, meetings: { type: 'string', default: '4' }, seed: { type: 'string', default: '1' }, months: { type: 'string' }, improving: { type: 'boolean' }, out: { type: 'string' } },
  });
  const opts = {
    children: Number(values.children), meetings: Number(values.meetings), seed: Number(values.seed),
    ...(values.months ? { months: Number(values.months) } : {}),
    ...(values.improving ? { rates: IMPROVING_FROM, improve: IMPROVING_TO } : {}),
  };
  if (![opts.children, opts.meetings, opts.seed].every((n) => Number.isInteger(n) && n >= 0) || opts.meetings < 1) {
    process.stderr.write('corpus: --children, --meetings (at least 1) and --seed must be whole numbers\n');
    return 2;
  }
  const out = resolve(values.out ?? join(tmpdir(), `core-group-corpus-${opts.children}x${opts.meetings}-seed${opts.seed}`));
  const corpus = generateCorpus(opts);
  writeCorpus(out, corpus.files);
  process.stdout.write(JSON.stringify({ out, options: opts, expected: corpus.expected }, null, 2) + '\n');
  return 0;
}
