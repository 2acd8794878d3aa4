/**
 * When a reviewed action is overdue, and when it is in drift: shared by CG012, CG013 and the audit,
 * so the audit counts exactly what the checks flag.
 */
import type { Day } from '../dates';
import type { ReviewItem } from '../minutes';
import { isClosedStatus } from '../minutes';
import { foldWords, hasWholeWords } from '../text';
import type { CheckContext } from './context';

/** The due date of a review row that is not done or closed and was due before this meeting; else undefined. */
export function overdueDue(ctx: CheckContext, r: ReviewItem): Day | undefined {
  const date = ctx.date;
  if (date === undefined || isClosedStatus(r.status)) return undefined;
  const due = ctx.dueOf(r);
  return due !== undefined && due < date ? due : undefined;
}

/** An overdue action (due `due`) that was also overdue and not done at the previous meeting. */
export function isDrift(ctx: CheckContext, r: ReviewItem, due: Day): boolean {
  const prev = ctx.previous;
  const prevDate = prev?.meta.date;
  if (!prev || prevDate === undefined || due >= prevDate) return false;
  const before = ctx.reviewOf(r, prev);
  // Not done at the last meeting: reviewed there as not done, or not reviewed there at all though open then.
  return before ? !isClosedStatus(before.status) : ctx.wasOpenAtPrevious(r);
}

/** Whether the escalation section's text names the action: its id as a whole word, or its wording. */
export function isNamedIn(escalationText: string, r: ReviewItem): boolean {
  return r.id ? hasWholeWords(escalationText, r.id) : foldWords(escalationText).includes(foldWords(r.wording));
}
