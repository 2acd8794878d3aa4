/** The TextMate machinery of the grammar tests: VS Code's tokenizer (vscode-textmate, vscode-oniguruma), our grammar injected into a Markdown grammar, and assertions on scopes. */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

/** A JSON object as read from a file. */
export type Json = Record<string, unknown>;

export const ROOT = findRoot();
export const INJECTION_PATH = join(ROOT, 'syntaxes', 'core-group.injection.tmLanguage.json');
export const MIN_MARKDOWN_PATH = join(ROOT, 'test', 'grammar', 'fixtures', 'markdown-min.tmLanguage.json');
export const SNIPPETS_PATH = join(ROOT, 'snippets', 'core-group.code-snippets');
export const INJECTION_SCOPE = 'markdown.core-group.injection';

/** The template's section titles, in order (shared/design/minutes-format.md). */
export const TEMPLATE_TITLES = [
  'Attendance and apologies',
  'Review of previous actions',
  "The child's voice and lived experience",
  'Parents and carers',
  'Updates from the network',
  'Progress against the plan',
  'Analysis of safety',
  'Revised plan and actions',
  'Drift, delay and escalation',
  'Contingency plan',
  'Next meeting',
  'Minutes distribution',
];

// ---------------------------------------------------------------------------------------------
// Helpers: finding files, loading the tokenizer, reading scopes.

/** The repository root: the nearest folder above this file with our package.json (cwd as a fallback). */
export function findRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"core-group-minutes"/.test(readFileSync(pkg, 'utf8'))) return dir;
  }
  return process.cwd();
}

/** VS Code's own Markdown grammar, when a copy exists on this machine. */
export function realMarkdownGrammarPath(): string | undefined {
  const rel = join('extensions', 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json');
  const candidates = [join(ROOT, '.vscode-test', 'code-server', 'node_modules', 'code-server', 'lib', 'vscode', rel)];
  const testDir = join(ROOT, '.vscode-test');
  if (existsSync(testDir)) {
    // VS Code downloaded by @vscode/test-electron: .vscode-test/vscode-<platform>-<version>/...
    for (const name of readdirSync(testDir)) {
      if (name.startsWith('vscode-')) candidates.push(join(testDir, name, 'resources', 'app', rel), join(testDir, name, 'VSCode-linux-x64', 'resources', 'app', rel));
    }
  }
  return candidates.find((p): p is string => !!p && existsSync(p));
}

let onigLib: Promise<vsctm.IOnigLib> | undefined;
export function getOnigLib(): Promise<vsctm.IOnigLib> {
  // loadWASM may be called only once per process (a second call returns the first promise).
  onigLib ??= (async () => {
    const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    };
  })();
  return onigLib;
}

/**
 * For VS Code's Markdown grammar: the other grammars of the VS Code it comes from (scope name -> file),
 * so that its includes resolve as in the editor. Without YAML, for one, its front matter rule never
 * matches and the front matter is read as paragraphs.
 */
export function siblingGrammars(hostPath: string): Map<string, string> {
  const map = new Map<string, string>();
  const extensionsDir = join(dirname(hostPath), '..', '..');
  if (!hostPath.includes('markdown-basics')) return map;
  for (const ext of readdirSync(extensionsDir)) {
    const pkgPath = join(extensionsDir, ext, 'package.json');
    if (!existsSync(pkgPath)) continue;
    const grammars = (JSON.parse(readFileSync(pkgPath, 'utf8')) as { contributes?: { grammars?: Array<{ scopeName?: string; path?: string }> } }).contributes?.grammars ?? [];
    for (const g of grammars) if (g.scopeName && g.path && !map.has(g.scopeName)) map.set(g.scopeName, join(extensionsDir, ext, g.path));
  }
  return map;
}

/** Markdown (from `hostPath`) with our grammar injected, as VS Code does for `injectTo`. */
export async function loadMarkdownWithInjection(hostPath: string): Promise<vsctm.IGrammar> {
  const others = siblingGrammars(hostPath);
  const load = (file: string) => vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file);
  const registry = new vsctm.Registry({
    onigLib: getOnigLib(),
    loadGrammar: async (scopeName) => {
      if (scopeName === 'text.html.markdown') return load(hostPath);
      if (scopeName === INJECTION_SCOPE) return load(INJECTION_PATH);
      const other = others.get(scopeName);
      return other ? load(other) : null; // the minimal grammar includes nothing else
    },
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? [INJECTION_SCOPE] : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  assert.ok(grammar, `could not load ${hostPath}`);
  return grammar;
}

/** One tokenized document: for each line, its text and the scopes of each character. */
export interface Tokenized {
  lines: string[];
  scopes: string[][][];
}

export function tokenize(grammar: vsctm.IGrammar, text: string): Tokenized {
  const lines = text.split('\n');
  const scopes: string[][][] = [];
  let state = vsctm.INITIAL;
  for (const line of lines) {
    const result = grammar.tokenizeLine(line, state);
    const perChar: string[][] = [];
    for (const token of result.tokens) {
      for (let i = token.startIndex; i < Math.min(token.endIndex, line.length); i++) perChar[i] = token.scopes;
    }
    scopes.push(perChar);
    state = result.ruleStack;
  }
  return { lines, scopes };
}

/** Where the `occurrence`-th (0-based) `needle` is: line and column. */
export function find(doc: Tokenized, needle: string, occurrence = 0): { line: number; col: number } {
  let seen = 0;
  for (let line = 0; line < doc.lines.length; line++) {
    for (let col = doc.lines[line].indexOf(needle); col >= 0; col = doc.lines[line].indexOf(needle, col + 1)) {
      if (seen++ === occurrence) return { line, col };
    }
  }
  throw new Error(`"${needle}" (occurrence ${occurrence}) is not in the test text`);
}

export function describeScopes(doc: Tokenized, line: number, col: number): string {
  return `"${doc.lines[line]}" at ${col}: [${(doc.scopes[line][col] ?? []).join(', ')}]`;
}

/** `needle` carries `scope` on every character, and the characters just before and after do not. */
export function assertScoped(doc: Tokenized, needle: string, scope: string, occurrence = 0): void {
  const { line, col } = find(doc, needle, occurrence);
  const has = (c: number) => (doc.scopes[line][c] ?? []).includes(scope);
  for (let c = col; c < col + needle.length; c++) {
    assert.ok(has(c), `"${needle}" should be ${scope}; ${describeScopes(doc, line, c)}`);
  }
  assert.ok(col === 0 || !has(col - 1), `${scope} starts before "${needle}"; ${describeScopes(doc, line, col - 1)}`);
  const after = col + needle.length;
  assert.ok(after >= doc.lines[line].length || !has(after), `${scope} runs past "${needle}"; ${describeScopes(doc, line, after)}`);
}

/** No character of `needle` carries any scope of ours (".core-group"). */
export function assertNotScoped(doc: Tokenized, needle: string, occurrence = 0): void {
  const { line, col } = find(doc, needle, occurrence);
  for (let c = col; c < col + needle.length; c++) {
    const ours = (doc.scopes[line][c] ?? []).filter((s) => s.endsWith('.core-group'));
    assert.deepEqual(ours, [], `"${needle}" should not be coloured; ${describeScopes(doc, line, c)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Grammar cases: the same for every host Markdown grammar.

export const S = {
  action: 'entity.name.type.action-id.core-group',
  outcome: 'entity.name.tag.outcome.core-group',
  ragKeyword: 'keyword.other.rag.core-group',
  red: 'markup.deleted.rag.red.core-group',
  amber: 'markup.changed.rag.amber.core-group',
  green: 'markup.inserted.rag.green.core-group',
  done: 'markup.inserted.status.done.core-group',
  inProgress: 'markup.changed.status.in-progress.core-group',
  notStarted: 'markup.deleted.status.not-started.core-group',
  carried: 'markup.changed.status.carried-forward.core-group',
  closed: 'markup.italic.status.closed.core-group',
  date: 'constant.numeric.date.core-group',
  safetyKeyword: 'keyword.other.safety-scale.core-group',
  safetyNumber: 'constant.numeric.safety-scale.core-group',
  distribution: 'keyword.other.distribution.core-group',
};

