/** Locating the repository, the golden fixture folders (expectations from their markers) and the public conformance cases. */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { toPosix } from './fs-reader';
import { readMarkers } from './markers';

export interface ExpectedFinding {
  code: string;
  subject: string;
  /** 1-based start line (golden fixtures only). */
  line?: number;
}

export interface ExpectedFile {
  description?: string;
  /** Files analysed with force: true (matched by a user's glob though they lack the type line). */
  force?: string[];
  /** Findings ("CODE subject") of a fixable check that offer no fix here (CG013 whose entry is already there, only a prompt). */
  noFix?: string[];
  files: Record<string, ExpectedFinding[]>;
}

export interface CaseFolder {
  name: string;
  /** Absolute, forward-slash path of the folder: the root of its analyses. */
  root: string;
  expected: ExpectedFile;
}

/** The repository root: the nearest folder above this bundle (or the cwd) holding package.json. */
export function repoRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    let dir = resolve(start);
    for (let i = 0; i < 10; i++) {
      if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src', 'core'))) return dir;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error('cannot find the repository root');
}

/** Conformance cases: an expected.json per folder, as the shared runner reads them. */
function readCases(dir: string): CaseFolder[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => statSync(join(dir, n)).isDirectory() && existsSync(join(dir, n, 'expected.json')))
    .sort()
    .map((name) => ({
      name,
      root: toPosix(join(dir, name)),
      expected: JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as ExpectedFile,
    }));
}

/** What a golden fixture folder says that is not about a line: its case.json. */
export interface CaseFile {
  description: string;
  /** Files analysed with force: true (matched by a user's glob though they lack the type line). */
  force?: string[];
  /** Findings ("CODE subject") of a fixable check that offer no fix here. */
  noFix?: string[];
}

export interface CheckCase extends CaseFolder {
  /** Per file, marker lines that do not parse or point at nothing. */
  problems: Record<string, string[]>;
}

/** Markdown files in a folder and its subfolders, as sorted paths relative to it. */
export function markdownTree(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...markdownTree(p, prefix + name + '/'));
    else if (name.endsWith('.md')) out.push(prefix + name);
  }
  return out;
}

/**
 * A golden fixture folder: case.json, and each Markdown file's expected findings read from its
 * markers. Marker problems (a typo, a marker pointing at nothing) are kept for the golden test to fail on.
 */
function readCheckCase(dir: string, name: string): CheckCase {
  const root = toPosix(join(dir, name));
  if (existsSync(join(root, 'expected.json'))) {
    throw new Error(`${name} has an expected.json with line numbers: run node scripts/convert-fixture-expectations.mjs ${relative(repoRoot(), root)}`);
  }
  const caseFile = JSON.parse(readFileSync(join(root, 'case.json'), 'utf8')) as CaseFile;
  const files: Record<string, ExpectedFinding[]> = {};
  const problems: Record<string, string[]> = {};
  for (const file of markdownTree(root)) {
    const reading = readMarkers(readFileSync(join(root, file), 'utf8'));
    files[file] = reading.markers.map(({ code, subject, line }) => ({ code, subject, line }));
    problems[file] = reading.problems;
  }
  return { name, root, expected: { description: caseFile.description, force: caseFile.force, noFix: caseFile.noFix, files }, problems };
}

export const CHECK_FIXTURES_DIR = join(repoRoot(), 'test', 'fixtures', 'checks');

/** test/fixtures/checks/<CODE>-<case>/ folders, with their expectations read from the markers. */
export function checkFixtures(): CheckCase[] {
  return readdirSync(CHECK_FIXTURES_DIR)
    .filter((n) => statSync(join(CHECK_FIXTURES_DIR, n)).isDirectory())
    .sort()
    .map((name) => readCheckCase(CHECK_FIXTURES_DIR, name));
}

/** ../shared/conformance/<case>/ folders, when the shared folder is beside the project. */
export function conformanceCases(): CaseFolder[] {
  return readCases(join(repoRoot(), '..', 'shared', 'conformance'));
}

/** Markdown files directly in a folder, sorted. */
export function markdownFiles(root: string): string[] {
  return readdirSync(root).filter((n) => n.endsWith('.md')).sort();
}

export function readFixture(root: string, name: string): string {
  return readFileSync(join(root, name), 'utf8');
}

/** Follows symbolic links, but reads each real folder once (a link back up would loop for ever). */
function markdownFilesUnder(dir: string, out: string[] = [], seen = new Set<string>()): string[] {
  if (!existsSync(dir)) return out;
  const real = realpathSync(dir);
  if (seen.has(real)) return out;
  seen.add(real);
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.git')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) markdownFilesUnder(p, out, seen);
    else if (name.endsWith('.md')) out.push(p);
  }
  return out;
}

/** Every Markdown file of the samples, tests and docs, and of ../shared when it is there. */
export function projectMarkdownFiles(): string[] {
  const root = repoRoot();
  return [...['samples', 'test', 'docs'].flatMap((d) => markdownFilesUnder(join(root, d))), ...markdownFilesUnder(join(root, '..', 'shared'))];
}
