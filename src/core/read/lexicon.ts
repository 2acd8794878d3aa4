/**
 * The lexicon (src/core/packs/lexicon.json) compiled for reading: phrase indexes for columns,
 * status words, attendance words, role words, rating and distribution labels, timescales,
 * placeholders and stock phrases. A team's own words (`aliases` in `.coregroup.json`) are added on
 * top with a higher priority. Built once per set of aliases and then only read.
 */
import LEXICON from '../packs/lexicon.json';
import { fold, WordFolding } from './normalise';
import { PhraseEntry, PhraseIndex } from './phrase-index';

export type AttendanceColumn = 'name' | 'role' | 'attended' | 'report';
export type ActionColumn = 'id' | 'action' | 'outcome' | 'owner' | 'due' | 'status' | 'update' | 'impact';
export type OutcomeColumn = 'outcome' | 'rating' | 'evidence';
export type StatusWord = 'done' | 'in progress' | 'not started' | 'carried forward' | 'closed';
export type RoleKind = 'parent' | 'family' | 'professional';
export type RatingWord = 'red' | 'amber' | 'green' | 'closed';
export type DistributionLabel = 'date' | 'whom' | 'agreed';

/** A team's own words, from `.coregroup.json` `aliases` (all optional). */
export interface LexiconAliases {
  columns?: Partial<Record<AttendanceColumn | ActionColumn | OutcomeColumn, readonly string[]>>;
  status?: Partial<Record<StatusWord, readonly string[]>>;
  roles?: Partial<Record<RoleKind, readonly string[]>>;
  attended?: Partial<Record<'present' | 'absent', readonly string[]>>;
}

/** A phrase as its lower-case words (shared and frozen: never changed in place). */
export type Words = readonly string[];

export interface Lexicon {
  folding: WordFolding;
  attendanceColumns: PhraseIndex<AttendanceColumn>;
  actionColumns: PhraseIndex<ActionColumn>;
  outcomeColumns: PhraseIndex<OutcomeColumn>;
  /** Status words, read from the start of a cell: phrases as lower-case word lists, longest first. */
  status: readonly [Words, StatusWord][];
  attended: readonly [Words, 'present' | 'absent'][];
  roles: readonly [Words, RoleKind][];
  /** How many of `roles` (at its start) are the team's own words. */
  ownRoleCount: number;
  absencePhrases: readonly Words[];
  ratingLabels: readonly Words[];
  ratings: readonly [Words, RatingWord][];
  distribution: readonly [Words, DistributionLabel][];
  unmeasurable: readonly Words[];
  recurring: readonly Words[];
  nextMeeting: readonly Words[];
  nextReview: readonly Words[];
  placeholders: ReadonlySet<string>;
  stockPhrases: ReadonlySet<string>;
  childWords: readonly Words[];
  /** Headers of only small words: "By" is the due date, "#" the id. */
  bareHeaders: Readonly<Record<string, string>>;
  /** Stems that point to one column when no phrase names a header ("Child-centred outcome" -> outcome). */
  columnKeywords: ReadonlyMap<string, readonly string[]>;
}

/**
 * The words of short texts already split (cells, labels, roles repeat across a file and a series).
 * A memo of a pure function, bounded, holding frozen arrays: it changes no result, only the time.
 */
const WORDS = new Map<string, readonly string[]>();
const WORDS_MAX = 20_000;

/** Lower-case words as written (no stemming): how cells are read from their start. */
export function plainWords(text: string): readonly string[] {
  if (text.length > 200) return splitWords(text);
  let w = WORDS.get(text);
  if (w) return w;
  if (WORDS.size >= WORDS_MAX) WORDS.clear();
  w = Object.freeze(splitWords(text));
  WORDS.set(text, w);
  return w;
}

function splitWords(text: string): string[] {
  return text
    .toLowerCase()
    // A possessive is the word itself: "Mam's partner" is Mam's (and so a parent's) partner.
    .replace(/(\p{L})['\u2018\u2019\u02bc]s(?![\p{L}\p{N}])/gu, '$1')
    .replace(/[\u2018\u2019\u02bc`']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildFolding(): WordFolding {
  const canonical = new Map<string, string>();
  const phrases: [RegExp, string][] = [];
  const add = (word: string, to: string) => {
    const w = word.toLowerCase().replace(/'/g, '');
    if (/[\s-]/.test(w)) phrases.push([new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(w).replace(/[\s-]+/g, '[\\s-]+')}(?![\\p{L}\\p{N}])`, 'gu'), to]);
    else canonical.set(w, to);
  };
  for (const [to, words] of Object.entries(LEXICON.canonical)) for (const w of words) add(w, to);
  for (const w of LEXICON.childWords) add(w, 'child');
  phrases.sort((a, b) => b[0].source.length - a[0].source.length);
  return { small: new Set(LEXICON.smallWords), neutral: new Set(LEXICON.neutralWords), canonical, canonicalPhrases: phrases };
}

const FOLDING = buildFolding();

function entries<K extends string>(table: Record<string, readonly string[]>, extra: Partial<Record<K, readonly string[]>> | undefined): PhraseEntry<K>[] {
  const out: PhraseEntry<K>[] = [];
  for (const [target, phrases] of Object.entries(extra ?? {}) as [K, readonly string[]][]) for (const phrase of phrases ?? []) out.push({ phrase, target, priority: 1 });
  for (const [target, phrases] of Object.entries(table)) for (const phrase of phrases) out.push({ phrase, target: target as K });
  return out;
}

/** Word lists from a vocabulary table, the team's own first, then longest first (so "not done" beats "no"). */
function wordLists<K extends string>(table: Record<string, readonly string[]>, extra?: Partial<Record<K, readonly string[]>>): [Words, K][] {
  const own: [Words, K][] = [];
  for (const [k, phrases] of Object.entries(extra ?? {}) as [K, readonly string[]][]) for (const p of phrases ?? []) own.push([plainWords(p), k]);
  const built: [Words, K][] = [];
  for (const [k, phrases] of Object.entries(table)) for (const p of phrases) built.push([plainWords(p), k as K]);
  const byLength = (a: [Words, K], b: [Words, K]) => b[0].length - a[0].length;
  return [...own.sort(byLength), ...built.sort(byLength)].filter(([w]) => w.length > 0);
}

const lists = (xs: readonly string[]) => xs.map(plainWords).filter((w) => w.length > 0).sort((a, b) => b.length - a.length);

/** Keyword stems -> the columns they may point to, in the order given. */
function keywordStems(table: Record<string, readonly string[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [column, words] of Object.entries(table)) {
    for (const w of words) for (const st of fold(w, FOLDING).stems) out.set(st, [...(out.get(st) ?? []), column]);
  }
  return out;
}

const cache = new Map<string, Lexicon>();

export function lexiconFor(aliases: LexiconAliases = {}): Lexicon {
  const key = JSON.stringify(aliases);
  const hit = cache.get(key);
  if (hit) return hit;
  const c = LEXICON.columns;
  const cols: Record<string, readonly string[] | undefined> = aliases.columns ?? {};
  const pick = <K extends string>(names: readonly K[]): Partial<Record<K, readonly string[]>> => {
    const out: Partial<Record<K, readonly string[]>> = {};
    for (const n of names) if (cols[n]) out[n] = cols[n];
    return out;
  };
  const lex: Lexicon = {
    folding: FOLDING,
    attendanceColumns: new PhraseIndex(entries<AttendanceColumn>(c.attendance, pick(['name', 'role', 'attended', 'report'])), FOLDING, { names: true }),
    actionColumns: new PhraseIndex(entries<ActionColumn>(c.actions, pick(['id', 'action', 'outcome', 'owner', 'due', 'status', 'update', 'impact'])), FOLDING, { names: true }),
    outcomeColumns: new PhraseIndex(entries<OutcomeColumn>(c.outcomes, pick(['outcome', 'rating', 'evidence'])), FOLDING, { names: true }),
    status: wordLists<StatusWord>(LEXICON.status, aliases.status),
    attended: wordLists<'present' | 'absent'>(LEXICON.attended, aliases.attended),
    roles: wordLists<RoleKind>(LEXICON.roles, aliases.roles),
    ownRoleCount: Object.values(aliases.roles ?? {}).reduce((n, xs) => n + (xs ?? []).filter((x) => plainWords(x).length > 0).length, 0),
    absencePhrases: lists(LEXICON.absencePhrases),
    ratingLabels: lists(LEXICON.ratingLabels),
    ratings: wordLists<RatingWord>(LEXICON.ratings),
    distribution: wordLists<DistributionLabel>(LEXICON.distribution),
    unmeasurable: lists(LEXICON.timescales.unmeasurable),
    recurring: lists(LEXICON.timescales.recurring),
    nextMeeting: lists(LEXICON.timescales.nextMeeting),
    nextReview: lists(LEXICON.timescales.nextReview),
    placeholders: new Set(LEXICON.placeholders.map((p) => p.toLowerCase())),
    stockPhrases: new Set(LEXICON.stockPhrases.map((p) => plainWords(p).join(' '))),
    childWords: lists(LEXICON.childWords),
    bareHeaders: LEXICON.bareHeaders,
    columnKeywords: keywordStems(LEXICON.columnKeywords),
  };
  if (cache.size > 50) cache.clear();
  cache.set(key, lex);
  return lex;
}

/** Whether `words` starts with the word list `prefix`. */
export function startsWithWords(words: readonly string[], prefix: readonly string[]): boolean {
  if (prefix.length > words.length) return false;
  for (let i = 0; i < prefix.length; i++) if (words[i] !== prefix[i]) return false;
  return true;
}

/** Whether the word list `phrase` occurs anywhere in `words`. */
export function containsWords(words: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** The first entry of `table` whose words start `text` (case and punctuation ignored). */
export function leadingWord<K>(text: string, table: readonly [Words, K][]): { value: K; words: number } | undefined {
  const words = plainWords(text);
  for (const [w, k] of table) if (startsWithWords(words, w)) return { value: k, words: w.length };
  return undefined;
}

export { fold };
