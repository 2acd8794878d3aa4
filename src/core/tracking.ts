/**
 * The series remembers (real-minutes.md, principle 8). Walking a child's earlier minutes oldest
 * first: an action set at any meeting stays open until a review marks it done or closed, even if a
 * meeting skipped it; its due date is the first one it was given (moving it is a carry, not a fresh
 * start); an outcome stays in the plan until the minutes close it (rated achieved, met or closed).
 * Pure functions of the minutes and their series: the checks, the panel, new minutes and the audit
 * all read the same answers.
 */
import type { Day } from './dates';
import { ActionItem, isClosedStatus, Minutes, ReviewItem } from './minutes';
import { foldWords } from './text';

export function sameAction(a: ActionItem, b: ActionItem): boolean {
  if (a.id && b.id) return a.id === b.id;
  return a.wording !== '' && foldWords(a.wording) === foldWords(b.wording);
}

/** Where an action was first set: the oldest earlier minutes whose actions hold it. */
export interface Origin {
  action: ActionItem;
  minutes: Minutes;
  /** Index in `previous` (0 = the meeting before the current one). */
  index: number;
}

export interface OpenAction {
  /** The latest row about it before the current meeting (where it was set, or last reviewed as not done). */
  item: ActionItem;
  /** The minutes holding that row. */
  from: Minutes;
  origin?: Origin;
}

/** `previous`: earlier minutes, newest first (series.previous). */
export function originOf(item: ActionItem, previous: readonly Minutes[]): Origin | undefined {
  for (let i = previous.length - 1; i >= 0; i--) {
    const a = previous[i].actions.find((x) => sameAction(x, item));
    if (a) return { action: a, minutes: previous[i], index: i };
  }
  return undefined;
}

/** Actions open before meeting `upTo` of `previous` (exclusive; -1 for the current meeting). */
export function openActionsBefore(previous: readonly Minutes[], upTo = -1): OpenAction[] {
  const open: OpenAction[] = [];
  const find = (x: ActionItem) => open.findIndex((o) => sameAction(o.item, x));
  for (let i = previous.length - 1; i > upTo; i--) {
    const m = previous[i];
    for (const r of m.reviews) {
      const at = find(r);
      if (isClosedStatus(r.status)) {
        if (at >= 0) open.splice(at, 1);
      } else if (at >= 0) open[at] = { ...open[at], item: r, from: m };
      else open.push({ item: r, from: m, origin: originOf(r, previous) });
    }
    for (const a of m.actions) {
      if (find(a) >= 0) continue;
      open.push({ item: a, from: m, origin: originOf(a, previous) });
    }
  }
  return open;
}

/** The date of the meeting after previous[index] (`current` for index 0). */
export function meetingAfter(index: number, previous: readonly Minutes[], current: Day | undefined): Day | undefined {
  return index === 0 ? current : previous[index - 1]?.meta.date;
}

/**
 * The due date that counts for an action: the first one it was given where it was set ("next core
 * group" is the date of the meeting that followed), else its own row's.
 */
export function firstDue(item: ActionItem, previous: readonly Minutes[], current: Day | undefined): Day | undefined {
  const origin = originOf(item, previous);
  const due = origin && origin.action.due.kind !== 'empty' ? origin.action.due : item.due;
  if (due.kind === 'date') return due.day;
  if (due.kind === 'next-meeting') return origin ? meetingAfter(origin.index, previous, current) : current;
  return undefined;
}

/** The review row in `m` for an action, by id or by wording. */
export function reviewIn(m: Minutes, item: ActionItem): ReviewItem | undefined {
  return m.reviews.find((r) => sameAction(r, item));
}

export interface PlanOutcome {
  id: string;
  title: string;
  /** The minutes that last reviewed or named it. */
  from?: Minutes;
}

/** Outcomes of the plan before the current meeting, from the minutes alone: set at any meeting, kept until closed. */
export function outcomesBefore(previous: readonly Minutes[]): PlanOutcome[] {
  const open = new Map<string, PlanOutcome>();
  for (let i = previous.length - 1; i >= 0; i--) {
    const m = previous[i];
    for (const o of m.outcomes) {
      if (o.closed) open.delete(o.id);
      else open.set(o.id, { id: o.id, title: o.title || open.get(o.id)?.title || '', from: m });
    }
    for (const a of m.actions) {
      for (const id of a.outcomeIds) if (!open.has(id) && !m.outcomes.some((o) => o.id === id && o.closed)) open.set(id, { id, title: '', from: m });
    }
  }
  return [...open.values()].sort((a, b) => +a.id.slice(1) - +b.id.slice(1));
}
