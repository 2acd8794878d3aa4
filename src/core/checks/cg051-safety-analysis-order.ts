import type { Check } from './check';

const messages = {
  order: 'The analysis of safety comes before the updates or the progress against the plan, so it cannot weigh them. Move it after them.',
};

/** CG051: the safety analysis comes before the updates or the progress against the plan. */
export const safetyAnalysisOrder: Check = {
  code: 'CG051',
  name: 'safety-analysis-order',
  description: 'The analysis of safety comes before the information it should weigh.',
  severity: 'information',
  dimension: 'S',
  fixable: false,
  sections: ['safety'],
  run(ctx) {
    const safety = ctx.section('safety');
    if (!safety) return [];
    const later = ['updates', 'plan-progress'].map((id) => ctx.section(id)).filter((s) => s && s.start > safety.start);
    if (later.length === 0) return [];
    return [{ subject: 'safety', message: messages.order, range: ctx.range(safety.heading) }];
  },
};
