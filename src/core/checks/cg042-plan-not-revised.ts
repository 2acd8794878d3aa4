import type { Check } from './check';

const messages = {
  notRevised: 'The revised plan sets no action. Core groups should move the plan forward with new or updated actions.',
};

/** CG042: the revised plan section exists but sets no action. */
export const planNotRevised: Check = {
  code: 'CG042',
  name: 'plan-not-revised',
  description: 'The revised plan sets no action.',
  severity: 'warning',
  dimension: 'E',
  fixable: false,
  sections: ['actions'],
  run(ctx) {
    const s = ctx.section('actions');
    // A missing section is CG001's and an empty one CG002's: nothing on top.
    if (!s || s.empty || ctx.minutes.actions.length > 0) return [];
    return [{ subject: 'actions', message: messages.notRevised, range: ctx.range(s.heading) }];
  },
};
