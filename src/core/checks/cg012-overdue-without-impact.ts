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
      // A row carried in but not yet reviewed at all is CG011's alone: one question per action, not three.
      const due = r.blank ? undefined : overdueDue(ctx, r);
      if (due === undefined) continue;
      if (r.impact !== '' && r.impact !== '-') continue;
      out.push({ subject: r.subject, message: messages.overdueWithoutImpact(r.subject, due, r.status !== 'unknown'), range: ctx.range(r.span) });
    }
    return out;
  },
};
