import { Day, toLong } from '../dates';
import type { RawFinding } from '../types';
import type { Check } from './check';
import { impactRecorded, overdueDue } from '../actions';
import { columnHelp } from './learn';

const messages = {
  noImpact: (subject: string, due: Day, recordedNotDone: boolean) =>
    `Action ${subject} was due on ${toLong(due)} and ${recordedNotDone ? 'is not done' : 'is not recorded as done'}, but the impact of the delay on the child is not recorded.`,
};

/** CG012: a reviewed action is overdue and the impact of the delay on the child is not recorded. */
export const overdueWithoutImpact: Check = {
  code: 'CG012',
  name: 'overdue-without-impact',
  description: 'An overdue action does not say how the delay affects the child.',
  severity: 'warning',
  dimension: 'E',
  fixable: false,
  sections: ['previous-actions'],
  run(ctx) {
    const out: RawFinding[] = [];
    for (const r of ctx.minutes.reviews) {
      // A row carried in but not reviewed at all is CG011's alone: one question per action, not three.
      const due = r.blank ? undefined : overdueDue(ctx, r);
      if (due === undefined) continue;
      if (impactRecorded(r)) continue;
      // Say only what the minutes say: "is not done" when a status says so, "is not recorded as done" when none does.
      const help = r.form === 'table' ? columnHelp(ctx, 'previous-actions', 'impact', r.span) : { sentence: '', fixes: [] };
      out.push({ subject: r.subject, message: messages.noImpact(r.subject, due, r.status !== 'unknown') + help.sentence, range: ctx.range(r.span), fixes: help.fixes });
    }
    return out;
  },
};
