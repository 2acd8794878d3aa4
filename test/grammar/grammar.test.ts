/**
 * Tests for the colouring grammar (syntaxes/core-group.injection.tmLanguage.json) and the
 * snippets (snippets/core-group.code-snippets).
 *
 * The grammar is run through the real TextMate tokenizer that VS Code uses (vscode-textmate with
 * vscode-oniguruma), injected into a Markdown grammar, and the scopes of chosen words are checked.
 * The host Markdown grammar is:
 *  - always test/grammar/fixtures/markdown-min.tmLanguage.json, a small stand-in kept in the repo;
 *  - and also VS Code's own Markdown grammar when a copy is on this machine (inside the code-server
 *    or VS Code that the integration tests download into .vscode-test/), with the grammars of the
 *    other languages it includes (YAML for the front matter, code fences). The same cases are then
 *    added a second time, at describe time, so nothing is ever reported as skipped: the cases
 *    simply exist or not.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { actionRowSnippet } from '../../src/core/new-minutes';

const ROOT = findRoot();
const INJECTION_PATH = join(ROOT, 'syntaxes', 'core-group.injection.tmLanguage.json');
const MIN_MARKDOWN_PATH = join(ROOT, 'test', 'grammar', 'fixtures', 'markdown-min.tmLanguage.json');
const SNIPPETS_PATH = join(ROOT, 'snippets', 'core-group.code-snippets');
const INJECTION_SCOPE = 'markdown.core-group.injection';

/** The template's section titles, in order (shared/design/minutes-format.md). */
const TEMPLATE_TITLES = [
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
function findRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"core-group-minutes"/.test(readFileSync(pkg, 'utf8'))) return dir;
  }
  return process.cwd();
}

/** VS Code's own Markdown grammar, when a copy exists on this machine. */
function realMarkdownGrammarPath(): string | undefined {
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
function getOnigLib(): Promise<vsctm.IOnigLib> {
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
function siblingGrammars(hostPath: string): Map<string, string> {
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
async function loadMarkdownWithInjection(hostPath: string): Promise<vsctm.IGrammar> {
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
interface Tokenized {
  lines: string[];
  scopes: string[][][];
}

function tokenize(grammar: vsctm.IGrammar, text: string): Tokenized {
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
function find(doc: Tokenized, needle: string, occurrence = 0): { line: number; col: number } {
  let seen = 0;
  for (let line = 0; line < doc.lines.length; line++) {
    for (let col = doc.lines[line].indexOf(needle); col >= 0; col = doc.lines[line].indexOf(needle, col + 1)) {
      if (seen++ === occurrence) return { line, col };
    }
  }
  throw new Error(`"${needle}" (occurrence ${occurrence}) is not in the test text`);
}

function describeScopes(doc: Tokenized, line: number, col: number): string {
  return `"${doc.lines[line]}" at ${col}: [${(doc.scopes[line][col] ?? []).join(', ')}]`;
}

/** `needle` carries `scope` on every character, and the characters just before and after do not. */
function assertScoped(doc: Tokenized, needle: string, scope: string, occurrence = 0): void {
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
function assertNotScoped(doc: Tokenized, needle: string, occurrence = 0): void {
  const { line, col } = find(doc, needle, occurrence);
  for (let c = col; c < col + needle.length; c++) {
    const ours = (doc.scopes[line][c] ?? []).filter((s) => s.endsWith('.core-group'));
    assert.deepEqual(ours, [], `"${needle}" should not be coloured; ${describeScopes(doc, line, c)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Grammar cases: the same for every host Markdown grammar.

const S = {
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

function defineGrammarCases(label: string, hostPath: string): void {
  describe(`colouring, injected into ${label}`, () => {
    let grammar: vsctm.IGrammar;
    before(async () => {
      grammar = await loadMarkdownWithInjection(hostPath);
    });
    const md = (text: string) => tokenize(grammar, text);

    it('colours outcome ratings, any case, with one scope per colour', () => {
      const doc = md(['Progress: Amber', '', 'Progress: Red', '', 'RAG: green', '', 'progress:AMBER'].join('\n'));
      assertScoped(doc, 'Progress', S.ragKeyword);
      assertScoped(doc, 'Amber', S.amber);
      assertScoped(doc, 'Red', S.red);
      assertScoped(doc, 'RAG', S.ragKeyword);
      assertScoped(doc, 'green', S.green);
      assertScoped(doc, 'AMBER', S.amber);
    });

    it('colours "Progress:" alone at the start of a line, but not the word progress in a sentence', () => {
      const doc = md('Progress: \n\nThere was some progress: Kerry went twice.\n\nGood progress in Red Class.');
      assertScoped(doc, 'Progress', S.ragKeyword);
      assertNotScoped(doc, 'progress:');
      assertNotScoped(doc, 'progress in Red');
    });

    it('colours the id, the date and the status in a review table row', () => {
      const doc = md('| A2 | Mia to start the group | Mia Brook | 2026-08-27 | Carried forward | |');
      assertScoped(doc, 'A2', S.action);
      assertScoped(doc, '2026-08-27', S.date);
      assertScoped(doc, 'Carried forward', S.carried);
      assertNotScoped(doc, 'Mia to start the group');
      assertNotScoped(doc, 'Mia Brook');
    });

    it('colours each kind of status at the start of a cell, any case', () => {
      const rows = [
        '| A1 | Referral | Tom Reed | 2026-10-29 | Done – referred 20/09 | |',
        '| A3 | Assessment | Tom Reed | 2026-10-29 | completed | |',
        '| A4 | Programme | Kerry Smith | 2026-12-15 | In progress | 2 of 6 |',
        '| A5 | Testing | Lee Grant | 2026-09-30 | Not started | |',
        '| A6 | Nursery | Lee Grant | 2026-09-30 | OUTSTANDING | |',
        '| A7 | Grant | Lee Grant | 2026-09-30 | No longer needed | |',
        '| A8 | Housing | Lee Grant | 2026-09-30 |Withdrawn| |',
        '| A9 | Dentist | Mia Brook | 2026-09-30 | Achieved 27/10 | |',
      ];
      const doc = md(rows.join('\n'));
      assertScoped(doc, 'Done', S.done);
      assertNotScoped(doc, 'referred 20/09');
      assertScoped(doc, 'completed', S.done);
      assertScoped(doc, 'In progress', S.inProgress);
      assertScoped(doc, 'Not started', S.notStarted);
      assertScoped(doc, 'OUTSTANDING', S.notStarted);
      assertScoped(doc, 'No longer needed', S.closed);
      assertScoped(doc, 'Withdrawn', S.closed);
      assertScoped(doc, 'Achieved', S.done);
    });

    it('does not colour status words that only begin a sentence in a cell, or appear outside tables', () => {
      const doc = md('| A10 | Complete the referral | Tom Reed | 2026-11-01 | | Started school in May |\n\nThe work is done.');
      assertNotScoped(doc, 'Complete');
      assertNotScoped(doc, 'Started');
      assertNotScoped(doc, 'done');
      assertScoped(doc, 'A10', S.action);
    });

    it('colours every date form of the format, and only those', () => {
      const doc = md(
        [
          'Seen on 2026-12-01, then 01/12/2026, then 1 Dec 2026, then 1 December 2026 and 4 Sept. 2026.',
          'Not dates: ./2026-10-15-core-group.md, referred 20/09, the 10th of December, 2026-13-01, 32/01/2026.',
        ].join('\n'),
      );
      for (const date of ['2026-12-01', '01/12/2026', '1 Dec 2026', '1 December 2026', '4 Sept. 2026']) assertScoped(doc, date, S.date);
      for (const text of ['./2026-10-15-core-group.md', '20/09', '10th of December', '2026-13-01', '32/01/2026']) assertNotScoped(doc, text);
    });

    it('colours action and outcome ids, in headings and tables', () => {
      const doc = md('### O1 J is safe at home\n\n| A6 | Dean to attend the assessment | O1 | Dean Smith | 2026-11-20 |\n\nSee A12 and O2.');
      assertScoped(doc, 'O1', S.outcome, 0);
      assertScoped(doc, 'A6', S.action);
      assertScoped(doc, 'O1', S.outcome, 1);
      assertScoped(doc, 'A12', S.action);
      assertScoped(doc, 'O2', S.outcome);
    });

    it('does not colour ordinary words as ids', () => {
      const doc = md("A worker from Area West met Ms O'Brien at 10am; A-levels, Amber Class, AA12B and OA.");
      for (const word of ['A worker', 'Area', "O'Brien", '10am', 'A-levels', 'Amber Class', 'AA12B', 'OA']) assertNotScoped(doc, word);
    });

    it('colours the safety scale and the distribution lines', () => {
      const doc = md('Conflict has reduced. Safety scale: 7/10.\n\nShared with: core group\nDate shared: 2026-11-16\nAgreed by: Kerry Smith');
      assertScoped(doc, 'Safety scale', S.safetyKeyword);
      assertScoped(doc, '7/10', S.safetyNumber);
      assertScoped(doc, 'Shared with', S.distribution);
      assertScoped(doc, 'Date shared', S.distribution);
      assertScoped(doc, 'Agreed by', S.distribution);
      assertScoped(doc, '2026-11-16', S.date);
      assertNotScoped(doc, 'Kerry Smith');
    });

    it('leaves code, inline code, HTML comments and the front matter alone', () => {
      const doc = md(
        [
          '---',
          'type: core-group-minutes',
          'date: 2026-11-20',
          '---',
          '',
          '```',
          'Progress: Amber on 2026-12-01 for A1',
          '```',
          '',
          'Inline `A3 2026-12-02` code.',
          '',
          '<!-- Record A4 by 2026-12-03. Progress: Red -->',
          '',
          'After the code: A5 by 2026-12-04.',
        ].join('\n'),
      );
      for (const text of ['2026-11-20', 'Progress: Amber', '2026-12-01', 'A1', 'A3 2026-12-02', 'A4 by 2026-12-03. Progress: Red']) assertNotScoped(doc, text);
      assertScoped(doc, 'A5', S.action);
      assertScoped(doc, '2026-12-04', S.date);
    });

    it("keeps Markdown's own colouring of a line that starts with a date", () => {
      // With an "L:" injection selector this fails: the date would win over the paragraph start.
      const doc = md('10 December 2026 at **school**');
      assertScoped(doc, '10 December 2026', S.date);
      const { line, col } = find(doc, 'school');
      assert.ok(doc.scopes[line][0].includes('meta.paragraph.markdown'), describeScopes(doc, line, 0));
      assert.ok(doc.scopes[line][col].includes('markup.bold.markdown'), describeScopes(doc, line, col));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Snippets: VS Code snippet syntax, expanded with each tab stop's default.

type Json = Record<string, unknown>;

const TEST_VARIABLES: Record<string, string> = {
  CURRENT_YEAR: '2026',
  CURRENT_MONTH: '11',
  CURRENT_DATE: '20',
  CURRENT_MONTH_NAME: 'November',
  CURRENT_MONTH_NAME_SHORT: 'Nov',
};

/**
 * Expands a snippet body as VS Code would if the practitioner pressed Tab through it: each
 * placeholder gives its default, a choice its first option, an empty tab stop nothing (or the
 * default of a placeholder with the same number). Throws on malformed syntax or unknown variables.
 */
function expandSnippet(body: string): string {
  const defaults = new Map<number, string>();
  let pos = 0;
  const parse = (inside: boolean): Array<string | { index: number; text?: string }> => {
    const parts: Array<string | { index: number; text?: string }> = [];
    while (pos < body.length) {
      const ch = body[pos];
      if (ch === '\\' && pos + 1 < body.length && '$}\\'.includes(body[pos + 1])) {
        parts.push(body[pos + 1]);
        pos += 2;
      } else if (ch === '}' && inside) {
        return parts;
      } else if (ch === '$') {
        parts.push(parseDollar());
      } else {
        parts.push(ch);
        pos++;
      }
    }
    if (inside) throw new Error(`unclosed \${ in snippet: ${body}`);
    return parts;
  };
  const flatten = (parts: ReturnType<typeof parse>): string =>
    parts.map((p) => (typeof p === 'string' ? p : (p.text ?? '\u0000' + p.index + '\u0000'))).join('');
  const parseDollar = (): string | { index: number; text?: string } => {
    pos++; // '$'
    const simple = /^(\d+|[A-Z_]+)/.exec(body.slice(pos));
    if (simple) {
      pos += simple[0].length;
      return /^\d/.test(simple[0]) ? { index: +simple[0] } : variable(simple[0]);
    }
    if (body[pos] !== '{') return '$';
    const head = /^\{(\d+|[A-Z_]+)([:|}])/.exec(body.slice(pos));
    if (!head) throw new Error(`bad \${ at ${pos}: ${body.slice(pos, pos + 20)}`);
    pos += head[0].length;
    const [, name, sep] = head;
    const isIndex = /^\d/.test(name);
    if (sep === '}') return isIndex ? { index: +name } : variable(name);
    if (sep === '|') {
      const end = body.indexOf('|}', pos);
      if (!isIndex || end < 0) throw new Error(`bad choice at ${pos}`);
      const options = body.slice(pos, end).split(/(?<!\\),/).map((o) => o.replace(/\\([,|\\$}])/g, '$1'));
      pos = end + 2;
      if (!defaults.has(+name)) defaults.set(+name, options[0]);
      return { index: +name, text: options[0] };
    }
    const text = flatten(parse(true));
    pos++; // '}'
    if (!isIndex) return variable(name); // ${VAR:default}: the variable is known, so its value wins
    if (!defaults.has(+name)) defaults.set(+name, text);
    return { index: +name, text };
  };
  const variable = (name: string): string => {
    if (!(name in TEST_VARIABLES)) throw new Error(`unknown snippet variable $${name}`);
    return TEST_VARIABLES[name];
  };
  const out = flatten(parse(false));
  // Empty tab stops mirror a placeholder of the same number, as in VS Code.
  return out.replace(/\u0000(\d+)\u0000/g, (_m, n: string) => defaults.get(+n) ?? '');
}

describe('snippets/core-group.code-snippets', () => {
  const raw = readFileSync(SNIPPETS_PATH, 'utf8');
  const snippets = JSON.parse(raw) as Record<string, Json>;
  const bodyOf = (s: Json) => (Array.isArray(s.body) ? (s.body as string[]).join('\n') : String(s.body));
  const byPrefix = (prefix: string): Json => {
    const found = Object.values(snippets).find((s) => s.prefix === prefix);
    assert.ok(found, `no snippet with prefix ${prefix}`);
    return found;
  };

  it('is JSON in which every snippet has a cg- prefix, a body and a description', () => {
    const prefixes = new Set<string>();
    for (const [name, s] of Object.entries(snippets)) {
      assert.equal(typeof s.prefix, 'string', `${name}: prefix`);
      assert.match(s.prefix as string, /^cg-[a-z-]+$/, `${name}: prefix`);
      assert.ok(!prefixes.has(s.prefix as string), `${name}: prefix used twice`);
      prefixes.add(s.prefix as string);
      assert.ok(typeof s.body === 'string' || (Array.isArray(s.body) && s.body.every((l) => typeof l === 'string')), `${name}: body`);
      assert.ok(typeof s.description === 'string' && s.description.length > 10, `${name}: description`);
      expandSnippet(bodyOf(s)); // throws on bad snippet syntax
    }
    // cg-action is a completion computed from the analysis (src/editor/action-completion.ts): its ID is the next free one.
    assert.ok(!prefixes.has('cg-action'), 'cg-action would be offered twice, once without the next free ID');
    for (const p of ['cg-minutes', 'cg-attendee', 'cg-review', 'cg-outcome', 'cg-safety', 'cg-distribution']) {
      assert.ok(prefixes.has(p), `missing ${p}`);
    }
  });

  it('cg-minutes gives front matter and every template heading in order, each with a prompt', () => {
    const text = expandSnippet(bodyOf(byPrefix('cg-minutes')));
    assert.ok(text.startsWith('---\ntype: core-group-minutes\n'), text.slice(0, 60));
    assert.match(text, /^date: 2026-11-20\b/m);
    for (const key of ['child', 'meeting', 'chair', 'chair-role', 'previous', 'area', 'team']) assert.match(text, new RegExp(`^${key}:`, 'm'));
    const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1].trim());
    assert.deepEqual(headings, TEMPLATE_TITLES);
    // Under each heading, before anything else, a prompt comment.
    for (const section of text.split(/^## .+$/m).slice(1)) assert.match(section, /^\s*<!-- Record [^]*?-->/, section.slice(0, 80));
    for (const line of [
      '| Name | Role | Attended | Report |',
      '| ID | Action | Owner | Due | Status | Update | Impact on the child |',
      '| ID | Action | Outcome | Owner | Due |',
      'Progress: Red',
      'Shared with:',
      'Date shared:',
      'Agreed by:',
    ]) {
      assert.ok(text.includes(line), `cg-minutes lacks "${line}"`);
    }
    assert.match(text, /^### O1 /m);
  });

  it('row snippets have as many cells as their table headers', () => {
    const cells = (line: string) => line.trim().replace(/^\||\|$/g, '').split('|').length;
    assert.equal(cells(expandSnippet(bodyOf(byPrefix('cg-attendee')))), 4);
    assert.equal(cells(expandSnippet(bodyOf(byPrefix('cg-review')))), 7);
    assert.equal(cells(expandSnippet(actionRowSnippet('A5'))), 5);
    assert.match(expandSnippet(actionRowSnippet('A5')), /^\| A5 \| /);
  });

  it('the other snippets hold the lines the checks read', () => {
    assert.match(expandSnippet(bodyOf(byPrefix('cg-outcome'))), /^### O1 [^]*^Progress: Red$/m);
    assert.match(expandSnippet(bodyOf(byPrefix('cg-safety'))), /What we are worried about[^]*What is working well[^]*What needs to happen[^]*^Safety scale: 0\/10$/m);
    assert.match(expandSnippet(bodyOf(byPrefix('cg-distribution'))), /^Shared with: .*\nDate shared: .*\nAgreed by: /m);
    assert.match(bodyOf(byPrefix('cg-safety')), /\$\{\d+\|0,1,2,3,4,5,6,7,8,9,10\|\}/);
    assert.match(bodyOf(byPrefix('cg-review')), /\$\{\d+\|Done,In progress,Not started,Carried forward,No longer needed\|\}/);
  });

  it('the whole template, once filled in, is coloured as expected', async () => {
    const grammar = await loadMarkdownWithInjection(MIN_MARKDOWN_PATH);
    const doc = tokenize(grammar, expandSnippet(bodyOf(byPrefix('cg-minutes'))));
    assertScoped(doc, 'Red', S.red);
    assertScoped(doc, 'Shared with', S.distribution);
    assertNotScoped(doc, 'Record'); // the prompts are HTML comments
  });
});

// ---------------------------------------------------------------------------------------------
// The grammar file itself, and package.json's entries for it once they exist.

describe('syntaxes/core-group.injection.tmLanguage.json', () => {
  const grammarJson = JSON.parse(readFileSync(INJECTION_PATH, 'utf8')) as Json;

  it('is an injection into Markdown that keeps out of comments and code', () => {
    assert.equal(grammarJson.scopeName, INJECTION_SCOPE);
    const selector = String(grammarJson.injectionSelector);
    assert.match(selector, /^text\.html\.markdown /);
    for (const excluded of ['-comment', '-markup.fenced_code', '-markup.raw', '-markup.inline.raw']) assert.ok(selector.includes(excluded), excluded);
  });

  // Added only once package.json contributes the grammar and snippets (see the report to src/).
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes?: { grammars?: Json[]; snippets?: Json[] } };
  const grammarEntry = pkg.contributes?.grammars?.find((g) => g.scopeName === INJECTION_SCOPE);
  if (grammarEntry) {
    it('package.json contributes the grammar into Markdown from the right file', () => {
      assert.equal(join(ROOT, String(grammarEntry.path)), INJECTION_PATH);
      assert.deepEqual(grammarEntry.injectTo, ['text.html.markdown']);
    });
  }
  const snippetEntry = pkg.contributes?.snippets?.find((s) => String(s.path).includes('core-group.code-snippets'));
  if (snippetEntry) {
    it('package.json contributes the snippets for Markdown', () => {
      assert.equal(join(ROOT, String(snippetEntry.path)), SNIPPETS_PATH);
      assert.equal(snippetEntry.language, 'markdown');
    });
  }
});

defineGrammarCases('the minimal test Markdown grammar', MIN_MARKDOWN_PATH);
const realMarkdown = realMarkdownGrammarPath();
if (realMarkdown) defineGrammarCases(`VS Code's Markdown grammar (${realMarkdown})`, realMarkdown);
