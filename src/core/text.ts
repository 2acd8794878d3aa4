/** Small text helpers shared by the parser and the checks. */

/** Lower case, punctuation and spacing folded: how actions without ids and headings are compared. */
export function foldWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function words(text: string): string[] {
  const folded = foldWords(text);
  return folded ? folded.split(' ') : [];
}

/** Whole-word, case-insensitive test for a (possibly multi-word) phrase. */
export function hasWholeWords(haystack: string, phrase: string): boolean {
  const h = ' ' + foldWords(haystack) + ' ';
  const p = foldWords(phrase);
  return p !== '' && h.includes(' ' + p + ' ');
}

/**
 * HTML comments, as Markdown reads them: closed ones anywhere, and one left open at the start of a
 * line (an HTML block: it runs to the end). An unclosed "<!--" in the middle of a line is text.
 */
const COMMENT = /<!--[\s\S]*?-->|(?<=^|[\r\n])[ ]{0,3}<!--[\s\S]*$/g;

/** Removes HTML comments, keeping line breaks so offsets of lines stay meaningful for callers that count lines. */
export function stripComments(text: string): string {
  if (!text.includes('<!--')) return text;
  return text.replace(COMMENT, (m) => m.replace(/[^\r\n]/g, ' '));
}

export function isBlankOrComments(text: string): boolean {
  return stripComments(text).trim() === '';
}

/** A line break as Markdown and VS Code read them: CRLF, LF, or a lone CR (old Mac files). */
export const LINE_BREAK = /\r\n|\r|\n/;

export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** The offset of the first line break (CR or LF) at or after `from`, or the text's length. */
export function lineEndAt(text: string, from: number): number {
  let i = from;
  for (let c = text.charCodeAt(i); i < text.length && c !== 10 && c !== 13; c = text.charCodeAt(++i));
  return i;
}

/** Whether the line from `from` to `to` is blank as Markdown reads one: nothing but spaces and tabs. */
export function isBlankLine(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The offset just after the first line break at or after `from`, or the text's length. */
export function nextLineStart(text: string, from: number): number {
  return pastBreak(text, lineEndAt(text, from));
}

/** The offset just after the line break at `end` (a line's end, as lineEndAt gives it), or the text's length. */
export function pastBreak(text: string, end: number): number {
  if (end >= text.length) return text.length;
  return end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
}

/** Maps offsets to 0-based line/character positions. */
export class LineIndex {
  /** Each line's start offset, in a typed array: a text of a million short lines costs 4 MB here, not 8 to 12. */
  private readonly starts: Uint32Array;

  constructor(readonly text: string) {
    // Without a CR, every line break is an LF, found by indexOf (far quicker than a loop in JavaScript).
    if (!text.includes('\r')) {
      let n = 1;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
      this.starts = new Uint32Array(n);
      for (let i = text.indexOf('\n'), k = 1; i !== -1; i = text.indexOf('\n', i + 1)) this.starts[k++] = i + 1;
      return;
    }
    // Counted first, then filled: a line break is LF, CRLF (at its LF) or a lone CR.
    let n = 1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
    }
    this.starts = new Uint32Array(n);
    for (let i = 0, k = 1; k < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts[k++] = i + 1;
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  range(start: number, end: number) {
    return { start: this.position(start), end: this.position(end) };
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset of the end of a line, before its line break (and before a CR of CRLF). */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
    return next > 0 && this.text.charCodeAt(next - 1) === 13 && next - 1 >= this.lineStart(line) ? next - 1 : next;
  }
}

/** The line break a document uses, so inserted text matches it. */
export function lineBreakOf(text: string): string {
  const head = text.slice(0, 4000);
  if (head.includes('\r\n')) return '\r\n';
  return head.includes('\r') && !head.includes('\n') ? '\r' : '\n';
}
