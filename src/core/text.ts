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

/** Removes HTML comments, keeping line breaks so offsets of lines stay meaningful for callers that count lines. */
export function stripComments(text: string): string {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, (m) => m.replace(/[^\n]/g, ' '));
}

export function isBlankOrComments(text: string): boolean {
  return stripComments(text).trim() === '';
}

/** Maps offsets to 0-based line/character positions. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
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
  return /\r\n/.test(text.slice(0, 4000)) ? '\r\n' : '\n';
}
