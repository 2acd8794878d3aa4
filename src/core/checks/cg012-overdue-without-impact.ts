import { Day, toLong } from '../dates';
import type { RawFinding } from '../types';
import type { Check } from './check';
import { overdueDue } from '../actions';

const messages = {
  noImpact: (subject: string, due: Day) =>
    `Action ${subject} was due on ${toLong(due)} and is not done, but the impact of the delay on the child is not recorded.`,
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
      const due = overdueDue(ctx, r);
      if (due === undefined) continue;
      if (r.impact !== '' && r.impact !== '-') continue;
      out.push({ subject: r.subject, message: messages.noImpact(r.subject, due), range: ctx.range(r.span) });
    }
    return out;
  },
};
