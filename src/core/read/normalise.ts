/**
 * Words as the reader of real minutes compares them: a heading, a column header or a phrase of the
 * vocabulary becomes a set of word stems, after folding what does not carry meaning (real-minutes.md,
 * principle 1): case, punctuation, numbering ("3.", "3)", "Item 3:"), a trailing colon or question
 * mark, small words, possessives, the child's own name or initial, word order and inflection.
 *
 * Inflection is the Porter stemmer's (the `stemmer` package: "Reviewing" and "review" are one stem);
 * synonyms that a stemmer cannot know (Mum, Mam, Dad, Step-dad are all "parent") are folded through
 * the lexicon's `canonical` lists first.
 */
import { stemmer } from 'stemmer';

export interface WordFolding {
  /** Words dropped everywhere: "the", "of", "and" ... */
  small: ReadonlySet<string>;
  /** Words dropped from headings only: "core", "group", "meeting", "minutes", "item" ... */
  neutral: ReadonlySet<string>;
  /** Single words (lower case) folded into a canonical word before stemming ("mum" -> "parent"). */
  canonical: ReadonlyMap<string, string>;
  /** Phrases of several words folded the same way ("young person" -> "child"), longest first. */
  canonicalPhrases: readonly [RegExp, string][];
}

/** Leading agenda numbering: "3.", "3)", "(3)", "3.2", "Item 3:", "Agenda item 3 -", "a)", "(iv)", "iv." */
const NUMBERING =
  /^\s*(?:(?:agenda\s+)?(?:item|section|part)\s+\d+[a-z]?(?:\.\d+)*\s*[.):–—-]?\s*|\(?\d+[a-z]?(?:\.\d+)*[.)]\s*|\(\d+\)\s*|\(?[a-z]\)\s*|\(?[ivx]{1,5}[.)]\s+|\d+\s+(?=[A-Za-z]))/i;

/** The leading number or agenda label of a heading, as written ("3.", "Item 3:"), or ''. */
export function numberingOf(text: string): string {
  const m = NUMBERING.exec(text);
  return m ? m[0].trim() : '';
}

/** A heading without Markdown emphasis, its numbering, and a trailing colon, question mark or full stop. */
export function plainHeading(text: string): string {
  const plain = text
    .replace(/[*_`~]+/g, '')
    .replace(NUMBERING, '')
    .replace(/[\s:?.!;,–—-]+$/u, '')
    .trim();
  // Asides in brackets qualify a heading ("(proposed)", "(with advocate)"); they name nothing of their own.
  const bare = plain.replace(/\s*\([^()]*\)/g, ' ').replace(/\s+/g, ' ').replace(/[\s:?.!;,–—-]+$/u, '').trim();
  return /\p{L}/u.test(bare) ? bare : plain;
}

const APOSTROPHES = /[\u2018\u2019\u02bc`']/g;

/**
 * The child's own name or initial as written at the start of a heading ("K's views", "[Name]'s
 * voice", "Jamie's wishes"): any capitalised first word with a possessive that is not a family
 * word of the lexicon ("Mum's views" is about Mum).
 */
function markChild(text: string, folding: WordFolding, initials: readonly string[], known: ReadonlySet<string> | undefined): string {
  let t = text.replace(/\[[^\]]{1,30}\]/g, ' child ');
  // A name is no word of the vocabulary: "Mum's views" are Mum's, "Professional's report" a professional's.
  t = t.replace(/^([A-Z][\p{L}-]+)'s(?=\s|$)/u, (whole, word: string) => {
    const w = word.toLowerCase();
    return folding.canonical.has(w) || folding.small.has(w) || known?.has(stem(w)) ? whole : 'child';
  });
  // A capital letter standing alone ("what A has shown us", "K.M."), unless it is the article "A".
  return t.replace(/(^|[\s(/])((?:[A-Z]\.){1,3}|[A-Z])(?:'s)?(?=[\s),:/]|$)/g, (whole, pre: string, letters: string, offset: number) => {
    const isArticle = letters === 'A' && !whole.endsWith("'s") && /^\s+\p{Ll}/u.test(t.slice(offset + whole.length));
    const known = initials.length === 0 || initials.includes(letters[0]);
    return isArticle || !known ? whole : `${pre}child`;
  });
}

/** Lower-case words of a text, apostrophes dropped, split at anything that is not a letter or digit. */
export function rawWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const stems = new Map<string, string>();

/** The Porter stem of a lower-case word, memoised (headings repeat across a series). */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = /^\d/.test(word) ? word : stemmer(word);
    if (stems.size > 50_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}

export interface Folded {
  /** Stems in order of appearance, duplicates kept. */
  stems: readonly string[];
  /** The same as a set. */
  set: ReadonlySet<string>;
}

/**
 * Folds a text into stems. `heading` also drops the neutral words and reads the child's name;
 * `initials` are the letters of the front matter's `child` ("K.M." -> K, M).
 */
export interface FoldMode {
  /** A heading: numbering and neutral words dropped, the child's name read. */
  heading?: boolean;
  /** A column header: the child's name read ("Impact on K"), nothing else dropped. */
  names?: boolean;
  initials?: readonly string[];
  /** Stems of the vocabulary: a capitalised possessive that is one of them is not the child's name. */
  known?: ReadonlySet<string>;
}

export function fold(text: string, folding: WordFolding, opts: FoldMode = {}): Folded {
  let t = text.replace(/[\u2018\u2019\u02bc`]/g, "'");
  if (opts.heading) t = markChild(plainHeading(t), folding, opts.initials ?? [], opts.known);
  else if (opts.names) t = markChild(t.replace(/[*_`~]+/g, '').replace(/[\s:?.!]+$/u, ''), folding, opts.initials ?? [], opts.known);
  t = t.replace(APOSTROPHES, '').toLowerCase();
  for (const [re, to] of folding.canonicalPhrases) t = t.replace(re, ` ${to} `);
  const out: string[] = [];
  for (const w of t.split(/[^\p{L}\p{N}]+/u)) {
    if (!w || folding.small.has(w) || (opts.heading && folding.neutral.has(w))) continue;
    if (/^\d+$/.test(w) && opts.heading) continue;
    out.push(stem(folding.canonical.get(w) ?? w));
  }
  return { stems: out, set: new Set(out) };
}

/** The initials of a front matter `child` value: "K.M." -> ["K", "M"], "JS" -> ["J", "S"]. */
export function initialsOf(child: string | undefined): string[] {
  if (!child) return [];
  const letters = child.replace(/[^A-Za-z]/g, '');
  return letters.length > 0 && letters.length <= 4 ? [...letters.toUpperCase()] : [];
}
