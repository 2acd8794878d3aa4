/**
 * Actions across a series of meetings: which the current minutes must review, where each was set,
 * when it was due, whether it is overdue or in drift. Shared by the checks (CG010 to CG013), the
 * panel, new minutes and the audit, so each counts exactly what the others flag. Every function
 * takes the minutes with their series (an analysis, or a check's context).
 *
 * The series remembers (real-minutes.md, principle 8): walking the earlier minutes oldest first, an
 * action set at any meeting stays open until a review marks it done or closed, even if a meeting
 * skipped it; its due date is the first one it was given, so moving it is a carry, not a fresh start.
 */
import type { Day } from './dates';
import { ActionItem, isClosedStatus, Minutes, ReviewItem } from './minutes';
import type { Series } from './series';
import type { Lexicon } from './read/lexicon';
import { isPlaceholder } from './read/placeholders';
import { foldWords, hasWholeWords, splitLines, stripComments } from './text';

export interface InSeries {
  readonly minutes: Minutes;
  readonly series: Series;
}

export interface OpenAction {
  /** The latest row about it before the current meeting: where it was set, or last reviewed as not done. */
  item: ActionItem;
  /** The minutes holding that row. */
  from: Minutes;
}

export interface Origin {
  action: ActionItem;
  minutes: Minutes;
  /** Index in series.previous of the meeting that first set it. */
  index: number;
}

/** The same action: the same id, or (without ids) the same wording, folded. */
export function sameAction(a: ActionItem, b: ActionItem): boolean {
  if (a.id && b.id) return a.id === b.id;
  return a.wording !== '' && foldWords(a.wording) === foldWords(b.wording);
}

/** Actions open before meeting `upTo` of `previous` (exclusive; -1: before the current meeting), oldest first. */
export function openBefore(previous: readonly Minutes[], upTo = -1): OpenAction[] {
  const open: OpenAction[] = [];
  const find = (x: ActionItem) => open.findIndex((o) => sameAction(o.item, x));
  for (let i = previous.length - 1; i > upTo; i--) {
    const m = previous[i];
    for (const r of m.reviews) {
      const at = find(r);
      if (isClosedStatus(r.status)) {
        if (at >= 0) open.splice(at, 1);
      } else if (at >= 0) open[at] = { item: r, from: m };
      else open.push({ item: r, from: m });
    }
    for (const a of m.actions) if (find(a) < 0) open.push({ item: a, from: m });
  }
  return open;
}

/** Actions the current minutes must review: every action set at an earlier meeting and not yet reviewed as done or closed. */
export function openActions(s: InSeries): OpenAction[] {
  return openBefore(s.series.previous);
}

/** Whether an action was open at the previous meeting (set before it, and not done by then). */
export function wasOpenAtPrevious(s: InSeries, item: ActionItem): boolean {
  return openBefore(s.series.previous, 0).some((o) => sameAction(o.item, item));
}

/** The review row in `m` for an action, by id or by wording. */
export function reviewOf(item: ActionItem, m: Minutes): ReviewItem | undefined {
  return m.reviews.find((r) => sameAction(r, item));
}

/** Where an action was first set: the oldest earlier minutes whose actions hold it. */
export function originOf(s: InSeries, item: ActionItem): Origin | undefined {
  const prev = s.series.previous;
  for (let i = prev.length - 1; i >= 0; i--) {
    const a = prev[i].actions.find((x) => sameAction(x, item));
    if (a) return { action: a, minutes: prev[i], index: i };
  }
  return undefined;
}

/** The date of the meeting after series.previous[index] (the current one for index 0). */
export function meetingAfter(s: InSeries, index: number): Day | undefined {
  return index === 0 ? s.minutes.meta.date : s.series.previous[index - 1]?.meta.date;
}

/**
 * The due date that counts: the first one the action was given where it was set ("next core
 * group" is the date of the meeting that followed), else its own row's.
 */
export function dueOf(s: InSeries, item: ActionItem): Day | undefined {
  const origin = originOf(s, item);
  const due = origin && origin.action.due.kind !== 'empty' ? origin.action.due : item.due;
  if (due.kind === 'date') return due.day;
  if (due.kind === 'next-meeting') return origin ? meetingAfter(s, origin.index) : s.minutes.meta.date;
  return undefined;
}

/** The due date of a review row that is not done or closed and was due before this meeting; else undefined. */
export function overdueDue(s: InSeries, r: ReviewItem): Day | undefined {
  const date = s.minutes.meta.date;
  if (date === undefined || isClosedStatus(r.status)) return undefined;
  const due = dueOf(s, r);
  return due !== undefined && due < date ? due : undefined;
}

/** Whether a review row records the impact of the delay on the child (CG012 asks it of every overdue action). */
export function impactRecorded(r: ReviewItem): boolean {
  return r.impact !== '' && r.impact !== '-';
}

/** An overdue action (due `due`) that was also overdue and not done at the previous meeting. */
export function isDrift(s: InSeries, r: ReviewItem, due: Day): boolean {
  const prev = s.series.previous[0];
  const prevDate = prev?.meta.date;
  if (!prev || prevDate === undefined || due >= prevDate) return false;
  const before = reviewOf(r, prev);
  // Not done at the last meeting: reviewed there as not done, or not reviewed there at all though open then.
  return before ? !isClosedStatus(before.status) : wasOpenAtPrevious(s, r);
}

/** The entries of a section's text: its paragraphs, and each list item on its own. */
function entriesOf(text: string): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  const flush = () => {
    if (cur.length > 0) out.push(cur.join(' '));
    cur = [];
  };
  for (const line of splitLines(text)) {
    if (line.trim() === '') flush();
    else {
      if (/^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s/.test(line)) flush();
      cur.push(line);
    }
  }
  flush();
  return out;
}

/** Whether an entry naming the action says something of its own: not only the action's id and wording, a prompt comment or a placeholder. */
function saysMore(entry: string, r: ReviewItem, lex: Lexicon): boolean {
  let rest = ' ' + foldWords(stripComments(entry)) + ' ';
  for (const phrase of [r.id, r.wording]) {
    const p = phrase ? foldWords(phrase) : '';
    if (p !== '') rest = rest.split(' ' + p + ' ').join('  ');
  }
  rest = rest.trim();
  return rest !== '' && !isPlaceholder(rest, lex);
}

/**
 * Whether the escalation section's text names the action (its id as a whole word, or its wording)
 * in an entry that records something: an entry holding only the action's id and wording, a prompt
 * comment (the text CG013's fix inserts) or a placeholder escalates nothing (real-minutes.md,
 * principle 7). The checks (CG013) and the audit both ask this, so they agree.
 */
export function isNamedIn(escalationText: string, r: ReviewItem, lex: Lexicon): boolean {
  return escalationOf(escalationText, r, lex) === 'recorded';
}

/** How the escalation section names an action: in an entry that records something, only in entries that do not, or not at all. */
export function escalationOf(escalationText: string, r: ReviewItem, lex: Lexicon): 'recorded' | 'prompt-only' | 'absent' {
  let named = false;
  for (const e of entriesOf(escalationText)) {
    if (!(r.id ? hasWholeWords(e, r.id) : r.wording !== '' && foldWords(e).includes(foldWords(r.wording)))) continue;
    if (saysMore(e, r, lex)) return 'recorded';
    named = true;
  }
  return named ? 'prompt-only' : 'absent';
}

/** Consecutive meetings, newest first, at which the action was open past its due date (reviewed as not done, or skipped). */
export function carryCount(s: InSeries, item: ActionItem): number {
  const due = dueOf(s, item);
  if (due === undefined) return 0;
  let n = 0;
  const chain = [s.minutes, ...s.series.previous];
  for (let i = 0; i < chain.length; i++) {
    const m = chain[i];
    const r = reviewOf(item, m);
    if (r ? isClosedStatus(r.status) : i === 0 || !openBefore(s.series.previous, i - 1).some((o) => sameAction(o.item, item))) break;
    if (m.meta.date === undefined || due >= m.meta.date) break;
    n++;
  }
  return n;
}

/**
 * Actions the next minutes must review: those reviewed now and still open, those the current minutes
 * left unreviewed (still open: nobody said they were done), and those set now. Oldest first.
 */
export function openActionsAfter(s: InSeries): ActionItem[] {
  const m = s.minutes;
  const out: ActionItem[] = [];
  const seen = new Set<string>();
  const add = (x: ActionItem) => {
    if (!seen.has(x.key)) {
      seen.add(x.key);
      out.push(x);
    }
  };
  for (const r of m.reviews) if (!isClosedStatus(r.status)) add(r);
  for (const o of openActions(s)) if (!reviewOf(o.item, m)) add(o.item);
  for (const x of m.actions) add(x);
  return out;
}
