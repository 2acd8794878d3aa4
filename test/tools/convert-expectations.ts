/**
 * `node scripts/convert-fixture-expectations.mjs [folder ...]`: turns golden fixture folders written
 * the old way (an expected.json listing each file's findings with 1-based line numbers) into inline
 * markers (test/unit/helpers/markers.ts) plus a case.json holding what is not a line (description,
 * force). Without folders it converts every folder of test/fixtures/checks that still has one.
 *
 * The markers must not change what the checks find, so each folder is analysed before and after:
 * every finding's code, subject, severity, message, range (mapped through the inserted lines),
 * related locations and the text of each of its fixes (markers taken out) must be the same, and the
 * markers must read back as exactly the old expectations. A folder that differs is put back as it was.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Finding } from '../../src/core/types';
import { analyserFor } from '../unit/helpers/analyser';
import { applyFix } from '../unit/helpers/edits';
import { CHECK_FIXTURES_DIR, type ExpectedFile, type ExpectedFinding, markdownTree, repoRoot } from '../unit/helpers/fixtures';
import { FsReader, toPosix } from '../unit/helpers/fs-reader';
import { frontMatterEnd, readMarkers, withoutMarkers } from '../unit/helpers/markers';

interface Converted {
  text: string;
  /** New 0-based line -> old 0-based line (undefined for an inserted marker). */
  toOld: (number | undefined)[];
}

const isTableLine = (l: string | undefined) => l !== undefined && l.trim() !== '' && l.includes('|');

/** The shortest run of leading cells of row `t` that is the nearest line holding it above line `below`. */
function rowAnchor(lines: string[], below: number, t: number): string {
  const row = lines[t];
  const cuts = [...row.matchAll(/\|/g)].map((m) => m.index!).slice(1);
  for (const cut of [...cuts, row.length - 1]) {
    const anchor = row.slice(0, cut + 1).trim();
    if (anchor.includes('"') || anchor.includes('-->')) break;
    let j = below - 1;
    while (!lines[j].includes(anchor)) j--;
    if (j === t) return anchor;
  }
  throw new Error(`no anchor picks out line ${t + 1} (${row.slice(0, 60)}) from line ${below + 1}`);
}

/**
 * The old file with a marker for each expectation, and where its lines went. Every marker goes below
 * its line and points up (`^`): a marker above a heading is a non-blank line before it, which
 * changes the blank lines a quick fix inserts before that heading (8 folders changed that way).
 */
export function convertText(text: string, expected: readonly ExpectedFinding[]): Converted {
  const lines = text.split('\n');
  const fmEnd = frontMatterEnd(lines);
  const before = new Map<number, string[]>();
  const add = (at: number, marker: string) => before.set(at, [...(before.get(at) ?? []), marker]);
  for (const f of expected) {
    const t = f.line! - 1;
    const what = `expect ${f.code} ${f.subject}`;
    if (t === 0) {
      add(1, fmEnd > 0 ? `# ${what} on line 1` : `<!-- ${what} on line 1 -->`);
    } else if (t < fmEnd) {
      add(t + 1, `# ^ ${what}`);
    } else if (isTableLine(lines[t]) && lines[t].trimStart().startsWith('|')) {
      // A comment cannot sit between rows (it ends the table): below the table, naming the row.
      let end = t;
      while (end + 1 < lines.length && isTableLine(lines[end + 1])) end++;
      add(end + 1, end === t ? `<!-- ^ ${what} -->` : `<!-- ^ ${what} on "${rowAnchor(lines, end + 1, t)}" -->`);
    } else {
      add(t + 1, `<!-- ^ ${what} -->`);
    }
  }
  const out: string[] = [];
  const toOld: (number | undefined)[] = [];
  lines.forEach((line, i) => {
    for (const m of before.get(i) ?? []) { out.push(m); toOld.push(undefined); }
    out.push(line);
    toOld.push(i);
  });
  for (const m of before.get(lines.length) ?? []) { out.push(m); toOld.push(undefined); }
  return { text: out.join('\n'), toOld };
}

/** A finding as the comparison sees it: lines in the old numbering, fixed texts without markers. */
function normalise(f: Finding, text: string, root: string, maps: Map<string, Converted | undefined>, self: string): string {
  const line = (file: string, l: number) => {
    const map = maps.get(file);
    return map ? map.toOld[l] ?? `marker line ${l + 1}` : l;
  };
  const pos = (file: string, p: { line: number; character: number }) => `${line(file, p.line)}:${p.character}`;
  return JSON.stringify({
    code: f.code, subject: f.subject, severity: f.severity, message: f.message,
    range: `${pos(self, f.range.start)}-${pos(self, f.range.end)}`,
    related: f.related.map((r) => {
      const file = relative(root, r.path).split('\\').join('/');
      return { file, at: `${pos(file, r.range.start)}-${pos(file, r.range.end)}`, message: r.message };
    }),
    fixes: f.fixes.map((x) => ({ title: x.title, isPreferred: !!x.isPreferred, fixed: withoutMarkers(applyFix(text, x)) })),
  });
}

async function analyseFolder(root: string, files: string[], force: string[], maps: Map<string, Converted | undefined>): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const file of files) {
    const path = `${root}/${file}`;
    const text = readFileSync(path, 'utf8');
    const a = await analyserFor(new FsReader()).analyse({ path, root, force: force.includes(file) });
    out.set(file, a.findings.map((f) => normalise(f, text, root, maps, file)).sort());
  }
  return out;
}

const key = (f: ExpectedFinding) => `${f.code} ${f.subject} @${f.line}`;

/** Converts one folder; returns what differed (empty when the conversion was kept). */
export async function convertFolder(dir: string): Promise<string[]> {
  const root = toPosix(resolve(dir));
  const legacy = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8')) as ExpectedFile;
  const files = Object.keys(legacy.files);
  const force = legacy.force ?? [];
  const problems: string[] = [];
  const tree = markdownTree(root).sort();
  if (JSON.stringify(tree) !== JSON.stringify([...files].sort())) problems.push(`expected.json lists ${files.join(', ')}; the folder holds ${tree.join(', ')}`);
  const originals = new Map(files.map((f) => [f, readFileSync(join(root, f), 'utf8')]));
  if ([...originals.values()].some((t) => t.includes('\r') || readMarkers(t).markers.length > 0)) problems.push('a file has CR line breaks or markers already');
  if (problems.length) return problems;

  const plain = new Map<string, Converted | undefined>(files.map((f) => [f, undefined]));
  const beforeFindings = await analyseFolder(root, files, force, plain);
  const maps = new Map<string, Converted | undefined>();
  for (const f of files) maps.set(f, convertText(originals.get(f)!, legacy.files[f]));
  for (const f of files) writeFileSync(join(root, f), maps.get(f)!.text);
  const afterFindings = await analyseFolder(root, files, force, maps);

  for (const f of files) {
    const was = beforeFindings.get(f)!;
    const now = afterFindings.get(f)!;
    for (const x of was) if (!now.includes(x)) problems.push(`${f}: lost or changed ${x.slice(0, 300)}`);
    for (const x of now) if (!was.includes(x)) problems.push(`${f}: new or changed ${x.slice(0, 300)}`);
    const reading = readMarkers(maps.get(f)!.text);
    problems.push(...reading.problems.map((p) => `${f}: ${p}`));
    const read = reading.markers.map((m) => key({ ...m, line: maps.get(f)!.toOld[m.line - 1]! + 1 })).sort();
    const wanted = legacy.files[f].map(key).sort();
    if (JSON.stringify(read) !== JSON.stringify(wanted)) problems.push(`${f}: markers read back as ${read.join(', ')}; expected.json said ${wanted.join(', ')}`);
  }
  if (problems.length) {
    for (const [f, text] of originals) writeFileSync(join(root, f), text);
    return problems;
  }
  const caseFile: { description?: string; force?: string[] } = { description: legacy.description };
  if (legacy.force) caseFile.force = legacy.force;
  writeFileSync(join(root, 'case.json'), JSON.stringify(caseFile, null, 2) + '\n');
  rmSync(join(root, 'expected.json'));
  return [];
}

export async function main(argv: string[]): Promise<number> {
  const dirs = argv.length > 0 ? argv.map((d) => resolve(d))
    : readdirSync(CHECK_FIXTURES_DIR).sort().map((d) => join(CHECK_FIXTURES_DIR, d)).filter((d) => statSync(d).isDirectory());
  let failed = 0;
  let converted = 0;
  for (const dir of dirs) {
    if (!existsSync(join(dir, 'expected.json'))) continue;
    const problems = await convertFolder(dir);
    const name = relative(repoRoot(), dir);
    if (problems.length) {
      failed++;
      console.error(`${name}: NOT converted (put back as it was):\n  ${problems.join('\n  ')}`);
    } else {
      converted++;
      console.log(`${name}: converted; findings, messages, ranges and fixed texts unchanged`);
    }
  }
  console.log(`${converted} folders converted, ${failed} not`);
  return failed ? 1 : 0;
}
