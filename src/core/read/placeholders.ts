/**
 * Placeholders are not content (real-minutes.md, principle 7): a section, cell or entry holding only
 * prompt comments, "?", "…", "TBC", "xx", a bracketed prompt ("[Name]") or the template's own prompt
 * text counts as empty. In the analysis of safety and the child's voice, a stock phrase that records
 * no analysis ("No new concerns", "Nil", "None", "N/A", "As above", "No change") is empty too.
 */
import { stripComments } from '../text';
import { Lexicon, plainWords } from './lexicon';

const BARE = /^[\s\-–—?.…x*_:;,|]*$/i;
/** A form's prompt in brackets: "[Name]", "[insert date]", "<name>", "{date}" (words only: an HTML tag is text). */
const BRACKET_PROMPT = /^\[[^\]]{0,40}\]$|^<[A-Za-z][A-Za-z ']{0,30}>$|^\{[A-Za-z][A-Za-z ']{0,30}\}$/;

/** A line or cell without list markers, emphasis and surrounding punctuation. */
function bare(line: string): string {
  return line
    .replace(/^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+/, '')
    .replace(/[*_`]+/g, '')
    .trim()
    .replace(/[.:;,!]+$/, '')
    .trim();
}

/** Whether a cell (or one line) holds nothing but a placeholder. */
export function isPlaceholder(cell: string, lex: Lexicon, extra: ReadonlySet<string> = NONE): boolean {
  let byExtra = MEMO.get(lex);
  if (!byExtra) MEMO.set(lex, (byExtra = new WeakMap()));
  let memo = byExtra.get(extra);
  if (!memo) byExtra.set(extra, (memo = new Map()));
  let answer = memo.get(cell);
  if (answer === undefined) {
    if (memo.size > 5000) memo.clear();
    memo.set(cell, (answer = placeholder(cell, lex, extra)));
  }
  return answer;
}

const NONE: ReadonlySet<string> = new Set();
/** Cells already judged, per lexicon and prompt set (a memo: it changes no result, only the time). */
const MEMO = new WeakMap<Lexicon, WeakMap<ReadonlySet<string>, Map<string, boolean>>>();

function placeholder(cell: string, lex: Lexicon, extra: ReadonlySet<string>): boolean {
  const t = bare(stripComments(cell));
  if (BARE.test(t) || BRACKET_PROMPT.test(t)) return true;
  const lower = t.toLowerCase();
  if (lex.placeholders.has(lower)) return true;
  const words = plainWords(t).join(' ');
  return words !== '' && extra.has(words);
}

export function isStockPhrase(line: string, lex: Lexicon): boolean {
  const words = plainWords(bare(line)).join(' ');
  return words !== '' && lex.stockPhrases.has(words);
}

/**
 * Whether a section's text holds no content: every line blank, a comment, a placeholder, a label
 * with nothing after it, or (with `stock`) a stock phrase. `prompts` are the template's own prompt
 * texts, folded to words.
 */
export function isEmptyContent(text: string, lex: Lexicon, opts: { stock?: boolean; prompts?: ReadonlySet<string> } = {}): boolean {
  for (const raw of stripComments(text).split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '' || /^\|?[\s|:-]*\|?$/.test(line)) continue;
    if (isPlaceholder(line, lex, opts.prompts)) continue;
    // A prompt's label left with nothing after it ("[Name]'s views:", "Present:").
    if (/^[^:]{1,60}:\s*$/.test(line.replace(/[*_]+/g, ''))) continue;
    if (opts.stock && isStockPhrase(line, lex)) continue;
    return false;
  }
  return true;
}
