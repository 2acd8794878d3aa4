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
