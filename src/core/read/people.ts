/**
 * People (real-minutes.md, principles 4 and 5): who is a parent or carer, family or a professional,
 * from the words families and practitioners use; and whether an absent parent's involvement is
 * considered in the minutes.
 */
import LEXICON from '../packs/lexicon.json';
import { containsWords, Lexicon, plainWords, RoleKind, Words } from './lexicon';

export type PersonKind = RoleKind;

/** Titles before a name (Mr, Dr, PC, Cllr): not part of how the minutes name a person. */
const HONORIFICS: ReadonlySet<string> = new Set(LEXICON.honorifics);

/**
 * A role's kind. Professional words come first ("Family support worker", "Social worker for Mum"
 * are professionals), then parent and carer words (Mum, Dad, Mam, Step-dad, Mum's partner, foster
 * carer), then family words (Nan, Nain, Aunt, big sister, the child); anything else is a professional
 * ("Head of Year 7, Ysgol Bro Taf").
 */
export function personKindOf(role: string, lex: Lexicon): PersonKind {
  let memo = KINDS.get(lex);
  if (!memo) KINDS.set(lex, (memo = new Map()));
  let kind = memo.get(role);
  if (kind === undefined) {
    if (memo.size > 5000) memo.clear();
    memo.set(role, (kind = kindOf(role, lex)));
  }
  return kind;
}

/** Roles already read, per lexicon (a memo: it changes no result, only the time). */
const KINDS = new WeakMap<Lexicon, Map<string, PersonKind>>();

function kindOf(role: string, lex: Lexicon): PersonKind {
  const words = plainWords(role);
  if (words.length === 0) return 'professional';
  const has = (kind: RoleKind) => lex.roles.some(([w, k]) => k === kind && containsWords(words, w));
  // The team's own role words (aliases) come first in lex.roles and are honoured whatever the other words say.
  const own = lex.roles.find(([w]) => containsWords(words, w));
  if (own && lex.roles.indexOf(own) < lex.ownRoleCount) return own[1];
  if (has('professional')) return 'professional';
  if (has('parent')) return 'parent';
  if (has('family')) return 'family';
  return 'professional';
}

/** Words that name the same parent: "Dad" is mentioned as Dad, Father or Daddy. */
const SAME_ROLE: readonly (readonly string[])[] = LEXICON.sameParent;

/** The words by which the minutes may name a person: first name, full name, and their parent role words. */
export function mentionWords(name: string, role: string, lex: Lexicon): Words[] {
  const nameWords = plainWords(name).filter((w) => !HONORIFICS.has(w));
  const out: Words[] = [];
  if (nameWords.length > 0) {
    out.push(nameWords);
    if (nameWords[0].length > 1) out.push([nameWords[0]]);
  }
  const roleWords = plainWords(role);
  // "Mum's partner" is named as Mum's partner, or partner: never as Mum, whose partner he is.
  const partner = roleWords.indexOf('partner');
  const own = partner > 0 ? [...roleWords.slice(0, partner - 1), ...roleWords.slice(partner + 1)] : roleWords;
  if (partner >= 0) out.push(roleWords.slice(Math.max(0, partner - 1), partner + 1), ['partner']);
  for (const [w, k] of lex.roles) {
    if (k !== 'parent' || w.join(' ').includes('partner') || !containsWords(own, w)) continue;
    out.push(w);
    for (const group of SAME_ROLE) if (group.includes(w.join(' ')) || group.includes(w.join('-'))) for (const g of group) out.push(plainWords(g));
  }
  const seen = new Set<string>();
  return out.filter((w) => w.length > 0 && !seen.has(w.join(' ')) && seen.add(w.join(' ')) !== undefined);
}

/** Words that, with the person's name and the absence itself, say nothing about their involvement. */
const FILLER: ReadonlySet<string> = new Set(LEXICON.notInvolvement);

function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=[A-Z("'‘“])/u).map((s) => s.trim()).filter(Boolean);
}

const PRONOUN_START = /^(?:he|she|they|his|her|their|him|them)\b/i;

/**
 * Whether `text` considers an absent person: a sentence names them (first name, full name or
 * parent role; a surname alone does not count, since relatives share it) and says more than that
 * they were absent ("Dad did not attend." considers nothing; "Dean did not attend; Chris phoned him
 * on 1 September" does). A bare sentence followed by one about "he" or "she" counts with it.
 */
export function isConsidered(text: string, mention: readonly Words[], lex: Lexicon): boolean {
  for (const paragraph of text.split(/\n\s*\n/)) {
    const sentences = sentencesOf(paragraph.replace(/\s+/g, ' '));
    for (let i = 0; i < sentences.length; i++) {
      const words = plainWords(sentences[i]);
      const named = mention.filter((m) => containsWords(words, m));
      if (named.length === 0) continue;
      if (saysMore(words, named, lex)) return true;
      const next = sentences[i + 1];
      if (next && PRONOUN_START.test(next) && saysMore(plainWords(next), [], lex)) return true;
    }
  }
  return false;
}

function saysMore(words: Words, named: readonly Words[], lex: Lexicon): boolean {
  const skip = new Array<boolean>(words.length).fill(false);
  const mark = (phrase: readonly string[]) => {
    outer: for (let i = 0; i + phrase.length <= words.length; i++) {
      for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
      for (let j = 0; j < phrase.length; j++) skip[i + j] = true;
    }
  };
  for (const n of named) mark(n);
  for (const a of lex.absencePhrases) mark(a);
  return words.some((w, i) => !skip[i] && !FILLER.has(w) && !/^\d+$/.test(w));
}
