/**
 * Plain paragraphs tokenised as a stand-in (src/core/parse/stand-ins.ts) must give exactly what
 * tokenising them gives: every heading, table, block and offset. Each case is read with the
 * shortcuts (plain paragraphs and table bodies) and without; fuzzed documents put plain paragraphs
 * where a stand-in could be misread: in front matter, fences and HTML comments, after list items and
 * quotes (lazy lines, continuations), above "===" and "---", beside tables, with trailing spaces.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { NO_SHORTCUTS, readTopLevel, readWith, shortcutsFor } from '../../src/core/parse/events';
import { micromarkExtensions } from '../../src/core/parse/markdown';
import { plainParagraphs, shrink } from '../../src/core/parse/stand-ins';

const withShortcuts = (text: string) => readWith(text, micromarkExtensions, 5, shortcutsFor(text));
const without = (text: string) => readTopLevel(text, micromarkExtensions, 5, NO_SHORTCUTS);

describe('parse: plain paragraphs read as a stand-in', function () {
  this.timeout(120000);

  it('finds paragraphs of plain lines between blank lines', () => {
    const text = 'Plain words here.\nAnd a second line.\n\n# Heading\n\nHas *markup*.\n\nEnds in a space \n\nLast one';
    assert.deepEqual(plainParagraphs(text).map((p) => text.slice(p.start, p.end)), ['Plain words here.\nAnd a second line.', 'Last one']);
    // Not straight after a line that is not blank, nor one run on into by a line that is not plain.
    assert.deepEqual(plainParagraphs('# H\nPlain\n\nPlain\n- item\n\nPlain\n'), [{ start: 25, end: 30 }]);
  });

  it('moves offsets back to the text: a stand-in\'s start to its paragraph\'s start, its end to its end', () => {
    const text = 'A\n\nLong paragraph\n\nB\n\nAnother one\n';
    const shrunk = shrink(text, plainParagraphs(text).filter((p) => p.end - p.start > 1));
    assert.equal(shrunk.source, 'A\n\nx\n\nB\n\nx\n');
    assert.deepEqual([0, 3, 4, 5, 6, 9, 10, 11].map(shrunk.toText), [0, 3, 17, 18, 19, 22, 33, 34]);
  });

  it('reads a document of prose, lists and tables as micromark does, without reading again', () => {
    const text = '---\ntype: core-group-minutes\n---\n\n# Core group\n\nPresent: Mum, Dad\nApologies: none\n\n- Mum\n- Dad\n\nThe meeting went well.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nNext meeting in four weeks.\n';
    const read = withShortcuts(text);
    assert.notEqual(read, 'not as expected');
    assert.deepEqual(read, without(text));
    // Inside a fence or an HTML comment a stand-in is content, as the lines were.
    for (const t of ['# A\n\n```\n\nPlain prose\n\n```\n\nAfter\n', '<!--\n\nPlain prose\n\n-->\n\n# B\n']) {
      assert.deepEqual(withShortcuts(t), without(t), t);
    }
    // In front matter it is not: the text is read again as it is.
    const front = '---\ntype: x\n\nPlain in front matter\n\n---\n\n# A\n';
    assert.equal(plainParagraphs(front).length, 1);
    assert.equal(readWith(front, micromarkExtensions, 5, { bodies: [], paragraphs: plainParagraphs(front) }), 'not as expected');
    assert.deepEqual(readTopLevel(front, micromarkExtensions, 5, { bodies: [], paragraphs: plainParagraphs(front) }), without(front));
  });

  const plain = fc.constantFrom('Plain words', 'Present: Mum, Dad', 'Two lines\nof prose', 'Title', 'Ends in space ', 'Mixed *markup*', 'a', 'Nan and Aunt: yes');
  const other = fc.constantFrom(
    '# Heading', '- item', '- item\n  indented', '1. one', '> quote', '```', '~~~', '<!--', '-->', '<div>', '    indented', '===', '---', '***',
    '| a | b |\n|---|---|\n| 1 | 2 |', '[r]: https://example.org', '# [r]', '---\ntype: x\n', 'Setext\n---',
  );
  const doc = fc.tuple(
    fc.constantFrom('', '---\ntype: core-group-minutes\n---\n', '---\ntype: x\n\nPlain in front matter\n---\n'),
    fc.array(fc.tuple(fc.oneof(plain, plain, other), fc.constantFrom('\n', '\n\n', '\n \n', '\n\n\n', '')), { minLength: 1, maxLength: 10 }),
    fc.constantFrom('\n', '\r\n', '\r'),
  ).map(([fm, blocks, eol]) => (fm + blocks.map(([b, gap]) => b + gap).join('')).replace(/\r?\n/g, eol));

  it('on fuzzed documents, the same as without the shortcut, and mostly taken', () => {
    let taken = 0;
    let found = 0;
    fc.assert(
      fc.property(doc, (text) => {
        const shortcut = withShortcuts(text);
        if (shortcutsFor(text).paragraphs.length > 0) found++;
        if (shortcut !== 'not as expected' && shortcutsFor(text).paragraphs.length > 0) taken++;
        assert.deepEqual(readTopLevel(text, micromarkExtensions, 5), without(text));
        if (shortcut !== 'not as expected') assert.deepEqual(shortcut, without(text));
      }),
      { numRuns: 5000, seed: 20261202 },
    );
    assert.ok(found > 3000 && taken > found / 2, `documents with a plain paragraph: ${found}; read with the shortcut: ${taken}`);
  });
});
