/**
 * The fast path of the parse: micromark's events read directly, without building the mdast tree.
 * The core reads only the top level's front matter, headings and tables, and building the whole
 * tree (every paragraph's text nodes, one context object per event) cost as much again as
 * tokenising. This reads the same events the tree would be built from and gives the same
 * headings, tables and front matter (test/unit/parse-events.test.ts compares the two on every
 * fixture, corpus and fuzzed input). Inline content it does not handle exactly (a line break inside
 * a link or code in a heading, escaped pipes in table code, anything unknown) returns undefined, and
 * the caller builds the tree as before, for that piece (./document.ts).
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import type { Extension } from 'micromark-util-types';
import { frontMatterEnd } from './limits';
import { tokenizeLean } from './lean-tokenize';
import { PIECE_LENGTH, pieceStarts } from './pieces';
import type { BlockInfo, CellInfo, HeadingInfo, RowInfo, Span, TableInfo } from './model';
import { bodyRows, maskBodies, plainTableBodies } from './table-bodies';
import { plainParagraphs, shrink } from './stand-ins';
import { nextLineStart } from '../text';

/** The parts of micromark's token and event types read here (token types as plain strings: front matter adds its own). */
interface Token {
  type: string;
  start: { offset: number };
  end: { offset: number };
}
type Event = [kind: 'enter' | 'exit', token: Token, context: unknown];

export interface TopLevel {
  yaml?: { start: number; end: number; value: string };
  headings: HeadingInfo[];
  tables: TableInfo[];
  blocks: BlockInfo[];
  /** A block at the top level (a fence, an HTML block, a list or quote holding one) runs to the text's very end, past its last blank line: a piece cut too soon (./pieces.ts). */
  open?: boolean;
}

/** Inline tokens that hold no text of their own: their children do, or nothing does. */
const STRUCTURE = new Set([
  'emphasis', 'emphasisSequence', 'emphasisText', 'strong', 'strongSequence', 'strongText',
  'codeText', 'codeTextSequence', 'codeTextPadding', 'characterEscape', 'escapeMarker',
  'link', 'image', 'label', 'labelLink', 'labelImage', 'labelImageMarker', 'labelMarker', 'labelText', 'labelEnd',
  'autolink', 'autolinkMarker', 'characterReference', 'characterReferenceMarker', 'lineSuffix',
]);

class Unsupported extends Error {}

/** Index of the exit event of the token entered at `i`. */
function exitOf(events: Event[], i: number): number {
  const token = events[i][1];
  for (let j = i + 1; j < events.length; j++) if (events[j][1] === token && events[j][0] === 'exit') return j;
  throw new Unsupported();
}

/** What mdast-util-to-string would give for the inline content between events `from` and `to`. */
function inlineText(events: Event[], from: number, to: number, text: string, inTable: boolean): string {
  let out = '';
  // A character reference's kind, from its marker ("&#", "&#x"); none for a named one ("&amp;").
  let numeric: string | undefined;
  // Inside a link, an image or code, mdast keeps no line ending as text: left to the tree.
  let opaque = 0;
  // After a hard break ("  " or "\\" at a line's end), whose line ending is the break's, not text.
  let hardBreak = false;
  for (let k = from; k < to; k++) {
    const [kind, t] = events[k];
    if (t.type === 'link' || t.type === 'image' || t.type === 'codeText') opaque += kind === 'enter' ? 1 : -1;
    if (kind !== 'enter') continue;
    switch (t.type) {
      case 'lineEnding': // in a setext heading's text of several lines
        if (opaque > 0) throw new Unsupported(t.type);
        if (!hardBreak) out += text.slice(t.start.offset, t.end.offset);
        hardBreak = false;
        break;
      case 'hardBreakEscape':
      case 'hardBreakTrailing':
        hardBreak = true;
        break;
      case 'characterReferenceMarkerNumeric':
      case 'characterReferenceMarkerHexadecimal':
        numeric = t.type;
        break;
      case 'characterReferenceValue': {
        // Decoded as mdast-util-from-markdown decodes it, with the same libraries.
        const s = text.slice(t.start.offset, t.end.offset);
        out += numeric ? decodeNumericCharacterReference(s, numeric === 'characterReferenceMarkerNumeric' ? 10 : 16) : decodeNamedCharacterReference(s);
        numeric = undefined;
        break;
      }
      case 'data':
      case 'chunkText': // text with no markup in it, left untokenised (./lean-tokenize.ts)
      case 'characterEscapeValue':
      case 'autolinkProtocol':
      case 'autolinkEmail':
        out += text.slice(t.start.offset, t.end.offset);
        break;
      case 'codeTextData': {
        const s = text.slice(t.start.offset, t.end.offset);
        // In a table, mdast-util-gfm-table unescapes \| inside code: left to the full parse.
        if (inTable && s.includes('\\')) throw new Unsupported();
        out += s;
        break;
      }
      case 'htmlText':
        out += text.slice(t.start.offset, t.end.offset);
        k = exitOf(events, k);
        break;
      case 'resource':
      case 'reference':
        // A link's or image's destination and title are not its text.
        k = exitOf(events, k);
        break;
      default:
        if (!STRUCTURE.has(t.type)) throw new Unsupported(t.type);
    }
  }
  return out;
}

function heading(events: Event[], i: number, end: number, text: string, at: (offset: number) => number): HeadingInfo {
  const tok = events[i][1];
  let depth = 0;
  let value = '';
  for (let k = i + 1; k < end; k++) {
    const [kind, t] = events[k];
    if (kind !== 'enter') continue;
    if (t.type === 'atxHeadingSequence' && depth === 0) depth = t.end.offset - t.start.offset;
    else if (t.type === 'setextHeadingLineSequence') depth = text[t.start.offset] === '=' ? 1 : 2;
    else if (t.type === 'atxHeadingText' || t.type === 'setextHeadingText') {
      const close = exitOf(events, k);
      value = inlineText(events, k + 1, close, text, false);
      k = close;
    }
  }
  return { depth, text: value.trim(), start: at(tok.start.offset), end: at(tok.end.offset) };
}

function table(events: Event[], i: number, end: number, text: string, at: (offset: number) => number): TableInfo {
  const rows: RowInfo[] = [];
  for (let k = i + 1; k < end; k++) {
    const [kind, t] = events[k];
    if (kind !== 'enter' || t.type !== 'tableRow') continue;
    const rowEnd = exitOf(events, k);
    const cells: CellInfo[] = [];
    for (let c = k + 1; c < rowEnd; c++) {
      const [ck, ct] = events[c];
      if (ck !== 'enter' || (ct.type !== 'tableHeader' && ct.type !== 'tableData')) continue;
      const cellEnd = exitOf(events, c);
      // A cell token spans its divider and padding too: its text is in its tableContent.
      let value = '';
      for (let x = c + 1; x < cellEnd; x++) {
        if (events[x][0] !== 'enter' || events[x][1].type !== 'tableContent') continue;
        const contentEnd = exitOf(events, x);
        value += inlineText(events, x + 1, contentEnd, text, true);
        x = contentEnd;
      }
      cells.push({ text: value.trim(), start: at(ct.start.offset), end: at(ct.end.offset) });
      c = cellEnd;
    }
    rows.push({ start: at(t.start.offset), end: at(t.end.offset), cells });
    k = rowEnd;
  }
  const tok = events[i][1];
  const [header, ...body] = rows;
  return { start: at(tok.start.offset), end: at(tok.end.offset), header: header?.cells ?? [], rows: body };
}

function yaml(events: Event[], i: number, end: number, text: string): string {
  let data = '';
  for (let k = i + 1; k < end; k++) {
    const [kind, t] = events[k];
    if (kind !== 'enter') continue;
    if (t.type === 'yamlValue' || t.type === 'lineEnding') data += text.slice(t.start.offset, t.end.offset);
    else if (t.type !== 'yamlFence' && t.type !== 'yamlFenceSequence') throw new Unsupported();
  }
  return data.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, '');
}

/** Ends the open item of `list` at `end` (its content, without the white space before the next item). */
function closeItem(list: BlockInfo, end: number, text: string, base: number): void {
  const items = list.items!;
  const last = items[items.length - 1];
  if (!last || last.end !== -1) return;
  let e = end - base;
  while (e > last.start - base && /\s/.test(text[e - 1])) e--;
  last.end = e + base;
}

function closeList(list: BlockInfo | undefined, text: string, base: number): undefined {
  if (list) closeItem(list, list.end, text, base);
  return undefined;
}

/** What readTopLevel gives micromark in place of the text: none, or plain table bodies and paragraphs (./table-bodies.ts, ./stand-ins.ts). */
export interface Shortcuts {
  bodies: readonly Span[];
  paragraphs: readonly Span[];
}

export const NO_SHORTCUTS: Shortcuts = { bodies: [], paragraphs: [] };

/** The shortcuts for `text`: its plain table bodies, and its plain paragraphs after any front matter. */
export function shortcutsFor(text: string): Shortcuts {
  return { bodies: plainTableBodies(text), paragraphs: plainParagraphs(text, frontMatterEnd(text) ?? 0) };
}

/**
 * The top-level front matter, headings and tables of `text` (offsets shifted by `base`), or
 * undefined when something needs the full parse. `extensions` are the parser's micromark extensions.
 * Plain table bodies are masked and read by ./table-bodies.ts, plain paragraphs are tokenised as a
 * stand-in (./stand-ins.ts); when micromark does not read one of them as expected, the text is
 * read again without them. NO_SHORTCUTS reads it all with micromark.
 */
export function readTopLevel(text: string, extensions: Extension[], base: number, shortcuts: Shortcuts = shortcutsFor(text)): TopLevel | undefined {
  const read = readWith(text, extensions, base, shortcuts);
  if (read !== 'not as expected') return read;
  const whole = readWith(text, extensions, base, NO_SHORTCUTS);
  // With no shortcuts nothing can be read otherwise than expected.
  return whole === 'not as expected' ? undefined : whole;
}

/** readTopLevel with the given shortcuts, or 'not as expected' when micromark did not read one of them as the shortcut assumes. */
export function readWith(text: string, extensions: Extension[], base: number, shortcuts: Shortcuts): TopLevel | undefined | 'not as expected' {
  // micromark reads a NUL as U+FFFD, which the tree's text keeps and a slice of the text would not.
  if (text.includes('\0')) return undefined;
  const { bodies, paragraphs } = shortcuts;
  const shrunk = shrink(maskBodies(text, bodies), paragraphs);
  const source = shrunk.source;
  const at = (offset: number) => shrunk.toText(offset) + base;
  const events: Event[] = tokenizeLean(source, extensions);
  const out: TopLevel = { headings: [], tables: [], blocks: [] };
  // The next body to be claimed by the top-level table that ends on the line before it, and the
  // next stand-in, by the top-level paragraph that is that stand-in and nothing more.
  let body = 0;
  let standIn = 0;
  let depth = 0;
  let list: BlockInfo | undefined;
  try {
    for (let i = 0; i < events.length; i++) {
      const [kind, tok] = events[i];
      const type = tok.type;
      if (type === 'blockQuote' || type === 'listOrdered' || type === 'listUnordered') {
        depth += kind === 'enter' ? 1 : -1;
        if (kind === 'enter' && depth === 1 && tok.end.offset === source.length) out.open = true;
        if (tok.type !== 'blockQuote' && depth === (kind === 'enter' ? 1 : 0)) {
          if (kind === 'enter') out.blocks.push((list = { type: 'list', ordered: tok.type === 'listOrdered', start: at(tok.start.offset), end: at(tok.end.offset), items: [] }));
          else list = closeList(list, text, base);
        }
        continue;
      }
      if (list && depth === 1 && kind === 'enter' && tok.type === 'listItemPrefix') {
        closeItem(list, at(tok.start.offset), text, base);
        list.items!.push({ start: at(tok.start.offset), end: -1 });
      }
      if (kind !== 'enter' || depth > 0) continue;
      if (tok.type === 'codeFenced' || tok.type === 'htmlFlow') {
        if (tok.end.offset === source.length) out.open = true;
        // A stand-in inside a fence or an HTML block is read as the lines it stands for would be: as
        // content, which nobody reads (no line of it can close the block: it starts with a letter, holds no ">").
        while (shrunk.standIns[standIn] >= tok.start.offset && shrunk.standIns[standIn] < tok.end.offset) standIn++;
      }
      if (tok.type === 'paragraph') {
        if (tok.start.offset === shrunk.standIns[standIn] && tok.end.offset === tok.start.offset + 1) standIn++;
        out.blocks.push({ type: 'paragraph', start: at(tok.start.offset), end: at(tok.end.offset) });
      }
      if (tok.type === 'atxHeading' || tok.type === 'setextHeading') {
        const end = exitOf(events, i);
        out.headings.push(heading(events, i, end, source, at));
        i = end;
      } else if (tok.type === 'table') {
        const end = exitOf(events, i);
        const t = table(events, i, end, source, at);
        if (body < bodies.length && bodies[body].start === nextLineStart(text, shrunk.toText(tok.end.offset))) {
          for (const row of bodyRows(text, bodies[body], base)) t.rows.push(row);
          t.end = bodies[body++].end + base;
        }
        out.tables.push(t);
        i = end;
      } else if (tok.type === 'yaml') {
        const end = exitOf(events, i);
        if (!out.yaml && tok.start.offset === 0) out.yaml = { start: base, end: at(tok.end.offset), value: yaml(events, i, end, source) };
        i = end;
      }
    }
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  // A body no table claimed, or a stand-in that was not a paragraph of its own: the shortcut changed the text's meaning.
  return body === bodies.length && standIn === paragraphs.length ? out : 'not as expected';
}

/** How many times a piece that ran on to its end is read again with the next before the rest is read whole. */
const MAX_RETRIES = 2;

/** How a text is read in pieces: where they start, and how a piece the events reader leaves is read. */
export interface PieceOptions {
  /** How long a piece is at least, when `starts` is not given (small in the tests, to cut often). */
  minLength?: number;
  /** The pieces' starts, when the caller has them already. */
  starts?: readonly number[];
  /** Reads a piece that readTopLevel leaves (a character reference in a heading...): offsets shifted by its base, as readTopLevel's. */
  fallback?: (piece: string, base: number) => TopLevel | undefined;
}

/**
 * readTopLevel, a piece at a time (./pieces.ts): the same result, with only one piece's tokens in
 * memory at once. A piece readTopLevel leaves goes to `fallback`; undefined when there is none,
 * or when it fails too.
 */
export function readInPieces(text: string, extensions: Extension[], base: number, options: PieceOptions = {}): TopLevel | undefined {
  const starts = options.starts ?? pieceStarts(text, frontMatterEnd(text) ?? 0, options.minLength ?? PIECE_LENGTH);
  const out: TopLevel = { headings: [], tables: [], blocks: [] };
  let from = 0;
  let retries = 0;
  for (let k = 0; k <= starts.length; k++) {
    const to = k < starts.length && retries < MAX_RETRIES ? starts[k] : text.length;
    const slice = text.slice(from, to);
    const piece = readTopLevel(slice, extensions, base + from) ?? options.fallback?.(slice, base + from);
    if (!piece) return undefined;
    if (piece.open && to < text.length) {
      retries++;
      continue;
    }
    if (piece.yaml) out.yaml = piece.yaml;
    for (const h of piece.headings) out.headings.push(h);
    for (const t of piece.tables) out.tables.push(t);
    const first = piece.blocks[0];
    const open = out.blocks[out.blocks.length - 1];
    const rest = first && open && continuesList(open, first, text, base, from) ? (mergeList(open, first), piece.blocks.slice(1)) : piece.blocks;
    for (const b of rest) out.blocks.push(b);
    if (to === text.length) break;
    from = to;
    retries = 0;
  }
  return out;
}

/** A list's marker: its bullet, or an ordered list's delimiter ("." or ")"). Items with another marker make another list. */
function markerOf(list: BlockInfo, text: string, base: number): string {
  const at = list.start - base;
  if (!list.ordered) return text[at];
  let i = at;
  while (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return text[i];
}

/**
 * Whether the list that opens a piece (at `from`) goes on with the list that ended the piece before:
 * nothing but white space between them, and the same kind and marker, as one list in the whole text.
 */
function continuesList(before: BlockInfo, first: BlockInfo, text: string, base: number, from: number): boolean {
  if (before.type !== 'list' || first.type !== 'list' || first.start - base !== from || before.ordered !== first.ordered) return false;
  return /^\s*$/.test(text.slice(before.end - base, from)) && markerOf(before, text, base) === markerOf(first, text, base);
}

function mergeList(into: BlockInfo, next: BlockInfo): void {
  into.end = next.end;
  for (const item of next.items ?? []) into.items!.push(item);
}
