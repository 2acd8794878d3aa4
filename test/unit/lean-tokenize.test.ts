/**
 * The trimmed tokenising (src/core/parse/lean-tokenize.ts) must give micromark's own events
 * everywhere outside paragraphs: same tokens, same offsets. Compared on the project's and the
 * shared Markdown, a generated corpus, and fuzzed documents built to catch a skipped table
 * (tables right after paragraphs, in quotes and lists, odd delimiter rows, CR/CRLF/LF line ends,
 * tabs, no final line end).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse, postprocess, preprocess } from 'micromark';
import type { Event } from 'micromark-util-types';
import { delimiterRowAfter, hasInlineMarkup, tokenizeLean } from '../../src/core/parse/lean-tokenize';
import { LINE_BREAK } from '../../src/core/text';
import { micromarkExtensions } from '../../src/core/parse/markdown';
import { generateCorpus } from '../corpus';
import { projectMarkdownFiles } from './helpers/fixtures';

function micromarkEvents(text: string): Event[] {
  return postprocess(parse({ extensions: micromarkExtensions }).document().write(preprocess()(text, undefined, true)));
}

/**
 * Each event outside paragraphs as `enter type start-end`; in a heading or cell, a run of plain text
 * (micromark's data tokens, or the lean chunk left untokenised) as `text <its characters>`.
 */
function outsideParagraphs(events: Event[], source: string): string[] {
  const out: string[] = [];
  let inParagraph = false;
  let inHeadingOrCell = false;
  for (const [kind, t] of events) {
    if (t.type === 'paragraph') inParagraph = kind === 'enter';
    else if (inParagraph) continue;
    if (t.type === 'atxHeadingText' || t.type === 'tableContent') inHeadingOrCell = kind === 'enter';
    else if (inHeadingOrCell && (t.type === 'data' || t.type === 'chunkText')) {
      if (kind === 'exit') continue;
      const value = source.slice(t.start.offset, t.end.offset);
      const last = out.length - 1;
      if (out[last]?.startsWith('text ')) out[last] += value;
      else out.push('text ' + value);
      continue;
    }
    out.push(`${kind} ${t.type} ${t.start.offset}-${t.end.offset}`);
  }
  return out;
}

function same(text: string, label: string): void {
  assert.deepEqual(outsideParagraphs(tokenizeLean(text, micromarkExtensions), text), outsideParagraphs(micromarkEvents(text), text), label);
}

const tableCount = (events: Event[]) => events.filter(([kind, t]) => kind === 'enter' && t.type === 'table').length;

describe('lean tokenising: micromark\'s events outside paragraphs, for less work', function () {
  this.timeout(120000);

  it('tells whether the next line, after CR, LF or CRLF, could be a delimiter row', () => {
    assert.equal(delimiterRowAfter('a|b\n|-|\nc', 0), true);
    assert.equal(delimiterRowAfter('a|b\r\n|-|\r\nc', 1), true);
    assert.equal(delimiterRowAfter('a|b\r|-|\rc', 2), true);
    assert.equal(delimiterRowAfter('a|b\n> \t:-: | --\n', 0), true);
    assert.equal(delimiterRowAfter('a|b\n\nc', 0), false);
    assert.equal(delimiterRowAfter('a|b\n|-x|', 0), false);
    assert.equal(delimiterRowAfter('last line', 3), false);
    // Against the rule as a pattern on the next line, cut out: on fuzzed text.
    const reference = (text: string, offset: number) => {
      const rest = text.slice(offset).split(LINE_BREAK);
      return rest.length > 1 && /^[ \t>]*[|:-][ \t|:-]*$/.test(rest[1]);
    };
    const text = fc.array(fc.constantFrom('|', ':', '-', ' ', '\t', '>', 'a', '\n', '\r', '\r\n'), { maxLength: 16 }).map((p) => p.join(''));
    let yes = 0;
    fc.assert(
      fc.property(text, fc.nat(16), (t, at) => {
        const offset = Math.min(at, t.length);
        // micromark asks at a line's start or inside it, never between a CR and its LF.
        if (t[offset - 1] === '\r' && t[offset] === '\n') return;
        const want = reference(t, offset);
        if (want) yes++;
        assert.equal(delimiterRowAfter(t, offset), want, JSON.stringify([t, offset]));
      }),
      { numRuns: 3000, seed: 20261202 },
    );
    assert.ok(yes > 100, `next lines that could be a delimiter row: ${yes} of 3000`);
  });

  it('finds the characters that can start inline markup', () => {
    for (const c of '!&*_<[]\\`') assert.equal(hasInlineMarkup(`ab${c}cd`, 0, 5), true, c);
    assert.equal(hasInlineMarkup('plain words: 3 - 4 | é', 0, 22), false);
    assert.equal(hasInlineMarkup('a*b', 0, 1), false, 'only between the two offsets');
  });

  it('leaves paragraph text and plain headings and cells untokenised, and tokenises markup in headings and cells', () => {
    const events = tokenizeLean('# A *b*\n\n## Plain\n\nSome *emphasis* here.\n\n| *x* | y |\n|---|---|\n| `z` | w |\n', micromarkExtensions);
    const types = events.filter(([k]) => k === 'enter').map(([, t]) => t.type);
    assert.equal(types.filter((t) => t === 'emphasis').length, 2, 'the heading\'s and the cell\'s emphasis, not the paragraph\'s');
    assert.ok(types.includes('codeText'));
    assert.equal(types.filter((t) => t === 'chunkText').length, 4, 'the paragraph, "Plain", "y" and "w" are left as chunks');
    assert.equal(tableCount(events), 1);
  });

  it('on every Markdown file of the project and the shared cases', () => {
    const files = projectMarkdownFiles();
    assert.ok(files.length > 20, `found ${files.length} files`);
    for (const f of files) same(readFileSync(f, 'utf8'), f);
  });

  it('on a generated corpus, with LF, CRLF and CR line ends', () => {
    const { files } = generateCorpus({ children: 6, meetings: 3, seed: 7 });
    for (const [path, text] of files) {
      same(text, path);
      same(text.replace(/\n/g, '\r\n'), path + ' (CRLF)');
      same(text.replace(/\n/g, '\r'), path + ' (CR)');
    }
  });

  const cell = fc.constantFrom('', 'a', ' b ', '*c*', '`d`', 'e \\| f', 'g-h', ':', '-', '|');
  const delimiterCell = fc.constantFrom('---', ':--', '--:', ':-:', '-', ' - ', '\t---', '', ':', '--- x');
  const row = fc.array(cell, { minLength: 1, maxLength: 3 }).chain((cs) => fc.tuple(fc.constant(cs.join(' | ')), fc.constantFrom('', '|', '| ', ' |')));
  const tableLike = fc.tuple(row, fc.array(delimiterCell, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.array(row, { maxLength: 3 }), fc.constantFrom('', ' ', '  ', '\t', '    ')).map(
    ([[head, edge], delims, outer, body, indent]) =>
      [
        `${edge}${head}${edge.trim()}`,
        `${indent}${outer ? '|' : ''}${delims.join('|')}${outer ? '|' : ''}`,
        ...body.map(([r, e]) => `${e}${r}${e.trim()}`),
      ].join('\n'),
  );
  const block = fc.oneof(
    tableLike,
    tableLike.map((t) => `A paragraph line right before\n${t}`),
    tableLike.map((t) => `${t}\nno pipes here, still a row?\n---`),
    tableLike.map((t) => `> ${t.replace(/\n/g, '\n> ')}`),
    tableLike.map((t) => `> ${t.replace(/\n/g, '\n')}`),
    tableLike.map((t) => `- item\n  ${t.replace(/\n/g, '\n  ')}`),
    tableLike.map((t) => `1. item\n\n   ${t.replace(/\n/g, '\n   ')}`),
    fc.constantFrom('## Heading | with pipe', 'Setext | title\n---', 'Para | one\n:-', 'a\n|', '|\n|', 'x\n-|-', '***', '```\n| a |\n|---|\n```', '<!--\n| a |\n|---|\n-->', '    | indented |\n    |---|'),
  );
  const doc = fc.tuple(fc.array(block, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'), fc.constantFrom('\n\n', '\n'), fc.boolean()).map(
    ([blocks, eol, gap, finalEol]) => (blocks.join(gap) + (finalEol ? '\n' : '')).replace(/\r?\n/g, eol),
  );

  it('on fuzzed documents full of tables and near-tables', () => {
    let tables = 0;
    fc.assert(
      fc.property(doc, (text) => {
        same(text, JSON.stringify(text));
        tables += tableCount(micromarkEvents(text));
      }),
      { numRuns: 2000, seed: 20261126 },
    );
    assert.ok(tables > 400, `the fuzzed documents hold real tables (${tables})`);
  });
});
