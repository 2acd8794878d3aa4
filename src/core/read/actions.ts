/**
 * Actions and their reviews (real-minutes.md, principle 4): rows of a table whose columns are read
 * by meaning, or items of a list ("1. Mum to attend the Freedom Programme – Kelly Marsh – weekly",
 * "- A7 Visit Dean at home (Who: Chris; When: w/c 05/10/2026)"). With no Status column, the status
 * is read from the start of the Update cell ("Done – visited"). Action ids are letters and digits
 * (A7); actions without one are matched by their wording.
 */
import type { Day } from '../dates';
import type { ParsedDoc, Span } from '../parse/model';
import { foldWords, lineEndAt, nextLineStart, stripComments } from '../text';
import { ActionColumn, leadingWord, Lexicon, plainWords, StatusWord } from './lexicon';
import { isPlaceholder } from './placeholders';
import { readTable, ReadTable, tablesIn } from './tables';
import { readTimescale, Timescale } from './timescale';

export type Status = StatusWord | 'unknown';

export interface ActionItem {
  id?: string;
  /** How the action is matched across meetings: its id, or its wording folded. */
  key: string;
  /** The subject of findings about it: the id, or the wording as written. */
  subject: string;
  wording: string;
  /** The outcome it serves, as written, and the numbered outcomes that names (O1, ...). */
  outcome: string;
  outcomeIds: string[];
  owner: string;
  dueText: string;
  due: Timescale;
  span: Span;
  form: 'table' | 'list';
}

export interface ReviewItem extends ActionItem {
  statusText: string;
  status: Status;
  update: string;
  impact: string;
  /** Status, update and impact all left blank: carried into these minutes, not yet reviewed. */
  blank: boolean;
}

const ID = /^[A-Za-z]{1,3}\d{1,4}[a-z]?$/;
const LEADING_ID = /^([A-Za-z]{1,2}\d{1,3}[a-z]?)(?:[:.)]\s*|\s+[–—-]\s+|\s+)(?=\S)/;
const OUTCOME_REF = /\b(?:O|outcomes?|goals?|safety goals?|wellbeing goals?)\s*((?:\d{1,3}(?:\s*(?:,|and|&|\/)\s*)?)+)/gi;

export function statusOf(cell: string, lex: Lexicon): Status {
  if (isPlaceholder(cell, lex)) return 'unknown';
  return leadingWord(cell, lex.status)?.value ?? 'unknown';
}

export function isClosedStatus(s: Status): boolean {
  return s === 'done' || s === 'closed';
}

/** The numbered outcomes a cell names: "Outcome 1", "O2", "Goals 1 and 3", or a bare "1, 2" in an Outcome column. */
export function outcomeIdsIn(cell: string, bareNumbers = false): string[] {
  const ids = new Set<string>();
  for (const m of cell.matchAll(OUTCOME_REF)) for (const n of m[1].match(/\d{1,3}/g) ?? []) ids.add('O' + +n);
  if (ids.size === 0 && bareNumbers && /^\s*\d{1,3}(?:\s*(?:,|and|&|\/)\s*\d{1,3})*\s*$/.test(cell)) for (const n of cell.match(/\d{1,3}/g) ?? []) ids.add('O' + +n);
  return [...ids];
}

function make(parts: { id?: string; wording: string; outcome: string; owner: string; dueText: string }, span: Span, form: ActionItem['form'], lex: Lexicon, ref: Day | undefined, forward: boolean): ActionItem | undefined {
  let id = parts.id && ID.test(parts.id.trim()) ? parts.id.trim().toUpperCase() : undefined;
  let wording = stripComments(parts.wording).replace(/\s+/g, ' ').trim();
  if (!id) {
    const lead = LEADING_ID.exec(wording);
    if (lead && form === 'list') {
      id = lead[1].toUpperCase();
      wording = wording.slice(lead[0].length).trim();
    }
  }
  if (isPlaceholder(wording, lex)) wording = '';
  if (!id && !wording) return undefined;
  const dueText = stripComments(parts.dueText).trim();
  const outcome = stripComments(parts.outcome).trim();
  return {
    id, key: id ?? 'wording:' + foldWords(wording), subject: id ?? wording, wording,
    outcome: isPlaceholder(outcome, lex) ? '' : outcome, outcomeIds: outcomeIdsIn(outcome, true),
    owner: isPlaceholder(parts.owner, lex) ? '' : stripComments(parts.owner).trim(),
    dueText, due: readTimescale(dueText, lex, ref, forward), span, form,
  };
}

function review(a: ActionItem, statusCell: string | undefined, update: string, impact: string, lex: Lexicon): ReviewItem {
  // With no Status column, the status is read from the start of the update ("Done – visited").
  const statusText = (statusCell ?? update).trim();
  const status = statusOf(statusText, lex);
  const upd = isPlaceholder(update, lex) ? '' : update.trim();
  const imp = isPlaceholder(impact, lex) ? '' : impact.trim();
  const blank = isPlaceholder(statusCell ?? '', lex) && upd === '' && imp === '';
  return { ...a, statusText: statusCell === undefined && status === 'unknown' ? '' : statusText, status, update: upd, impact: imp, blank };
}

export interface ReadActions {
  items: ActionItem[];
  reviews: ReviewItem[];
  /** The first table read (for appending rows), and its columns. */
  table?: ReadTable<ActionColumn>;
  unrecognisedColumns: string[];
}

const LABELS = /(?:^|[\s;,(])(who|owner|lead|responsible|by whom|by when|when|due|deadline|timescale|outcome|links? to(?: outcome| goal| safety goal)?|for outcome|goal|status|update|progress|impact(?: on (?:the )?child)?)\s*:\s*/gi;
const SEPARATORS = /\s+[–—]\s+|\s+-\s+|\s*;\s*|\s*\|\s*/;
const SUBJECT_OWNER = /^((?:[A-Z][\p{L}'’-]*|[a-z]+)(?:\s+[\p{L}'’-]+){0,3}?)\s+(?:to|will)\s+\p{Ll}/u;

type Fields = { id?: string; wording: string; outcome: string; owner: string; dueText: string; status?: string; update: string; impact: string };

/** An action written as a list item. */
function fieldsOfItem(text: string, lex: Lexicon, ref: Day | undefined): Fields {
  const t = stripComments(text).replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();
  const f: Fields = { wording: '', outcome: '', owner: '', dueText: '', update: '', impact: '' };
  const labelled = [...t.matchAll(LABELS)];
  if (labelled.length > 0) {
    f.wording = t.slice(0, labelled[0].index).replace(/[\s(;,–—-]+$/, '');
    labelled.forEach((m, i) => {
      const value = t.slice(m.index! + m[0].length, i + 1 < labelled.length ? labelled[i + 1].index : t.length).replace(/[\s);,.]+$/, '').trim();
      const label = m[1].toLowerCase();
      if (/^(who|owner|lead|responsible|by whom)$/.test(label)) f.owner = value;
      else if (/^(by when|when|due|deadline|timescale)$/.test(label)) f.dueText = value;
      else if (/^(status|progress)$/.test(label)) f.status = value;
      else if (label === 'update') f.update = value;
      else if (label.startsWith('impact')) f.impact = value;
      else f.outcome = value;
    });
    return f;
  }
  const paren = /^(.*?)\s*\(([^()]+)\)\s*\.?$/.exec(t);
  const segments = paren ? [paren[1], ...paren[2].split(/,\s*|;\s*/)] : t.split(SEPARATORS);
  f.wording = segments[0];
  for (const seg of segments.slice(1).map((s) => s.trim()).filter(Boolean)) {
    const due = readTimescale(seg, lex, ref);
    if (!f.dueText && (due.kind === 'date' || due.kind === 'recurring' || due.kind === 'next-meeting' || lex.unmeasurable.some((u) => plainWords(seg).join(' ') === u.join(' ')))) f.dueText = seg;
    else if (!f.outcome && outcomeIdsIn(seg).length > 0) f.outcome = seg;
    else if (!f.status && leadingWord(seg, lex.status)) f.status = seg;
    else if (!f.owner && plainWords(seg).length <= 6) f.owner = seg;
    else f.update = f.update ? `${f.update}; ${seg}` : seg;
  }
  if (!f.owner) f.owner = SUBJECT_OWNER.exec(f.wording)?.[1] ?? '';
  if (!f.dueText) {
    // "... by 24/04/2026", "... within two weeks", "... weekly" at the end of the wording.
    const tail = /\b(?:by|before|within|from|every|each|on)\s+[^,;]+$|\b(?:daily|weekly|fortnightly|monthly)\b.*$/i.exec(f.wording);
    if (tail && readTimescale(tail[0], lex, ref).kind !== 'unmeasurable') f.dueText = tail[0];
  }
  return f;
}

/**
 * Actions (and, for the review of previous actions, their reviews) in a section's parts. `ref` is
 * the meeting's date: new actions' dates are read forward from it; reviewed ones around it.
 */
export function readActions(doc: ParsedDoc, spans: readonly Span[], lex: Lexicon, initials: readonly string[], ref: Day | undefined, asReviews: boolean): ReadActions {
  const out: ReadActions = { items: [], reviews: [], unrecognisedColumns: [] };
  const tables = tablesIn(doc.tables, spans);
  const forward = !asReviews;
  for (const t of tables) {
    const read = readTable(t, lex.actionColumns, initials, lex.bareHeaders, lex.columnKeywords);
    if (!read.columns.includes('action') && !read.columns.includes('id')) continue;
    out.table ??= read;
    out.unrecognisedColumns.push(...read.unrecognised);
    for (const row of read.rows) {
      const c = row.cells;
      const a = make({ id: c.id, wording: c.action ?? '', outcome: c.outcome ?? '', owner: c.owner ?? '', dueText: c.due ?? '' }, row.span, 'table', lex, ref, forward);
      if (!a) continue;
      out.items.push(a);
      if (asReviews) out.reviews.push(review(a, c.status, c.update ?? '', c.impact ?? '', lex));
    }
  }
  const text = doc.text;
  // Lists are read as actions only where there is no table of them: beside a table, a list is notes.
  for (const b of out.table ? [] : doc.blocks) {
    if (b.type !== 'list' || !spans.some((s) => b.start >= s.start && b.end <= s.end)) continue;
    for (const item of b.items ?? []) {
      const body = text.slice(item.start, item.end).replace(/^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+/, '');
      const f = fieldsOfItem(body, lex, ref);
      const a = make(f, item, 'list', lex, ref, forward);
      if (!a) continue;
      out.items.push(a);
      if (asReviews) out.reviews.push(review(a, f.status, f.update, f.impact, lex));
    }
  }
  return out;
}

/** Lines of a span, for readers that scan text (each with its start offset). */
export function linesIn(text: string, span: Span): { at: number; line: string }[] {
  const out: { at: number; line: string }[] = [];
  for (let at = span.start; at < span.end; ) {
    const end = Math.min(lineEndAt(text, at), span.end);
    out.push({ at, line: text.slice(at, end) });
    const next = nextLineStart(text, end);
    if (next <= at) break;
    at = next;
  }
  return out;
}
