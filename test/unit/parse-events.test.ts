/**
 * The parse's fast path (src/core/parse/events.ts: micromark's events read directly) must give
 * exactly what building the mdast tree gives: same front matter, headings and tables, same offsets,
 * on every Markdown file of the repository and the shared cases, on a generated corpus, and on
 * fuzzed documents full of the constructs that matter (inline markup in headings and cells, lists,
 * quotes, fences, comments, CRLF, tabs, a byte order mark).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { declaredType, parseDocument, parseDocumentWithTree } from '../../src/core/parse/document';
import { readTopLevel } from '../../src/core/parse/events';
import { micromarkExtensions } from '../../src/core/parse/markdown';
import { generateCorpus } from '../corpus';
import { projectMarkdownFiles } from './helpers/fixtures';

function same(text: string, label: string): void {
  assert.deepEqual(parseDocument('/x.md', text), parseDocumentWithTree('/x.md', text), label);
}

const fast = (text: string) => readTopLevel(text, micromarkExtensions, 0) !== undefined;

describe('parse: reading micromark events gives what the mdast tree gives', function () {
  this.timeout(120000);

  it('on every Markdown file of the project and the shared cases', () => {
    const files = projectMarkdownFiles();
    assert.ok(files.length > 20, `found ${files.length} files`);
    for (const f of files) same(readFileSync(f, 'utf8'), f);
  });

  it('on a generated corpus, always through the fast path', () => {
    const { files } = generateCorpus({ children: 12, meetings: 4, seed: 5 });
    for (const [path, text] of files) {
      same(text, path);
      assert.ok(fast(text), `fast path for ${path}`);
    }
  });

  it('with CRLF line ends and a byte order mark', () => {
    const { files } = generateCorpus({ children: 2, meetings: 2, seed: 6 });
    for (const [path, text] of files) {
      same(text.replace(/\n/g, '\r\n'), path + ' (CRLF)');
      same('\ufeff' + text, path + ' (BOM)');
    }
  });

  const inline = fc.constantFrom(
    'plain words', '*emphasis*', '**strong**', '_under_', '`code`', '`` a ` b ``', '` padded `', '\\| escaped', '\\*', 'a \\\\ b',
    '&amp;', '&#35;', '&copy;', '[link](https://example.org "t")', '[ref][r]', '[r]', '![alt *x*](i.png)', '<https://example.org>',
    '<a@b.org>', '<b>html</b>', '<!-- note -->', 'O1 Outcome', 'A12', '10/12/2026', '~~struck~~', 'trailing #', '\t tab', '|', '*', 'nul\0byte',
  );
  const words = fc.array(inline, { minLength: 0, maxLength: 4 }).map((xs) => xs.join(' '));
  const cell = fc.oneof(words, fc.constantFrom('', ' ', '`a \\| b`', 'x \\| y'));
  const row = (n: number) => fc.array(cell, { minLength: Math.max(0, n - 1), maxLength: n + 1 }).map((cs) => '| ' + cs.join(' | ') + ' |');
  const table = fc.integer({ min: 1, max: 4 }).chain((n) =>
    fc.tuple(fc.array(cell, { minLength: n, maxLength: n }), fc.array(row(n), { maxLength: 3 }), fc.boolean()).map(([h, rows, outer]) => {
      const head = outer ? '| ' + h.join(' | ') + ' |' : h.join(' | ');
      return [head, (outer ? '|' : '') + h.map(() => '---').join('|') + (outer ? '|' : ''), ...rows].join('\n');
    }),
  );
  const block = fc.oneof(
    words.map((w) => `## ${w}`),
    fc.tuple(fc.integer({ min: 1, max: 6 }), words).map(([d, w]) => `${'#'.repeat(d)} ${w}${d % 2 ? ' ##' : ''}`),
    words.map((w) => `${w || 'Title'}\n===`),
    words.map((w) => `${w || 'Sub'}\nline two\n---`),
    table,
    words.map((w) => `Paragraph ${w}\nwith a second line.`),
    fc.tuple(words, table).map(([w, t]) => `- ${w}\n  ## nested heading\n\n  ${t.replace(/\n/g, '\n  ')}`),
    table.map((t) => `> ## quoted\n> ${t.replace(/\n/g, '\n> ')}`),
    words.map((w) => '```\n## not a heading ' + w + '\n| a | b |\n|---|---|\n```'),
    words.map((w) => `<!--\n## hidden ${w}\n-->`),
    fc.constantFrom('[r]: https://example.org', '***', '    ## indented code', '1. item\n2. item'),
    // Setext headings of several lines: line endings, hard breaks, and line ends inside links and code.
    fc.constantFrom('a\nb\n===', 'a  \nb\n===', 'a\\\nb\n---', 'a \nb\t\nc\n===', '*a\nb*\n---', '[a\nb](u)\n===', '`a\nb`\n===', '![a\nb](i.png)\n---', 'a &amp;\nb\r\n==='),
  );
  const front = fc.constantFrom('', '---\ntype: core-group-minutes\nchild: A.B.\n---\n', '---\n---\n', '---\ntype: x\n\nchild: [a\n---\n', '---\n  key: v\n---\n', '---\n# c\n---\n', '---\ntype: core-group-minutes\nchild: A\0B\n---\n');
  const doc = fc.tuple(front, fc.array(block, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(([fm, blocks, eol, bom]) =>
    (bom ? '\ufeff' : '') + (fm + blocks.join('\n\n') + '\n').replace(/\r?\n/g, eol),
  );

  it('on fuzzed documents', () => {
    let fastCount = 0;
    let fastTables = 0;
    fc.assert(
      fc.property(doc, (text) => {
        same(text, JSON.stringify(text));
        if (!fast(text.replace(/^\ufeff/, ''))) return;
        fastCount++;
        if (/\n\|?\s*-{3}/.test(text)) fastTables++;
      }),
      { numRuns: 1500, seed: 20261125 },
    );
    // About half the fuzzed documents hold something only the tree reads exactly (a character
    // reference, a multi-line heading): those fall back; the rest, most with tables, go fast.
    assert.ok(fastCount > 500 && fastTables > 400, `the fast path is taken for ordinary documents (${fastCount} of 1500, ${fastTables} with tables)`);
  });

  // Tables are tokenised after the rest, inside the paragraph they begin in (src/core/parse/tables-later.ts):
  // blocks that touch a table, with no blank line between, are where that could go wrong.
  const touching = fc.oneof(
    table,
    fc.constantFrom(
      'Some words', 'a | b', '- | -', '- a | b', ':-- | --:', '---', '===', '***', '2. item', '1. item', '-', '* bullet', '    indented code', '  two spaces | x',
      '<span>inline html</span>', '<div>', '</div>', '> quoted | x', '> |---|', '# Heading', '```', '[r]: https://example.org', '|---|', '| x |', '<!-- c -->', '\t| tab |',
    ),
  );
  const touchingDoc = fc.tuple(front, fc.array(touching, { minLength: 1, maxLength: 10 }), fc.array(fc.constantFrom('\n', '\n', '\n\n'), { minLength: 10, maxLength: 10 })).map(
    ([fm, blocks, gaps]) => fm + blocks.map((b, i) => b + gaps[i]).join(''),
  );

  it('on fuzzed documents whose blocks touch tables', () => {
    let fastCount = 0;
    fc.assert(
      fc.property(touchingDoc, (text) => {
        same(text, JSON.stringify(text));
        if (fast(text)) fastCount++;
      }),
      { numRuns: 2000, seed: 20261201 },
    );
    assert.ok(fastCount > 400, `the fast path is taken (${fastCount} of 2000)`);
  });
});

describe('parse: the declared type, read before parsing (the editor\'s first test, the fallback when YAML fails)', () => {
  it('reads the type line as the parser reads the front matter\'s type', () => {
    for (const doc of ['---\ntype: core-group-minutes\n---\n', '---\r\ntype: "core-group-minutes"\r\n---\r\n', "---\ntype: 'core-group-minutes' # ours\n---\n"]) {
      assert.equal(declaredType(doc), 'core-group-minutes', JSON.stringify(doc));
      assert.equal(parseDocument('/x.md', doc).kind, 'minutes', JSON.stringify(doc));
    }
    assert.equal(declaredType('---\ntype: cp-plan\n---\n'), 'cp-plan');
    for (const doc of ['---\ntype: core-group-minutes-draft\n---\n', '---\ntype: core-group-minutes and notes\n---\n', '---\nsubtype: core-group-minutes\n---\n']) {
      assert.notEqual(declaredType(doc), 'core-group-minutes', JSON.stringify(doc));
      assert.notEqual(parseDocument('/x.md', doc).kind, 'minutes', JSON.stringify(doc));
    }
  });
});
