/**
 * Keeps pathological input from hanging the parse. What is cut is overwritten before parsing (same
 * length, so every offset stays true) and quietly not read; no minutes come near either limit.
 *
 * - Tables: micromark-extension-gfm-table before 2.1.2 was quadratic in a table's length (10,000
 *   rows took 110 s); 2.1.2 is not, but rows past MAX_TABLE_ROWS in one run of table lines are
 *   blanked with spaces.
 * - Nesting: micromark checks every open list and quote on every line, and on a line of list markers
 *   ("- - - ...") tries a thematic break at each one, so its time grows with the square of the depth
 *   (5,000 markers on one line took 7 s; 1,500 lines each one level deeper, 67 s). Quote and list
 *   markers from column MAX_NESTING_COLUMN of a line on are cut (with the indentation among them,
 *   filled with text), as markdown-it caps nesting.
 */

import { nextLineStart } from '../text';
import { PIECE_LENGTH, PIECE_MEMORY, pieceStarts } from './pieces';

export const MAX_TABLE_ROWS = 5000;

export function guardHugeTables(text: string): string {
  // Fast exit: a text with fewer pipe lines than the limit cannot hold such a table.
  let pipes = 0;
  for (let i = text.indexOf('|'); i !== -1 && pipes <= MAX_TABLE_ROWS; i = text.indexOf('\n', i + 1) === -1 ? -1 : text.indexOf('|', text.indexOf('\n', i + 1))) pipes++;
  if (pipes <= MAX_TABLE_ROWS) return text;
  const lines = text.split('\n');
  let run = 0;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() !== '' && line.includes('|')) {
      run++;
      // The header and delimiter rows count too: keep MAX_TABLE_ROWS body rows.
      if (run > MAX_TABLE_ROWS + 2) {
        lines[i] = line.replace(/[^\r]/g, ' ');
        changed = true;
      }
    } else run = 0;
  }
  return changed ? lines.join('\n') : text;
}

export const MAX_NESTING_COLUMN = 100;

/** A line whose first MAX_NESTING_COLUMN characters could all be indentation and container markers. */
const DEEP_PREFIX = new RegExp(`^[ \\t>*+\\-.)0-9]{${MAX_NESTING_COLUMN}}`, 'gm');

/** Length of the quote or list marker at `i` (with the digits of an ordered one), or 0. */
function markerAt(text: string, i: number): number {
  const c = text[i];
  if (c === '>') return 1;
  const spaceAfter = (j: number) => j >= text.length || ' \t\r\n'.includes(text[j]);
  if ((c === '-' || c === '*' || c === '+') && spaceAfter(i + 1)) return 1;
  let j = i;
  while (j < text.length && j - i < 9 && text[j] >= '0' && text[j] <= '9') j++;
  return j > i && (text[j] === '.' || text[j] === ')') && spaceAfter(j + 1) ? j + 1 - i : 0;
}

/** What a cut is filled with: text, so micromark reads a short paragraph line, not more indentation or markers. */
const FILL = 'x';

export function guardDeepNesting(text: string): string {
  DEEP_PREFIX.lastIndex = 0;
  if (!DEEP_PREFIX.test(text)) return text;
  DEEP_PREFIX.lastIndex = 0;
  const cuts: [number, number][] = [];
  for (let m = DEEP_PREFIX.exec(text); m; m = DEEP_PREFIX.exec(text)) {
    // The line's indentation and markers: cut from the column limit on if a marker lies past it.
    let i = m.index;
    let column = 0;
    let pastLimit = -1;
    let markerPastLimit = false;
    for (;;) {
      if (pastLimit < 0 && column >= MAX_NESTING_COLUMN) pastLimit = i;
      const c = text[i];
      if (c === ' ') column++;
      else if (c === '\t') column += 4 - (column % 4);
      else {
        const len = markerAt(text, i);
        if (len === 0) break;
        if (pastLimit >= 0) markerPastLimit = true;
        column += len;
        i += len;
        continue;
      }
      i++;
    }
    if (markerPastLimit) cuts.push([pastLimit, i]);
    DEEP_PREFIX.lastIndex = Math.max(i, m.index + 1);
  }
  if (cuts.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [from, to] of cuts) {
    out += text.slice(at, from) + FILL.repeat(to - from);
    at = to;
  }
  return out + text.slice(at);
}

/**
 * Structure. micromark keeps every token of a text until the end of the parse, and some structures
 * make far more tokens per character than prose: a blank line, a "#" or a "-" line, a two-line table,
 * a link definition each cost as much as a long paragraph line, and cells and headings tokenise
 * their inline markup (45,000 two-line tables, 950,000 characters, took 9 s and 1.3 GB; a heading
 * of 200,000 emphasis markers, minutes). So the parse reads a text only as far as a budget allows:
 * each line is charged, before parsing and in one pass, about the time and memory it costs (FEATURES,
 * measured on the development machine: microseconds, and bytes of peak memory), and from the first
 * line over either budget on, micromark is not given the text (every offset before that line stays
 * true; a long blank line in its place had cost a second, checked against each of fifty open
 * lists). The analysis says where reading stopped (CG003 `too-large`) and nothing about the part not read.
 *
 * The text is tokenised a piece at a time (./pieces.ts), and a piece's tokens are dropped once it is
 * read, so memory is charged per piece: what a piece's tokens cost, from the line it starts on (FEATURES),
 * and what is kept of every piece read before it (KEPT: the headings, cells and blocks the core reads).
 * A structure that cannot be cut into pieces (thousands of quote lines, or of headings with no
 * blank line between) is charged as one piece, and reading stops where it goes over.
 *
 * Each budget grows with the text's length, so ordinary minutes of any size are read in full (the
 * densest use under half of it), and is capped. What it buys, at 950,000 characters: no structure
 * costs more than about the median time per KB of ordinary minutes, and one analysis of any peaks
 * at no more than about 10 times the text's size in memory (ordinary minutes: under once); below
 * about 100,000 characters the floors are the bound (10 MB, and 12 MB for one piece's tokens).
 * `npm run bench:bombs` prints the figures.
 */
export const STRUCTURE_BUDGET = {
  /** Microseconds: a floor, so much per character, and a cap. */
  time: { floor: 10_000, perChar: 3, cap: 2_500_000 },
  /** Bytes of memory, the same way: for the piece being read and what is kept of those before it. */
  memory: { floor: 10_000_000, perChar: 10, cap: 400_000_000 },
  /** Bytes for the tokens of one piece, whatever the text's length: about a 250-row table, or 1,300 empty list items in one run. */
  piece: 12_000_000,
} as const;

/** What a line is charged: microseconds, and bytes of the process's peak memory, for each thing in it. */
const FEATURES = {
  /** Every line, blank or not. */
  line: { time: 8, memory: 3_500 },
  /** A line that starts a block: after a blank line, or a heading (a new paragraph, table, heading...). */
  blockStart: { time: 10, memory: 3_000 },
  /** A quote marker, and a list marker (an item is a container of its own). */
  quote: { time: 11, memory: 2_000 },
  listMarker: { time: 35, memory: 9_000 },
  /** A pipe: a table cell. */
  pipe: { time: 12, memory: 5_500 },
  /** Inline markup in text that is tokenised (headings, table lines, a setext heading's text). */
  inlineMarkup: { time: 45, memory: 5_000 },
  /** The same in a paragraph, which is not tokenised (./lean-tokenize.ts), but may be a heading's text. */
  markup: { time: 4, memory: 200 },
  /** A line starting with "[" (a link definition: its label is normalised and kept), with "<" (HTML), or a fence. */
  definition: { time: 50, memory: 25_000 },
  html: { time: 20, memory: 500 },
  fence: { time: 10, memory: 2_000 },
  /** "===" or "---" under text: a setext heading, whose text line is then tokenised. */
  underline: { time: 70, memory: 14_000 },
  /** A "#" line: a heading, which the reader keeps, matches and makes a section of (KEPT). */
  heading: { time: 0, memory: 0 },
  /** A column of indentation past the eighth (up to the nesting limit): lists nested ever deeper, each line checked against every one. */
  deepIndent: { time: 1, memory: 2_000 },
} as const;

type Feature = keyof typeof FEATURES;

/** Bytes kept after a piece is read, for each thing in it: a line's place, a block, a cell, a heading. */
const KEPT: Record<Feature, number> = {
  line: 8, blockStart: 120, quote: 0, listMarker: 60, pipe: 100, inlineMarkup: 200, markup: 0, definition: 0, html: 0, fence: 0, underline: 12_000, deepIndent: 0, heading: 2_000,
};

const isSpace = (c: number) => c === 32 || c === 9;
const isEol = (c: number) => c === 10 || c === 13 || Number.isNaN(c);
const isDigit = (c: number) => c >= 48 && c <= 57;
/** What the scan looks for in a line, by character code (0: nothing). */
const EOL = 1;
const PIPE = 2;
/** ! & * [ \ ] _ ` < : characters that can start inline markup. */
const MARKUP = 3;
const SPACE = 4;
/** "=" and "-", of which an underline is made. */
const RULE = 5;
const CHAR_CLASS = new Uint8Array(128);
CHAR_CLASS[10] = CHAR_CLASS[13] = EOL;
CHAR_CLASS[124] = PIPE;
for (const c of '!&*[\\]_`<') CHAR_CLASS[c.charCodeAt(0)] = MARKUP;
CHAR_CLASS[32] = CHAR_CLASS[9] = SPACE;
CHAR_CLASS[61] = CHAR_CLASS[45] = RULE;

export interface Budget {
  time: number;
  memory: number;
}

/** The budgets of a text of `length` characters. */
export function structureBudget(length: number): Budget {
  const t = STRUCTURE_BUDGET.time;
  const m = STRUCTURE_BUDGET.memory;
  return { time: Math.min(t.floor + t.perChar * length, t.cap), memory: Math.min(m.floor + m.perChar * length, m.cap) };
}

/** A front matter fence as micromark's front matter construct reads it: `---` at column 1, then only spaces or tabs. */
const OPENING_FENCE = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSING_FENCE = /^---[ \t]*$/gm;

/**
 * The offset just after the closing fence of the text's front matter (after a byte order mark), or
 * undefined when the text does not open with one. micromark takes the lines between the fences as
 * they are, looking for no Markdown in them.
 */
export function frontMatterEnd(text: string): number | undefined {
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = OPENING_FENCE.exec(text.slice(base, base + 64));
  if (!open) return undefined;
  CLOSING_FENCE.lastIndex = base + open[0].length;
  const close = CLOSING_FENCE.exec(text);
  return close ? nextLineStart(text, close.index) : undefined;
}

/** Where pieces may start at the closest (./pieces.ts); which of those places are used is settled as the text is charged. */
const PLACE_GAP = 1_000;

/** Where a text is cut into pieces, and where reading stops (undefined: it is read to its end). */
export interface Structure {
  cutAt?: number;
  starts: number[];
}

/** The places `text` is cut into pieces at, and the first line past the budget. */
export function structureOf(text: string): Structure {
  const budget = structureBudget(text.length);
  // No character costs more than 60 us or 10 KB, so a short text cannot be over, and is one piece.
  if (text.length * 60 < budget.time && text.length * 10_000 < budget.memory) return { starts: [] };
  const m = measureStructure(text, budget);
  return m.cutAt === undefined ? { starts: m.starts } : { cutAt: m.cutAt, starts: m.starts.filter((x) => x < m.cutAt!) };
}

/** The offset of the first line past the budget, or undefined when the whole text is within it. */
export function structureCutAt(text: string): number | undefined {
  return structureOf(text).cutAt;
}

/**
 * The estimated cost of `text`, stopping at the first line that takes it over `budget`, and where
 * its pieces start: at a place a piece may start (`places`), once the piece before is at least
 * PIECE_LENGTH long or its tokens are estimated at PIECE_MEMORY.
 */
export function measureStructure(
  text: string,
  budget: Budget = { time: Infinity, memory: Infinity },
  places: readonly number[] = pieceStarts(text, frontMatterEnd(text) ?? 0, PLACE_GAP),
): Budget & { cutAt?: number; starts: number[] } {
  const n = text.length;
  const used = { time: 0, memory: 0, starts: [] as number[] };
  let kept = 0;
  let piece = 0;
  let pieceStart = 0;
  const charge = (f: Feature, times: number) => {
    used.time += FEATURES[f].time * times;
    piece += FEATURES[f].memory * times;
    kept += KEPT[f] * times;
  };
  // The memory in use: what is kept, and the piece being read; `used.memory` is its peak.
  const over = () => {
    used.memory = Math.max(used.memory, kept + piece);
    return used.time > budget.time || kept + piece > budget.memory || piece > STRUCTURE_BUDGET.piece;
  };
  let prevBlank = true;
  let prevMarkup = 0;
  let i = 0;
  // The front matter's lines cost a line each: their markup is not tokenised, and the closing fence is no setext underline.
  const frontEnd = frontMatterEnd(text) ?? 0;
  let nextPlace = 0;
  while (i < n) {
    const lineStart = i;
    if (lineStart === places[nextPlace]) {
      nextPlace++;
      if (lineStart - pieceStart >= PIECE_LENGTH || piece >= PIECE_MEMORY) {
        used.starts.push(lineStart);
        pieceStart = lineStart;
        piece = 0;
      }
    }
    charge('line', 1);
    if (i < frontEnd) {
      if (over()) return { ...used, cutAt: lineStart };
      i = nextLineStart(text, i);
      continue;
    }
    // Indentation and container markers.
    const indentFrom = i;
    for (;;) {
      while (isSpace(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      if (c === 62) {
        charge('quote', 1);
        i++;
        continue;
      }
      let j = i;
      if (c === 45 || c === 42 || c === 43) j = i + 1;
      else if (isDigit(c)) {
        while (j - i < 9 && isDigit(text.charCodeAt(j))) j++;
        const d = text.charCodeAt(j);
        j = d === 46 || d === 41 ? j + 1 : i;
      }
      if (j === i || !(isSpace(text.charCodeAt(j)) || isEol(text.charCodeAt(j)))) break;
      charge('listMarker', 1);
      i = j;
    }
    const first = text.charCodeAt(i);
    const blank = isEol(first);
    if (!blank) charge('deepIndent', Math.max(0, Math.min(i - indentFrom, MAX_NESTING_COLUMN) - 8));
    if (!blank && (prevBlank || first === 35)) charge('blockStart', 1);
    if (first === 35) charge('heading', 1);
    if (first === 91) charge('definition', 1);
    else if (first === 60) charge('html', 1);
    else if (first === 96 || first === 126) charge('fence', 1);
    let pipes = 0;
    let markup = 0;
    let underline = first === 61 || first === 45;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      const k = c < 128 ? CHAR_CLASS[c] : 0;
      if (k === 0) {
        underline = false;
        continue;
      }
      if (k === EOL) break;
      if (k === PIPE) pipes++;
      else if (k === MARKUP) markup++;
      if (underline && c !== first && k !== SPACE) underline = false;
    }
    charge('pipe', pipes);
    charge(first === 35 || pipes > 0 ? 'inlineMarkup' : 'markup', markup);
    if (underline && !prevBlank) {
      charge('underline', 1);
      charge('inlineMarkup', prevMarkup); // the text line above is a heading after all
    }
    if (over()) return { ...used, cutAt: lineStart };
    prevBlank = blank;
    prevMarkup = markup;
    // Past the line break: CRLF, LF or a lone CR.
    if (text.charCodeAt(i) === 13) i += text.charCodeAt(i + 1) === 10 ? 2 : 1;
    else if (text.charCodeAt(i) === 10) i++;
  }
  return used;
}
