/**
 * Plain paragraphs, tokenised as one letter. Nothing inside a paragraph is read from micromark's
 * events (the reader takes its span, and reads its text from the file), yet micromark reads every
 * character of it twice (as flow content, then as the paragraph in it), and prose is about a third
 * of minutes. So a paragraph whose meaning is beyond doubt is given to micromark as "x", and every
 * offset read back is moved to where it is in the file.
 *
 * Beyond doubt: after a blank line (or at the text's start), lines that each start with an ASCII
 * letter in column 1, hold no character that can start inline markup, a table cell or a quote
 * (! & * _ < > [ ] \ | and the backtick) and do not end in a space or tab, up to a blank line or
 * the text's end. At the top level such lines can only be one paragraph, from the first letter to
 * the last character: a letter starts no container, heading, fence, rule, list item or underline,
 * no line can interrupt them, and with no "[" they define no link. "x" in their place is one
 * paragraph too, after the same blank line and before the same blank line, so everything around
 * reads the same; inside a fenced code block or an HTML block, "x" is content as the lines were,
 * and cannot close the block either. The reader (./events.ts) checks that micromark read each "x"
 * as a top-level paragraph of its own or inside a top-level fence or HTML block; when one was not
 * (it sat in front matter, or in a list), the text is tokenised again as it is, so a misjudged
 * paragraph costs time, never a wrong result.
 * test/unit/stand-ins.test.ts compares the two readings on fuzzed documents.
 */
import { INLINE_MARKUP } from './lean-tokenize';
import type { Span } from './model';
import { pastBreak } from '../text';

/** What micromark reads in a plain paragraph's place. */
const STAND_IN = 'x';

/** By character code: 1, what a plain paragraph's line may not hold (what can start inline markup, "|", ">", NUL); 2, a space or tab. */
const CLASS = new Uint8Array(128);
for (const c of INLINE_MARKUP + '>|\0') CLASS[c.charCodeAt(0)] = 1;
CLASS[32] = CLASS[9] = 2;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

const BLANK = 0;
const PLAIN = 1;
const OTHER = 2;

/**
 * What the line from `from` on is (BLANK, PLAIN: a plain paragraph's line, or OTHER) and where it
 * ends, as one number (end * 4 + kind): this runs on every line, and allocates nothing.
 */
function lineAt(text: string, from: number): number {
  let blank = true;
  let plain = isLetter(text.charCodeAt(from));
  let last = 0;
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    const k = c < 128 ? CLASS[c] : 0;
    if (k !== 2) blank = false;
    if (k === 1) plain = false;
    last = k;
  }
  // A plain line does not end in a space or a tab (a hard break, or white space micromark leaves out of the paragraph).
  return i * 4 + (blank ? BLANK : plain && last !== 2 ? PLAIN : OTHER);
}

/** The plain paragraphs of `text` from `from` on (the end of the front matter), each from its first character to its last. */
export function plainParagraphs(text: string, from = 0): Span[] {
  const out: Span[] = [];
  let afterBlank = from === 0;
  let start = -1;
  let last = -1;
  for (let i = from; i < text.length; ) {
    const line = lineAt(text, i);
    const kind = line % 4;
    const end = (line - kind) / 4;
    if (kind === BLANK) {
      if (start !== -1) out.push({ start, end: last });
      start = -1;
      afterBlank = true;
    } else if (kind === PLAIN && (start !== -1 || afterBlank)) {
      if (start === -1) start = i;
      last = end;
      afterBlank = false;
    } else {
      start = -1;
      afterBlank = false;
    }
    i = pastBreak(text, end);
  }
  if (start !== -1) out.push({ start, end: last });
  return out;
}

/** A text with paragraphs in stand-ins: what micromark reads, and where its offsets are in the text. */
export interface Shrunk {
  source: string;
  /** Where each stand-in is in `source`, in order. */
  standIns: number[];
  /** The offset in the text of an offset in `source`: a stand-in's start to its paragraph's start, its end to the paragraph's end. */
  toText(offset: number): number;
}

export function shrink(text: string, paragraphs: readonly Span[]): Shrunk {
  if (paragraphs.length === 0) return { source: text, standIns: [], toText: (o) => o };
  let source = '';
  let from = 0;
  // After stand-in k, offsets in the text are ahead by shift[k].
  const standIns: number[] = [];
  const shift: number[] = [];
  let ahead = 0;
  for (const p of paragraphs) {
    source += text.slice(from, p.start);
    standIns.push(source.length);
    source += STAND_IN;
    ahead += p.end - p.start - STAND_IN.length;
    shift.push(ahead);
    from = p.end;
  }
  source += text.slice(from);
  const toText = (o: number): number => {
    // The last stand-in that starts before `o`: the offset is past its start, so past its paragraph.
    let lo = 0;
    let hi = standIns.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (standIns[mid] < o) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return k === -1 ? o : o + shift[k];
  };
  return { source, standIns, toText };
}
