/**
 * Tables tokenised later, and only where they can be. Tokenising GFM tables costs more than the
 * rest of a table-heavy document together, and more the longer the document, so ./events.ts
 * tokenises the text without tables, then tokenises again, with tables, each top-level paragraph
 * in which a table can begin. This finds those paragraphs, and says when the shortcut is not safe.
 *
 * Why a paragraph tokenised alone gives the tables the whole text would: a table begins with a
 * head row and a delimiter row (`|---|:-:|`), so without tables both lines are in one paragraph,
 * the delimiter row on a line after its first; and a table ends at a blank line or at a block
 * that begins on a line of its own (a heading, a fence, a quote, a list, a break), each of which
 * ends a paragraph too. What can differ is what follows a table inside the paragraph: an
 * indented code block, an HTML block or a list item that could not interrupt the paragraph but
 * can follow a table, and could run on past the paragraph's end. When one does, or when a
 * delimiter row could stand anywhere but inside a top-level paragraph (in a list, in a quote,
 * straight after a heading, as a list item itself: `- | -`), the whole text is tokenised with
 * tables instead. test/unit/parse-events.test.ts holds the result to the full parse.
 */
import type { Extension } from 'micromark-util-types';
import { lineEndAt, nextLineStart } from '../text';

/** What a delimiter row can hold once quote markers and indentation are passed over. */
const DELIMITER_ROW = /^[ \t>]*[|:-][ \t|:-]*$/;

/** Blocks that may follow a table inside a paragraph and run on past it. */
const RUNS_ON = new Set(['codeIndented', 'htmlFlow', 'listOrdered', 'listUnordered', 'blockQuote', 'codeFenced']);

/** The extensions with flow constructs named "table", and the others. */
export function splitTables(extensions: readonly Extension[]): { tables: Extension[]; others: Extension[] } {
  const isTable = (e: Extension) => {
    const constructs = e.flow?.null;
    return (Array.isArray(constructs) ? constructs : constructs ? [constructs] : []).some((c) => c.name === 'table');
  };
  return { tables: extensions.filter(isTable), others: extensions.filter((e) => !isTable(e)) };
}

export interface TablesLater {
  /** The extensions to tokenise a paragraph again with. */
  readonly tables: Extension[];
  /** The lines of the top-level paragraph from `start` to `end` when a table may begin in it. */
  sliceOf(start: number, end: number): { start: number; end: number } | undefined;
  /** Whether a paragraph tokenised again holds a block that could run on past it. */
  runsOn(events: readonly (readonly [string, { type: string }, unknown])[]): boolean;
  /** Whether every line that could be a delimiter row was inside a paragraph tokenised again. */
  allCovered(): boolean;
}

/** The start of each line of `text` that could be a table's delimiter row (there is a line before it, not blank). */
function delimiterLines(text: string): number[] {
  const out: number[] = [];
  let previousBlank = true;
  for (let start = 0; start < text.length; ) {
    const end = lineEndAt(text, start);
    let i = start;
    for (let c = text.charCodeAt(i); i < end && (c === 32 || c === 9 || c === 62); c = text.charCodeAt(++i));
    const c = text.charCodeAt(i);
    if (!previousBlank && i < end && (c === 124 || c === 58 || c === 45)) {
      const line = text.slice(start, end);
      // A delimiter row has a dash in each cell, and a pipe or a colon (else it is a break or an underline).
      if (DELIMITER_ROW.test(line) && line.includes('-') && (line.includes('|') || line.includes(':'))) out.push(start);
    }
    previousBlank = /^[ \t]*$/.test(text.slice(start, end));
    if (end >= text.length) break;
    start = nextLineStart(text, start);
  }
  return out;
}

/** The offset of the start of the line `offset` is on. */
function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

/** Where tables may begin in `text`, for tokenising it without them first; undefined when nowhere. */
export function tablesLater(text: string, tables: Extension[]): TablesLater {
  const lines = delimiterLines(text);
  let covered = 0;
  let next = 0; // paragraphs come in order, so the lines are walked once
  return {
    tables,
    sliceOf(start, end) {
      const first = lineStartOf(text, start);
      while (next < lines.length && lines[next] <= first) next++;
      let inside = 0;
      while (next + inside < lines.length && lines[next + inside] < end) inside++;
      if (inside === 0) return undefined;
      next += inside;
      covered += inside;
      return { start: first, end: lineEndAt(text, end) };
    },
    runsOn: (events) => events.some(([kind, tok]) => kind === 'enter' && RUNS_ON.has(tok.type)),
    allCovered: () => covered === lines.length,
  };
}
