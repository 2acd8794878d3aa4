/**
 * Whether the child's voice section records that the child was seen, and seen alone (the audit's
 * "children seen" measures). The words are data (../packs/child-seen.json). The section's text is
 * split into sentences; a sentence records the child seen when it holds a "seen" phrase ("saw",
 * "visited", "spoke with", ...) with no negation among the three words before it ("was not seen",
 * "has not been visited"), and seen alone when such a sentence also holds an "alone" phrase ("alone",
 * "on her own", "without parents present", "one to one") with no negation among the three words
 * before it ("seen, but not alone"; "not seen alone" negates both).
 */
import PHRASES from '../packs/child-seen.json';
import { plainWords } from './lexicon';

const list = (xs: readonly string[]) => xs.map(plainWords).filter((w) => w.length > 0);
const SEEN = list(PHRASES.seen);
const ALONE = list(PHRASES.alone);
const NEGATIONS = list(PHRASES.negations);
const WINDOW = 3;
/**
 * Where a sentence ends: ".", "!", "?" or ";" and a space before a capital, a digit or a quote (not
 * after an initial, so "saw P.Q. alone" is one sentence), a blank line, or a new list item.
 */
const SENTENCE_BREAK = /(?<![\s.(]\p{Lu}\.)(?<=[.!?;])\s+(?=[\p{Lu}\d"“‘(])|\r?\n\s*\r?\n|\r?\n\s*[-*+]\s/u;

function at(words: readonly string[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => words[i + k] === w);
}

/** Whether `words` holds one of `phrases` with no negation among the WINDOW words before it. */
function holds(words: readonly string[], phrases: readonly (readonly string[])[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!phrases.some((p) => at(words, i, p))) continue;
    const before = words.slice(Math.max(0, i - WINDOW), i);
    const negated = NEGATIONS.some((n) => before.some((_, k) => at(before, k, n)));
    if (!negated) return true;
  }
  return false;
}

export interface ChildSeen {
  seen: boolean;
  alone: boolean;
}

export function childSeenIn(text: string): ChildSeen {
  let seen = false;
  let alone = false;
  for (const sentence of text.split(SENTENCE_BREAK)) {
    const words = plainWords(sentence);
    if (!holds(words, SEEN)) continue;
    seen = true;
    if (holds(words, ALONE)) alone = true;
  }
  return { seen, alone };
}
