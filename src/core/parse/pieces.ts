/**
 * Where a text can be tokenised in pieces, one after another, with the same result as tokenising it
 * whole. micromark keeps every token of a document until its end, and they cost about a hundred
 * times the text in memory (and the garbage collector's time in copying them); tokenised a piece at a
 * time, only one piece's tokens are alive at once.
 *
 * A piece may start at a line that follows a blank line and starts in column 1 (not with "[", ">"
 * or "--"). At such a line micromark's state is the same as at the start of a document:
 * - a paragraph, a table, a block quote and an HTML block of kinds 6 and 7 end at a blank line;
 * - a list goes on past a blank line only with indented lines or another item in column 1; a piece
 *   that starts with such an item starts a list of its own, and the reader joins the two when they
 *   are one list in the whole text (same kind and marker, nothing between: ./events.ts);
 * - lazy continuation needs a paragraph line just before;
 * - front matter is only at the very start, and no piece starts with "--", so none opens any;
 * - a fenced code block and an HTML block of kinds 1 to 5 (comments, `<script>`, ...) do run on
 *   past blank lines: the scan below follows them so as not to cut inside one, and the reader checks
 *   each piece's end after tokenising (./events.ts: a piece whose fence, HTML block or list runs to
 *   its very end is read again with the next one), so a scan misled by a fence inside a list costs
 *   time, never a wrong result.
 * Link reference definitions are the one thing that reaches back: `[a]` in a heading is a link if
 * `[a]: url` is defined anywhere, even further down. A text with a `]:` anywhere is read whole.
 * test/unit/parse-pieces.test.ts cuts fuzzed documents at every place the scan allows and compares.
 */
import { isBlankLine, nextLineStart } from '../text';

/** About how long a piece is at least: long enough that a piece's fixed cost is lost in its tokenising. */
export const PIECE_LENGTH = 8_000;
/** A shorter piece ends where its tokens are estimated at this many bytes (./limits.ts): dense structure, two-row tables. */
export const PIECE_MEMORY = 4_000_000;

/** A fence line, read where a line starts (sticky): its marker run, then the rest of the line. */
const FENCE = / {0,3}(`{3,}|~{3,})([^\r\n]*)/y;
/** The HTML blocks that run past blank lines, by what opens them (sticky) and what ends them. */
const HTML_RUNS: [RegExp, RegExp][] = [
  [/ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/iy, /<\/(?:script|pre|style|textarea)>/i],
  [/ {0,3}<!--/y, /-->/],
  [/ {0,3}<\?/y, /\?>/],
  [/ {0,3}<![A-Za-z]/y, />/],
  [/ {0,3}<!\[CDATA\[/y, /\]\]>/],
];
const at = (re: RegExp, text: string, i: number) => {
  re.lastIndex = i;
  return re.exec(text);
};

/** Whether a piece may start at the (non-blank) line at `i`, given that a blank line comes before it. */
function mayStartPiece(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  // Not indented (space, tab), not "[" (a definition), ">" (a quote), nor "--" (front matter, a rule).
  if (c === 32 || c === 9 || c === 91 || c === 62 || (c === 45 && d === 45)) return false;
  // A list item may: the reader joins it to the list the piece before ends with (./events.ts).
  return true;
}

/** Whether the line at `i` is indented by four columns or more (a tab counts as reaching them). */
function isIndented(text: string, i: number): boolean {
  let k = i;
  while (k - i < 4 && text.charCodeAt(k) === 32) k++;
  return k - i === 4 || text.charCodeAt(k) === 9;
}

/** Whether `re` matches inside the line from `i` to `end`. */
function inLine(re: RegExp, text: string, i: number, end: number): boolean {
  return re.test(text.slice(i, end));
}

/**
 * Offsets in `text` at which pieces may start, each at least `minLength` after the one before and
 * none before `from` (the end of the front matter). Empty when the text is best read whole.
 */
export function pieceStarts(text: string, from: number, minLength: number = PIECE_LENGTH): number[] {
  if (text.length < 2 * minLength || text.includes(']:')) return [];
  const starts: number[] = [];
  let last = 0;
  let fence: { mark: string; length: number } | undefined;
  let html: RegExp | undefined;
  let prevBlank = false;
  // The last line that was not blank was indented four or more: micromark's indented code, whose
  // blank lines it holds on to, reads an empty list item after them otherwise than a document's start.
  let afterIndented = false;
  for (let i = from; i < text.length; ) {
    const next = nextLineStart(text, i);
    let end = next;
    while (end > i && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
    if (fence) {
      const m = at(FENCE, text, i);
      if (m && m.index + m[0].length === end && m[1][0] === fence.mark && m[1].length >= fence.length && /^[ \t]*$/.test(m[2])) fence = undefined;
    } else if (html) {
      if (inLine(html, text, i, end)) html = undefined;
    } else if (isBlankLine(text, i, end)) {
      prevBlank = true;
      i = next;
      continue;
    } else {
      if (prevBlank && !afterIndented && i - last >= minLength && mayStartPiece(text, i)) {
        starts.push(i);
        last = i;
      }
      afterIndented = isIndented(text, i);
      const m = text.charCodeAt(i) === 96 || text.charCodeAt(i) === 126 || text.charCodeAt(i) === 32 ? at(FENCE, text, i) : null;
      if (m && m.index + m[0].length === end && !(m[1][0] === '`' && m[2].includes('`'))) fence = { mark: m[1][0], length: m[1].length };
      else html = htmlRun(text, i, end);
    }
    prevBlank = false;
    i = next;
  }
  // The last piece is not kept short either.
  if (starts.length > 0 && text.length - starts[starts.length - 1] < minLength) starts.pop();
  return starts;
}

/** What ends the HTML block of kinds 1 to 5 that the line from `i` to `end` opens and does not close, or undefined. */
function htmlRun(text: string, i: number, end: number): RegExp | undefined {
  let k = i;
  while (k < end && k - i < 3 && text.charCodeAt(k) === 32) k++;
  if (text.charCodeAt(k) !== 60) return undefined;
  for (const [open, close] of HTML_RUNS) {
    const m = at(open, text, i);
    if (!m || m.index + m[0].length > end) continue;
    return inLine(close, text, m.index + m[0].length, end) ? undefined : close;
  }
  return undefined;
}
