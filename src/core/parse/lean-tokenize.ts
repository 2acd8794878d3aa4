/**
 * micromark's tokenising, trimmed to what the core reads. The core reads the top level's front
 * matter, headings and tables; micromark spends most of its time elsewhere. Two savings, both
 * leaving every event the core reads exactly as micromark makes it (test/unit/lean-tokenize.test.ts
 * compares the events with micromark's own on fixtures, a corpus and fuzzed input). It relies on
 * token behaviour micromark does not document (chunk tokens, the table construct's name, how
 * subtokenize treats a chunk without a content type), so micromark, micromark-extension-gfm-table
 * and micromark-util-subtokenize are pinned to exact versions in package.json; an upgrade is a
 * change of those pins that the differential tests must pass:
 *
 * 1. GFM tables. micromark tries the table construct at the start of every block and of every
 *    paragraph line, and reads the whole line as a table head before it looks for a delimiter row
 *    (`|---|:-:|`) on the next line. A table head is only ever followed by one, so the attempt is
 *    skipped when the next line cannot be one: after quote markers and indentation, a delimiter
 *    row holds nothing but `|`, `:`, `-`, spaces and tabs. Body rows are never skipped.
 * 2. Inline text. micromark tokenises inline content (emphasis, links, code) last, with a new
 *    tokenizer for every paragraph, heading and table cell. Nothing the core reads is inside a
 *    paragraph, so paragraphs are left as they are. A heading or cell on one line with none of the
 *    characters that can start inline markup (! & * _ < [ ] \ and the backtick) would come out as
 *    its own text, so it is left too, and read as that text (./events.ts reads such a chunk as it stands).
 */
import { parse, preprocess } from 'micromark';
import { subtokenize } from 'micromark-util-subtokenize';
import type { Construct, Event, Extension, State, TokenizeContext } from 'micromark-util-types';
import { lineEndAt, pastBreak } from '../text';

const isSpaceOrTab = (c: number) => c === 32 || c === 9;
const isEol = (c: number) => c === 10 || c === 13;
/** "|", ":" or "-": what a delimiter row is made of, with spaces and tabs. */
const isDelimiterChar = (c: number) => c === 124 || c === 58 || c === 45;

/**
 * Whether the line after the one `offset` is on could be a delimiter row: after quote markers and
 * indentation, only "|", ":", "-", spaces and tabs, starting with one of the first three. Read in
 * place, character by character: this is asked at the start of every block and paragraph line.
 */
export function delimiterRowAfter(text: string, offset: number): boolean {
  const end = lineEndAt(text, offset);
  if (end >= text.length) return false;
  let i = pastBreak(text, end);
  while (i < text.length && (isSpaceOrTab(text.charCodeAt(i)) || text.charCodeAt(i) === 62)) i++;
  if (i >= text.length || !isDelimiterChar(text.charCodeAt(i))) return false;
  for (i++; i < text.length && !isEol(text.charCodeAt(i)); i++) {
    const c = text.charCodeAt(i);
    if (!isDelimiterChar(c) && !isSpaceOrTab(c)) return false;
  }
  return true;
}

/** Whether the last row tokenised was a table's head or body row (the table construct's own test). */
function afterTableRow(events: Event[]): boolean {
  let i = events.length - 1;
  while (i > -1 && (events[i][1].type === 'lineEnding' || events[i][1].type === 'linePrefix')) i--;
  const tail = i > -1 ? events[i][1].type : undefined;
  return tail === 'tableHead' || tail === 'tableRow';
}

/** The table construct, not tried where no delimiter row can follow. */
function withTableShortcut(table: Construct, text: string): Construct {
  return {
    ...table,
    tokenize(this: TokenizeContext, effects, ok, nok): State {
      const self = this;
      return (code) => {
        const possible = afterTableRow(self.events) || delimiterRowAfter(text, self.now().offset);
        return possible ? table.tokenize.call(self, effects, ok, nok)(code) : nok(code);
      };
    },
  };
}

function shortcutTables(extension: Extension, text: string): Extension {
  const any = extension.flow?.null;
  if (!any) return extension;
  const list = Array.isArray(any) ? any : [any];
  if (!list.some((c) => c.name === 'table')) return extension;
  const constructs = list.map((c) => (c.name === 'table' ? withTableShortcut(c, text) : c));
  return { ...extension, flow: { ...extension.flow, null: constructs } };
}

/** Characters that can start inline markup in CommonMark text (! & * _ < [ ] \ and the backtick), by code. */
export const INLINE_MARKUP = '!&*_<[]\\`';
const MARKUP = new Uint8Array(128);
for (const c of INLINE_MARKUP) MARKUP[c.charCodeAt(0)] = 1;

/** Whether the text from `from` to `to` holds a character that can start inline markup or an escape. */
export function hasInlineMarkup(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 128 && MARKUP[c] === 1) return true;
  }
  return false;
}

/** Leaves inline text untokenised where it is not read or needs no tokenising: its chunks lose their content type. */
function leaveInlineText(events: Event[], text: string): void {
  let inParagraph = false;
  let inHeadingOrCell = false;
  for (const [kind, token] of events) {
    const type = token.type;
    if (type === 'paragraph') inParagraph = kind === 'enter';
    else if (type === 'atxHeadingText' || type === 'tableContent') inHeadingOrCell = kind === 'enter';
    else if (token.contentType !== 'text' || kind !== 'enter') continue;
    else if (inParagraph) token.contentType = undefined;
    else if (inHeadingOrCell && !token.previous && !token.next && !hasInlineMarkup(text, token.start.offset, token.end.offset)) {
      token.contentType = undefined;
    }
  }
}

/**
 * micromark's events for `text` with the given syntax extensions, as `postprocess(parse(...))`
 * gives them, except inline text left as chunks (paragraphs; headings and cells without markup)
 * and with fewer failed table attempts.
 */
export function tokenizeLean(text: string, extensions: Extension[]): Event[] {
  const lean = extensions.map((e) => shortcutTables(e, text));
  const events = parse({ extensions: lean }).document().write(preprocess()(text, undefined, true));
  // The document's events hold its flow as chunks: the first pass brings out the flow's events
  // (paragraphs, headings, cells, their text still in chunks), then inline text is left, once, and
  // the passes go on until nothing is left to tokenise, as postprocess's do.
  subtokenize(events);
  leaveInlineText(events, text);
  while (!subtokenize(events));
  return events;
}
