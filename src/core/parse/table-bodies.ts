/**
 * Table body rows read without micromark. micromark's GFM table construct costs about three times
 * what the same lines cost as a paragraph (each body row is a construct of its own, then every
 * cell is rewritten by the table's resolver), and minutes written to real templates are a third
 * tables: on them, tokenising body rows was a third of the whole analysis.
 *
 * Only bodies whose meaning is beyond doubt are read here: every line after the delimiter row
 * starts with "|" in column 1, none holds a character that can start inline markup or an escape
 * (! & * _ < [ ] \ and the backtick), and the body ends at a blank line or the text's end. After
 * a row of a table at the top level, such a line can only be another body row (no container,
 * flow construct or indented code starts with "|", and lines are lazy only inside containers),
 * and its cells hold plain text.
 *
 * Such a body is masked before tokenising: every character of it becomes a space, so micromark
 * sees the table end at a blank line (as it does after the real body) and every offset stays
 * where it was. The reader (./events.ts) then takes the rows from here, but only when micromark's
 * events show a top-level table whose delimiter row ends on the line before the body. A body no
 * table claims (the "table" was inside a list, or its head and delimiter row do not match) sends
 * the text back to be tokenised unmasked, so a misjudged body costs time, never a wrong result.
 *
 * The rows are split as the construct splits them (`|` divides, spaces and tabs are white space,
 * anything else is data) and grouped into cells as its resolver groups them: the steps below
 * follow micromark-extension-gfm-table's `resolveTable` and `flushCell` (pinned in package.json),
 * on the same events, so empty cells and missing pipes come out as micromark gives them.
 * test/unit/table-bodies.test.ts compares the two on fuzzed tables in and around other blocks.
 */
import { isBlankLine, lineEndAt, pastBreak } from '../text';
import { hasInlineMarkup } from './lean-tokenize';
import type { CellInfo, RowInfo, Span } from './model';

/**
 * A delimiter row, loosely (a line of "|", ":", "-", spaces and tabs, with a dash, indented less
 * than four columns), then a line that starts with "|": found by one search of the whole text, so
 * tables without a body cost nothing more. The reader's check is the real test.
 */
const DELIMITER_ROW_THEN_ROW = /^ {0,3}(?=[^-\r\n]*-)[|:-][ \t|:-]*(?:\r\n|\r|\n)\|/gm;

/** The start of the line before the one starting at `start` (which is not the first). */
function lineBefore(text: string, start: number): number {
  let from = start - 1;
  if (text.charCodeAt(from) === 10 && text.charCodeAt(from - 1) === 13) from--;
  while (from > 0 && text.charCodeAt(from - 1) !== 10 && text.charCodeAt(from - 1) !== 13) from--;
  return from;
}

/** How many lines above a delimiter row are looked at for the start of its block. */
const HEAD_BLOCK_LINES = 40;

/** Whether a line starting with this character could be inside a list or a quote: indentation, a marker, a digit. */
const mayBeInContainer = (c: number) => c === 32 || c === 9 || c === 62 || c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57);

/**
 * Whether the delimiter row at `at` has a head row above it, in a block of lines none of which
 * could be inside a list or a quote (where the rows would be lazy lines, not a table's): the lines
 * from the blank line before, or the text's start, to the head row. A table there is at the top
 * level, so its body is claimed; a list or quote above would make the reader read the text twice.
 */
function headAtTopLevel(text: string, at: number): boolean {
  let line = lineBefore(text, at);
  if (isBlankLine(text, line, lineEndAt(text, line))) return false;
  // Looked at no further back than this many lines, so a block of thousands of rows costs no more than a short one.
  for (let n = 0; n < HEAD_BLOCK_LINES; n++) {
    if (mayBeInContainer(text.charCodeAt(line))) return false;
    if (line === 0) return true;
    const before = lineBefore(text, line);
    if (isBlankLine(text, before, lineEndAt(text, before))) return true;
    line = before;
  }
  return false;
}

/**
 * The table bodies of `text` that can be read here, in order: from the first body line's start to
 * the last one's end (before its line ending).
 */
export function plainTableBodies(text: string): Span[] {
  const bodies: Span[] = [];
  const re = new RegExp(DELIMITER_ROW_THEN_ROW.source, DELIMITER_ROW_THEN_ROW.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    // A line of its own (the search's line starts include U+2028, which micromark's do not), under a head row at the top level.
    const before = text.charCodeAt(at - 1);
    const start = at + m[0].length - 1;
    re.lastIndex = start;
    if (at === 0 || (before !== 10 && before !== 13) || !headAtTopLevel(text, at)) continue;
    const body = plainBodyFrom(text, start);
    if (!body) continue;
    bodies.push(body);
    re.lastIndex = body.end;
  }
  return bodies;
}

/** The body starting at the line at `start`, when all of it can be read here. */
function plainBodyFrom(text: string, start: number): Span | undefined {
  let i = start;
  let last = start;
  while (i < text.length && text.charCodeAt(i) === 124) {
    const end = lineEndAt(text, i);
    if (hasInlineMarkup(text, i, end)) return undefined;
    last = end;
    i = pastBreak(text, end);
  }
  // The line after the body: the text's end, or a blank line.
  if (i < text.length && !isBlankLine(text, i, lineEndAt(text, i))) return undefined;
  return { start, end: last };
}

/** `text` with every character of the bodies a space: the same length, and each body a blank line. */
export function maskBodies(text: string, bodies: readonly Span[]): string {
  if (bodies.length === 0) return text;
  let out = '';
  let from = 0;
  for (const b of bodies) {
    out += text.slice(from, b.start) + ' '.repeat(b.end - b.start);
    from = b.end;
  }
  return out + text.slice(from);
}

/** The rows of a body `plainTableBodies` found, offsets shifted by `base`. */
export function bodyRows(text: string, body: Span, base: number): RowInfo[] {
  const rows: RowInfo[] = [];
  for (let i = body.start; ; ) {
    const end = lineEndAt(text, i);
    rows.push({ start: i + base, end: end + base, cells: cellsOf(text, i, end, base) });
    if (end >= body.end) break;
    i = pastBreak(text, end);
  }
  return rows;
}

type Kind = 'enter' | 'exit';
type TokenType = 'tableRow' | 'tableCellDivider' | 'whitespace' | 'data';
interface RowEvent {
  kind: Kind;
  type: TokenType;
  start: number;
  end: number;
}

/** The events the table construct makes for a body row from `start` to `end` (bodyRowBreak, bodyRowData). */
function rowEvents(text: string, start: number, end: number): RowEvent[] {
  // Index 0 is never a row's own event (the resolver uses 0 for "none"): a placeholder holds it.
  const events: RowEvent[] = [{ kind: 'enter', type: 'tableRow', start, end: start }];
  const token = (type: TokenType, from: number, to: number) => {
    events.push({ kind: 'enter', type, start: from, end: to }, { kind: 'exit', type, start: from, end: to });
  };
  events.push({ kind: 'enter', type: 'tableRow', start, end });
  for (let i = start; i < end; ) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    if (c === 124) token('tableCellDivider', i, j);
    else if (c === 32 || c === 9) {
      while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
      token('whitespace', i, j);
    } else {
      for (let d = text.charCodeAt(j); j < end && d !== 124 && d !== 32 && d !== 9; d = text.charCodeAt(++j));
      token('data', i, j);
    }
    i = j;
  }
  events.push({ kind: 'exit', type: 'tableRow', start, end });
  return events;
}

interface OpenCell {
  start: number;
  end: number;
  content?: Span;
}

/** The cells of the body row from `start` to `end`: resolveTable's grouping, for a body row (rowKind 3). */
function cellsOf(text: string, start: number, end: number, base: number): CellInfo[] {
  const events = rowEvents(text, start, end);
  const point = (index: number) => (events[index].kind === 'enter' ? events[index].start : events[index].end);
  const cells: OpenCell[] = [];
  // flushCell: close the cell before (at range[0]), open this one (range[1]), its content from the first to the last data.
  const flush = (range: number[], rowEnd: number | undefined, previous: OpenCell | undefined): OpenCell | undefined => {
    if (range[0] !== 0 && previous) previous.end = point(range[0]);
    const now = point(range[1]);
    const cell: OpenCell = { start: now, end: now };
    if (range[2] !== 0) cell.content = { start: point(range[2]), end: point(range[3]) };
    cells.push(cell);
    if (rowEnd === undefined) return cell;
    cell.end = point(rowEnd);
    return undefined;
  };
  let inFirstCellAwaitingPipe = true;
  let lastCell = [0, 0, 0, 0];
  let cell = [0, 0, 0, 0];
  let current: OpenCell | undefined;
  for (let index = 1; index < events.length; index++) {
    const { kind, type } = events[index];
    if (kind === 'enter') {
      if (type === 'tableRow') {
        inFirstCellAwaitingPipe = true;
        current = undefined;
        lastCell = [0, 0, 0, 0];
        cell = [0, index + 1, 0, 0];
      } else if (type === 'data') {
        inFirstCellAwaitingPipe = false;
        if (cell[2] === 0) {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            current = flush(lastCell, undefined, current);
            lastCell = [0, 0, 0, 0];
          }
          cell[2] = index;
        }
      } else if (type === 'tableCellDivider') {
        if (inFirstCellAwaitingPipe) inFirstCellAwaitingPipe = false;
        else {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            current = flush(lastCell, undefined, current);
          }
          lastCell = cell;
          cell = [lastCell[1], index, 0, 0];
        }
      }
    } else if (type === 'tableRow') {
      if (lastCell[1] !== 0) {
        cell[0] = cell[1];
        current = flush(lastCell, index, current);
      } else if (cell[1] !== 0) current = flush(cell, index, current);
    } else if (type === 'data') cell[3] = index;
  }
  return cells.map((c) => ({ text: c.content ? text.slice(c.content.start, c.content.end).trim() : '', start: c.start + base, end: c.end + base }));
}
