/**
 * Reading a text a piece at a time (src/core/parse/pieces.ts, readInPieces in events.ts) must give
 * exactly what reading it whole gives. Pieces are normally at least 8,000 characters long; here they
 * are cut at every place the scan allows (a minimum length of 1), on the project's Markdown, a
 * generated corpus and fuzzed documents built from what could reach across a cut: fences and HTML
 * comments holding blank lines and headings, lists with blank lines and indented continuations,
 * quotes, front matter holding a YAML comment, tables, underlines, link definitions.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { pieceWithTree } from '../../src/core/parse/document';
import { readInPieces, readTopLevel, type TopLevel } from '../../src/core/parse/events';
import { micromarkExtensions } from '../../src/core/parse/markdown';
import { frontMatterEnd } from '../../src/core/parse/limits';
import { pieceStarts } from '../../src/core/parse/pieces';
import { generateCorpus } from '../corpus';
import { projectMarkdownFiles } from './helpers/fixtures';

const parts = (t: TopLevel | undefined) => t && { yaml: t.yaml, headings: t.headings, tables: t.tables, blocks: t.blocks };

/** Whether reading in the smallest pieces gives what reading whole gives; and how many cuts there were. */
function same(text: string, label: string): number {
  // A text the events reader leaves is read through the tree, whole or a piece at a time.
  const whole = readTopLevel(text, micromarkExtensions, 0) ?? pieceWithTree(text)(text, 0);
  assert.deepEqual(parts(readInPieces(text, micromarkExtensions, 0, { minLength: 1, fallback: pieceWithTree(text) })), parts(whole), label);
  return pieceStarts(text, frontMatterEnd(text) ?? 0, 1).length;
}

describe('parse: reading in pieces gives what reading whole gives', function () {
  this.timeout(120000);

  it('cuts only where a line after a blank one starts afresh', () => {
    const at = (text: string) => pieceStarts(text, 0, 1).map((i) => text.slice(i, text.indexOf('\n', i)));
    assert.deepEqual(at('# A\n\ntext\n\n## B\n\n| a |\n|---|\n\nlast\n'), ['text', '## B', '| a |', 'last']);
    // Not inside a fence or an HTML comment, however many blank lines they hold.
    assert.deepEqual(at('# A\n\n```\n\n# not a heading\n\n```\n\n# C\n'), ['```', '# C']);
    assert.deepEqual(at('# A\n\n<!--\n\n# hidden\n\n-->\n\n# C\n'), ['<!--', '# C']);
    assert.deepEqual(at('# A\n\n~~~~\n```\n\n# in\n~~~~\n\n# C\n'), ['~~~~', '# C']);
    // Never where the line could continue a list item, a quote, or start a definition or front matter.
    assert.deepEqual(at('# A\n\n  more\n\n> q\n\n---\n\n[r] x\n\n    code\n'), []);
    // List items may start a piece: the reader joins the lists again.
    assert.deepEqual(at('# A\n\n- a\n\n* b\n\n+ c\n\n1. d\n\n2) e\n\n***\n\n**bold**\n\n+x\n'), ['- a', '* b', '+ c', '1. d', '2) e', '***', '**bold**', '+x']);
    // A link definition can be used above it: such a text is read whole.
    assert.deepEqual(at('# [a]\n\ntext\n\n[a]: https://example.org\n'), []);
    // Not inside front matter.
    assert.deepEqual(pieceStarts('---\ntype: x\n\n# a comment\n---\n\n# A\n', frontMatterEnd('---\ntype: x\n\n# a comment\n---\n\n# A\n') ?? 0, 1).length, 1);
  });

  it('on every Markdown file of the project and the shared cases', () => {
    let cuts = 0;
    for (const f of projectMarkdownFiles()) cuts += same(readFileSync(f, 'utf8'), f);
    assert.ok(cuts > 1000, `${cuts} cuts`);
  });

  it('on a generated corpus', () => {
    const { files } = generateCorpus({ children: 6, meetings: 3, seed: 9 });
    let cuts = 0;
    for (const [path, text] of files) cuts += same(text, path);
    assert.ok(cuts > 5 * files.size, `${cuts} cuts in ${files.size} files`);
  });

  const block = fc.constantFrom(
    '# Heading', '## Actions', 'Some words\nover two lines', '| a | b |\n|---|---|\n| c | d |', 'Title\n===', 'Sub\n---', '***', '**bold** start',
    '```\n\n# not a heading\n\n| a |\n|---|\n```', '~~~\n```\n\n# in\n~~~', '```\n\n# unclosed fence', '    ```\n\n# indented, no fence',
    '- item\n  ```\n\n# after a fence in a list', '- ```\n  code\n\n```\n\n# inside a real fence', '<!--\n\n# hidden\n\n-->', '<!-- one line -->', '<!--\n\n# unclosed comment',
    '<script>\n\n# in a script\n\n</script>', '<div>\n# in html\n</div>', '<?\n\n# pi\n\n?>', '- a\n\n  continued\n\n- b', '1. one\n\n2. two', '* star', '+ plus', '> quote\n>\n> more',
    '> quote\nlazy line', '- item\nlazy', '- a\n\n- b\n\n- c', '1. a\n\n2. b', '1) a\n\n2. b', '* a\n\n- b', '-\n-\n\n-', '- a\n\n  - nested\n\n- b',
    '- a\n\n    code in item\n\n- b', '10. ten\n\n11. eleven', '- - -', '* * *\n\n* after a rule',
    '# Heading &amp; reference', '| a &copy; | b |\n|---|---|\n| c | d &#35; |', 'Title &amp;\n===', 'nul \0 byte', '- item with &amp;\n\n- next', '    indented code\n\n    more code', '[r]: https://example.org', '# [r] in a heading', '| [r] | x |\n|---|---|', '---\nnot front matter\n---',
  );
  const doc = fc.tuple(
    fc.constantFrom('', '---\ntype: core-group-minutes\n---\n', '---\ntype: x\n\n# a comment\n---\n'),
    fc.array(fc.tuple(block, fc.constantFrom('\n', '\n\n', '\n\n\n', '\n \n\t\n')), { minLength: 1, maxLength: 12 }),
    fc.constantFrom('\n', '\r\n'),
  ).map(([fm, blocks, eol]) => (fm + blocks.map(([b, gap]) => b + gap).join('')).replace(/\r?\n/g, eol));

  it('on fuzzed documents, cut everywhere the scan allows', () => {
    let cut = 0;
    fc.assert(
      fc.property(doc, (text) => {
        if (same(text, JSON.stringify(text)) > 0) cut++;
      }),
      { numRuns: 3000, seed: 20261202 },
    );
    assert.ok(cut > 1500, `documents with a cut: ${cut} of 3000`);
  });
});
