/**
 * Actions across a series of meetings: which the current minutes must review, where each was set,
 * when it was due, whether it is overdue or in drift. Shared by the checks (CG010 to CG013), the
 * panel, new minutes and the audit, so each counts exactly what the others flag. Every function
 * takes the minutes with their series (an analysis, or a check's context).
 */
import type { Day } from './dates';
import type { ActionItem, Minutes, ReviewItem } from './minutes';
import type { Series } from './series';
import { foldWords, hasWholeWords } from './text';
import { isClosedStatus } from './vocabulary';

export interface InSeries {
  readonly minutes: Minutes;
  readonly series: Series;
}

export interface OpenAction {
  /** The row in the previous minutes that makes it open (an action row or a review row). */
  item: ActionItem;
  /** The previous minutes holding that row. */
  from: Minutes;
}

export interface Origin {
  action: ActionItem;
  minutes: Minutes;
  /** Index in series.previous of the meeting that set it. */
  index: number;
}

/** The same action: the same id, or (without ids) the same wording, folded. */
export function sameAction(a: ActionItem, b: ActionItem): boolean {
  if (a.id && b.id) return a.id === b.id;
  return a.wording !== '' && foldWords(a.wording) === foldWords(b.wording);
}

/** Actions the current minutes must review: every action set last time, and every one still open in last time's review. */
export function openActions(s: InSeries): OpenAction[] {
  const prev = s.series.previous[0];
  const out: OpenAction[] = [];
  if (!prev) return out;
  const seen = new Set<string>();
  for (const a of prev.actions) {
    if (seen.has(a.key)) continue;
    seen.add(a.key);
    out.push({ item: a, from: prev });
  }
  for (const r of prev.reviews) {
    if (isClosedStatus(r.status) || seen.has(r.key)) continue;
    seen.add(r.key);
    out.push({ item: r, from: prev });
  }
  return out;
}

/** The review row in `m` for an action, by id or by wording. */
export function reviewOf(item: ActionItem, m: Minutes): ReviewItem | undefined {
  return m.reviews.find((r) => sameAction(r, item));
}

/** Where an action was set: the newest earlier minutes whose actions table holds it. */
export function originOf(s: InSeries, item: ActionItem): Origin | undefined {
  const prev = s.series.previous;
  for (let i = 0; i < prev.length; i++) {
    const a = prev[i].actions.find((x) => sameAction(x, item));
    if (a) return { action: a, minutes: prev[i], index: i };
  }
  return undefined;
}

/** The date of the meeting after series.previous[index] (the current one for index 0). */
export function meetingAfter(s: InSeries, index: number): Day | undefined {
  return index === 0 ? s.minutes.meta.date : s.series.previous[index - 1]?.meta.date;
}

/** The due date of a reviewed action: its own Due cell, else the cell where it was set; "next core group" resolved. */
export function dueOf(s: InSeries, item: ActionItem): Day | undefined {
  const origin = originOf(s, item);
  const due = item.due.kind === 'empty' && origin ? origin.action.due : item.due;
  if (due.kind === 'date') return due.day;
  if (due.kind === 'next-meeting' && origin) return meetingAfter(s, origin.index);
  return undefined;
}

/** The due date of a review row that is not done or closed and was due before this meeting; else undefined. */
export function overdueDue(s: InSeries, r: ReviewItem): Day | undefined {
  const date = s.minutes.meta.date;
  if (date === undefined || isClosedStatus(r.status)) return undefined;
  const due = dueOf(s, r);
  return due !== undefined && due < date ? due : undefined;
}

/** An overdue action (due `due`) that was also overdue and not done at the previous meeting. */
export function isDrift(s: InSeries, r: ReviewItem, due: Day): boolean {
  const prev = s.series.previous[0];
  const prevDate = prev?.meta.date;
  if (!prev || prevDate === undefined || due >= prevDate) return false;
  const before = reviewOf(r, prev);
  // Not done at the last meeting: reviewed there as not done, or not reviewed there at all though set before it.
  return before ? !isClosedStatus(before.status) : (originOf(s, r)?.index ?? 0) >= 1;
}

/** Whether the escalation section's text names the action: its id as a whole word, or its wording. */
export function isNamedIn(escalationText: string, r: ReviewItem): boolean {
  return r.id ? hasWholeWords(escalationText, r.id) : foldWords(escalationText).includes(foldWords(r.wording));
}

/** Consecutive meetings, newest first, at which the action was reviewed as not done after its due date. */
export function carryCount(s: InSeries, item: ActionItem): number {
  let n = 0;
  for (const m of [s.minutes, ...s.series.previous]) {
    const r = reviewOf(item, m);
    const due = r ? dueOf(s, r) : undefined;
    if (!r || isClosedStatus(r.status) || due === undefined || m.meta.date === undefined || due >= m.meta.date) break;
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
