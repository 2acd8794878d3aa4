import { Day, toLong } from '../dates';
import { basename } from '../paths';
import { planUpdatedAfter } from '../record';
import type { Check } from './check';

const messages = {
  notUpdated: (plan: string, date: Day) =>
    `The CP plan ${plan} has no revision from this core group (${toLong(date)}) or later, so it does not yet say what the meeting changed. ` +
    'Update it from these minutes ("Core Group: Update the CP plan from these minutes", or core-group plan), so every member works to the revised plan.',
};

/**
 * CG043: final minutes whose plan file keeps revisions (docs/plan-file.md) but has none from this
 * meeting or later. A plan file without the revision layout is never judged, nor are drafts.
 */
export const planNotUpdated: Check = {
  code: 'CG043',
  name: 'plan-not-updated',
  description: 'The CP plan keeps revisions but has none from this meeting or later.',
  severity: 'information',
  dimension: 'E',
  fixable: false,
  run(ctx) {
    if (planUpdatedAfter(ctx, ctx.today) !== false) return [];
    const plan = ctx.series.plan!;
    const range = ctx.minutes.meta.plan !== undefined ? ctx.keyRange('plan') : ctx.keyRange('date');
    return [{ subject: 'plan', message: messages.notUpdated(basename(plan.path), ctx.date!), range }];
  },
};
