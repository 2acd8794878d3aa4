/**
 * Plain table bodies read without micromark (src/core/parse/table-bodies.ts) must give exactly what
 * micromark's table construct gives: the same rows, cells, offsets and text. Each case is read
 * twice by readTopLevel, with the bodies masked and read by hand, and with none masked; fuzzed
 * tables (empty cells, missing pipes, tabs, trailing white space, CRLF) sit in and around what
 * could change their meaning: a paragraph just before, a list or quote whose lazy lines start with
 * "|", a fence, indented code, a head and delimiter row that do not match, markup in a cell.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { readTopLevel } from '../../src/core/parse/events';
import { micromarkExtensions } from '../../src/core/parse/markdown';
import { bodyRows, maskBodies, plainTableBodies } from '../../src/core/parse/table-bodies';

const read = (text: string) => readTopLevel(text, micromarkExtensions, 3);
const readByMicromark = (text: string) => readTopLevel(text, micromarkExtensions, 3, { bodies: [], paragraphs: [] });

describe('parse: plain table bodies read by hand', function () {
  this.timeout(120000);

  it('finds the bodies that start with "|", hold no markup and end at a blank line', () => {
    const text = '# A\n\n| a | b |\n|---|---|\n| 1 | 2 |\n| 3 |\n\n| c |\n|---|\n| **bold** |\n\n| d |\n|---|\n| 4 |\nnot a row\n';
    const bodies = plainTableBodies(text);
    assert.deepEqual(bodies.map((b) => text.slice(b.start, b.end)), ['| 1 | 2 |\n| 3 |']);
    // Not under a head row that could be a lazy line of a list or quote (the reader would read the text twice).
    assert.deepEqual(plainTableBodies('- a\n| x |\n|---|\n| y |\n'), []);
    assert.deepEqual(plainTableBodies('> a\n| x |\n|---|\n| y |\n'), []);
    assert.equal(plainTableBodies('# Actions\n| x |\n|---|\n| y |\n').length, 1);
    assert.equal(plainTableBodies('Present:\n| x |\n|---|\n| y |\n').length, 1);
    assert.equal(maskBodies(text, bodies).length, text.length);
    assert.equal(maskBodies(text, bodies).slice(bodies[0].start, bodies[0].end).trim(), '');
  });

  it('gives the rows micromark gives, read from the body', () => {
    const text = '| a | b |\n|---|---|\n| x | y |\n|  p  |q|r|  \n| z\n|\n||\n| |  |\n|a|b\n\nafter\n';
    const [body] = plainTableBodies(text);
    const table = read(text)!.tables[0];
    assert.deepEqual(table.rows, bodyRows(text, body, 3));
    assert.deepEqual(table, readByMicromark(text)!.tables[0]);
    assert.deepEqual(table.rows.map((r) => r.cells.map((c) => c.text)), [['x', 'y'], ['p', 'q', 'r'], ['z'], [''], [''], ['', ''], ['a', 'b']]);
  });

  it('leaves to micromark a body no top-level table claims', () => {
    for (const text of ['- item\n| a |\n|---|\n| b |\n', '> q\n| a |\n|---|\n| b |\n', '| a | b |\n|---|\n| 1 |\n', '```\n| a |\n|---|\n| b |\n```\n', 'a\n---\n| b |\n']) {
      assert.deepEqual(read(text), readByMicromark(text), JSON.stringify(text));
    }
  });

  const cell = fc.constantFrom('', ' ', 'a', ' b c ', '\t', 'Mum', ' 2026-11-03 ', '\u00a0', 'é', '--', ':');
  const row = fc.array(cell, { maxLength: 5 }).chain((cells) => fc.constantFrom('', '|', ' ', '| ').map((tail) => '|' + cells.join('|') + tail));
  const head = fc.constantFrom('| a | b |', '| a |', 'a | b', '| Name | Role | Attended |', '|', '||');
  const delimiter = fc.constantFrom('|---|---|', '|---|', '---|---', '| :-: | --- |', ' |---|---|', '|-|-|-|', '| --- |', '-|-');
  const table = fc.tuple(head, delimiter, fc.array(row, { maxLength: 6 })).map(([h, d, rows]) => [h, d, ...rows].join('\n'));
  const other = fc.constantFrom('# Heading', 'A paragraph', '- item', '> quote', '```', '    indented', '1. one', '| **bold** | x |', '| lazy |', '***', '<!-- c -->', '[r]: https://example.org', '| [r] |');
  const doc = fc.tuple(fc.array(fc.tuple(fc.oneof(table, other), fc.constantFrom('\n', '\n\n', '\n \n', '\n\n\n')), { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'))
    .map(([blocks, eol]) => blocks.map(([b, gap]) => b + gap).join('').replace(/\r?\n/g, eol));

  it('on fuzzed documents, the same as micromark', () => {
    let withBodies = 0;
    fc.assert(
      fc.property(doc, (text) => {
        if (plainTableBodies(text).length > 0) withBodies++;
        assert.deepEqual(read(text), readByMicromark(text));
      }),
      { numRuns: 4000, seed: 20261202 },
    );
    assert.ok(withBodies > 1500, `documents with a plain body: ${withBodies} of 4000`);
  });
});
