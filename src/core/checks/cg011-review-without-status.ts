import type { Check } from './check';
import { columnHelp } from './learn';

const messages = {
  noStatus: (subject: string, text: string) =>
    text
      ? `Action ${subject} has the status "${text}", which is not one this tool recognises (Done, In progress, Not started, Carried forward, No longer needed). A clear status shows whether the plan is moving.`
      : `Action ${subject} has no status. A clear status shows whether the plan is moving.`,
  notYetReviewed: (subject: string) =>
    `Action ${subject} is carried into these minutes but not reviewed yet: record its status, an update and, if it is late, the impact of the delay on the child.`,
};

/**
 * CG011: a review row's status is empty or not a recognised status word. A row carried into the
 * minutes and not reviewed at all (status, update and impact blank) is asked about once, here, not
 * also as overdue (CG012) and drift (CG013).
 */
export const reviewWithoutStatus: Check = {
  code: 'CG011',
  name: 'review-without-status',
  description: 'A reviewed action has no status, or one that is not recognised.',
  severity: 'warning',
  dimension: 'Q',
  fixable: false,
  sections: ['previous-actions'],
  run(ctx) {
    return ctx.minutes.reviews
      .filter((r) => r.status === 'unknown')
      .map((r) => {
        if (r.blank) return { subject: r.subject, message: messages.notYetReviewed(r.subject), range: ctx.range(r.span) };
        // With no Status column, the status is read from the start of the update: offer a column of the team's own.
        const help = r.form === 'table' ? columnHelp(ctx, 'previous-actions', 'status', r.span) : { sentence: '', fixes: [] };
        return { subject: r.subject, message: messages.noStatus(r.subject, r.statusText) + help.sentence, range: ctx.range(r.span), fixes: help.fixes };
      });
  },
};
