/** The words of the format: table column synonyms, attendance, status words, people's roles, ratings. */
import { labelSource } from './label-line';
import { foldWords } from './text';

export type Column = 'name' | 'role' | 'attended' | 'report' | 'id' | 'action' | 'outcome' | 'owner' | 'due' | 'status' | 'update' | 'impact';

const COLUMN_NAMES: Record<Column, string[]> = {
  name: ['name', 'attendee'],
  role: ['role', 'agency', 'relationship'],
  attended: ['attended', 'present', 'attendance'],
  report: ['report', 'report received'],
  id: ['id', 'ref', 'no', '#'],
  action: ['action', 'task', 'what'],
  outcome: ['outcome', 'plan outcome', 'links to'],
  owner: ['owner', 'who', 'responsible', 'lead'],
  due: ['due', 'by when', 'timescale', 'deadline'],
  status: ['status', 'progress'],
  update: ['update', 'comment', 'progress update'],
  impact: ['impact on the child', 'impact on child', 'impact'],
};

const COLUMN_BY_HEADER = new Map<string, Column>();
for (const [column, names] of Object.entries(COLUMN_NAMES) as [Column, string[]][]) {
  for (const n of names) COLUMN_BY_HEADER.set(n === '#' ? '#' : foldWords(n), column);
}

export function columnOf(header: string): Column | undefined {
  const t = header.trim();
  if (t === '#') return 'id';
  return COLUMN_BY_HEADER.get(foldWords(t));
}

export type Attendance = 'present' | 'absent' | 'unknown';

export function attendanceOf(cell: string): Attendance {
  const t = foldWords(cell);
  if (/^(yes|y|present|attended)\b/.test(t)) return 'present';
  if (/^(no|n|absent|apologies|sent apologies|did not attend|dna)\b/.test(t)) return 'absent';
  return 'unknown';
}

export type Status = 'done' | 'in progress' | 'not started' | 'carried forward' | 'closed' | 'unknown';

const STATUS_PATTERNS: [RegExp, Status][] = [
  [/^(done|completed?|achieved)\b/, 'done'],
  [/^(not started|not done|outstanding)\b/, 'not started'],
  [/^(in progress|ongoing|partly|started)\b/, 'in progress'],
  [/^carried forward\b/, 'carried forward'],
  [/^(no longer needed|withdrawn)\b/, 'closed'],
];

/** Read from the start of the cell, case-insensitive: "Done – referred 20/09" is done. */
export function statusOf(cell: string): Status {
  const t = foldWords(cell);
  for (const [re, status] of STATUS_PATTERNS) if (re.test(t)) return status;
  return 'unknown';
}

export function isClosedStatus(s: Status): boolean {
  return s === 'done' || s === 'closed';
}

export type PersonKind = 'parent' | 'family' | 'professional';

const PARENT_WORDS = ['mother', 'father', 'stepmother', 'stepfather', 'step-parent', 'parent', 'carer', 'guardian'];
const FAMILY_WORDS = ['grandmother', 'grandfather', 'grandparent', 'aunt', 'uncle', 'sibling', 'brother', 'sister', 'cousin', 'friend', 'child', 'young person'];

/** Words as written, split at anything that is not a letter, digit or hyphen, in lower case. */
export function tokens(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
}

function containsPhrase(toks: string[], phrase: string): boolean {
  const p = phrase.split(' ');
  for (let i = 0; i + p.length <= toks.length; i++) {
    if (p.every((w, j) => toks[i + j] === w)) return true;
  }
  return false;
}

/** The parent words found in a role, e.g. ["father"] for "Father (by phone)". */
export function parentWordsIn(role: string): string[] {
  const toks = tokens(role);
  return PARENT_WORDS.filter((w) => containsPhrase(toks, w));
}

export function personKindOf(role: string): PersonKind {
  const toks = tokens(role);
  if (PARENT_WORDS.some((w) => containsPhrase(toks, w))) return 'parent';
  if (FAMILY_WORDS.some((w) => containsPhrase(toks, w))) return 'family';
  return 'professional';
}

export function mentions(text: string, words: string[]): boolean {
  const toks = new Set(tokens(text));
  return words.some((w) => toks.has(w.toLowerCase()));
}

export { containsPhrase };

export type Rating = 'red' | 'amber' | 'green';

/**
 * `Progress: Amber` or `RAG: Amber`, case-insensitive, optionally in bold. Group 2 is the rating; a
 * `Progress:` line without one (empty, or another word) still matches, so a fix can fill it in.
 */
export const RATING_LINE = new RegExp(`^${labelSource(['progress', 'rag'])}[ \\t]*(?:\\*\\*|__)?[ \\t]*(?:(red|amber|green)\\b)?`, 'i');

export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'pc', 'ds', 'dc', 'sgt', 'rev', 'prof', 'cllr']);
