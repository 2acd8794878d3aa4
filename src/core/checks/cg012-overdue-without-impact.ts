import { messages } from '../messages';
import type { RawFinding } from '../types';
import type { Check } from './check';
import { overdueDue } from './overdue';

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
      out.push({ subject: r.subject, message: messages.overdueWithoutImpact(r.subject, due), range: ctx.range(r.span) });
    }
    return out;
  },
};
