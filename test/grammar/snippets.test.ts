/** Tests for the snippets (snippets/core-group.code-snippets): VS Code snippet syntax, expanded with each tab stop's default, and the template they write, coloured by the grammar. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { actionRowSnippet } from '../../src/core/new-minutes';
import { MIN_MARKDOWN_PATH, S, SNIPPETS_PATH, TEMPLATE_TITLES, assertNotScoped, assertScoped, loadMarkdownWithInjection, tokenize, Json } from './textmate';

// ---------------------------------------------------------------------------------------------
// Snippets: VS Code snippet syntax, expanded with each tab stop's default.


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

