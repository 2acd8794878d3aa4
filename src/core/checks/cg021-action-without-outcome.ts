import type { Check } from './check';
import { columnHelp } from './learn';

const messages = {
  noOutcome: (subject: string) => `Action ${subject} is not linked to an outcome of the plan, so it is unclear which part of the plan it moves forward.`,
};

/** CG021: a new action is not linked to an outcome of the plan. */
export const actionWithoutOutcome: Check = {
  code: 'CG021',
  name: 'action-without-outcome',
  description: 'An action is not linked to an outcome of the plan.',
  severity: 'information',
  dimension: 'E',
  fixable: false,
  sections: ['actions'],
  run(ctx) {
    return ctx.minutes.actions
      .filter((a) => a.outcome === '' || a.outcome === '-')
      .map((a) => {
        const help = a.form === 'table' ? columnHelp(ctx, 'actions', 'outcome', a.span) : { sentence: '', fixes: [] };
        return { subject: a.subject, message: messages.noOutcome(a.subject) + help.sentence, range: ctx.range(a.span), fixes: help.fixes };
      });
  },
};
