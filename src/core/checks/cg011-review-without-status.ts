import { messages } from '../messages';
import type { Check } from './check';

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
      .map((r) => ({ subject: r.subject, message: r.blank ? messages.notYetReviewed(r.subject) : messages.reviewWithoutStatus(r.subject, r.statusText), range: ctx.range(r.span) }));
  },
};
