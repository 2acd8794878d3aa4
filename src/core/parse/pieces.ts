/**
 * Where a text can be tokenised in pieces, one after another, with the same result as tokenising it
 * whole. micromark keeps every token of a document until its end, and they cost about a hundred
 * times the text in memory (and the garbage collector's time in copying them); tokenised a piece at a
 * time, only one piece's tokens are alive at once.
 *
 * A piece may start at a line that follows a blank line, starts in column 1 and does not start a
 * list item (nor with "-", "[" or ">"). At such a line micromark's state is the same as at the start
 * of a document:
 * - a paragraph, a table, a block quote and an HTML block of kinds 6 and 7 end at a blank line;
 * - a list continues past a blank line only with indented lines or another item;
 * - lazy continuation needs a paragraph line just before;
 * - front matter is only at the very start, and no piece starts with "-", so none opens any;
 * - a fenced code block and an HTML block of kinds 1 to 5 (comments, `<script>`, ...) do run on
 *   past blank lines: the scan below follows them so as not to cut inside one, and the reader checks
 *   each piece's end after tokenising (./events.ts: a piece whose fence or HTML block runs to its
 *   very end is read again with the next one), so a scan misled by a fence inside a list costs time,
 *   never a wrong result.
 * Link reference definitions are the one thing that reaches back: `[a]` in a heading is a link if
 * `[a]: url` is defined anywhere, even further down. A text with a `]:` anywhere is read whole.
 * test/unit/parse-events.test.ts cuts fuzzed documents at every possible place and compares.
 */
import { nextLineStart } from '../text';

/** About how long a piece is at least: long enough that a piece's fixed cost is lost in its tokenising. */
export const PIECE_LENGTH = 8_000;

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** The HTML blocks that run past blank lines, by what opens them and what ends them. */
const HTML_RUNS: [RegExp, string][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, '</'],
  [/^ {0,3}<!--/, '-->'],
  [/^ {0,3}<\?/, '?>'],
  [/^ {0,3}<![A-Za-z]/, '>'],
  [/^ {0,3}<!\[CDATA\[/, ']]>'],
];
const CLOSERS: Record<string, RegExp> = { '</': /<\/(?:script|pre|style|textarea)>/i };

/** Whether a line is blank as micromark reads one: nothing but spaces and tabs. */
const isBlank = (line: string) => /^[ \t]*$/.test(line);

/** Whether a piece may start at this (non-blank) line, given that a blank line comes before it. */
function mayStartPiece(line: string): boolean {
  const c = line.charCodeAt(0);
  // Not indented (space, tab), not "-" (front matter, a rule, an item), "[" (a definition), ">" (a quote).
  if (c === 32 || c === 9 || c === 45 || c === 91 || c === 62) return false;
  // Not a list item: "*" or "+", or up to nine digits and "." or ")", then a space, a tab or the line's end.
  return !/^(?:[*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(line);
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
  let html: string | undefined;
  let prevBlank = false;
  for (let i = from; i < text.length; ) {
    const next = nextLineStart(text, i);
    let end = next;
    while (end > i && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
    const line = text.slice(i, end);
    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence.mark && m[1].length >= fence.length && isBlank(m[2])) fence = undefined;
    } else if (html) {
      if (html === '</' ? CLOSERS[html].test(line) : line.includes(html)) html = undefined;
    } else if (isBlank(line)) {
      prevBlank = true;
      i = next;
      continue;
    } else {
      if (prevBlank && i - last >= minLength && mayStartPiece(line)) {
        starts.push(i);
        last = i;
      }
      const m = FENCE.exec(line);
      if (m && !(m[1][0] === '`' && m[2].includes('`'))) fence = { mark: m[1][0], length: m[1].length };
      else html = htmlRun(line);
    }
    prevBlank = false;
    i = next;
  }
  // The last piece is not kept short either.
  if (starts.length > 0 && text.length - starts[starts.length - 1] < minLength) starts.pop();
  return starts;
}

/** The end marker of an HTML block of kinds 1 to 5 that `line` opens and does not close, or undefined. */
function htmlRun(line: string): string | undefined {
  for (const [open, close] of HTML_RUNS) {
    const m = open.exec(line);
    if (!m) continue;
    const rest = line.slice(m[0].length);
    return (close === '</' ? CLOSERS[close].test(rest) : rest.includes(close)) ? undefined : close;
  }
  return undefined;
}
