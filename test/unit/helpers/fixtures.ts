/** Locating the repository, the golden fixture folders and the public conformance cases. */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { toPosix } from './fs-reader';

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

export const CHECK_FIXTURES_DIR = join(repoRoot(), 'test', 'fixtures', 'checks');

/** test/fixtures/checks/<CODE>-<case>/ folders. */
export function checkFixtures(): CaseFolder[] {
  return readCases(CHECK_FIXTURES_DIR);
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

function markdownFilesUnder(dir: string, out: string[] = [], seen = new Set<string>()): string[] {
  // A folder reached twice through symbolic links (a link to an ancestor loops) is read once.
  if (!existsSync(dir) || seen.has(realpathSync(dir))) return out;
  seen.add(realpathSync(dir));
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
