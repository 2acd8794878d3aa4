import type { Check } from './check';

const messages = {
  noStatus: (subject: string, text: string) =>
    text
      ? `Action ${subject} has the status "${text}", which is not one this tool recognises (Done, In progress, Not started, Carried forward, No longer needed). A clear status shows whether the plan is moving.`
      : `Action ${subject} has no status. A clear status shows whether the plan is moving.`,
};

/** CG011: a review row's status is empty or not a recognised status word. */
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
      .map((r) => ({ subject: r.subject, message: messages.noStatus(r.subject, r.statusText), range: ctx.range(r.span) }));
  },
};
