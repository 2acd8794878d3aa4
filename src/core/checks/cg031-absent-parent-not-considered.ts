import { isConsidered, parentsTextOf } from '../record';
import type { Check } from './check';

const messages = {
  notConsidered: (name: string, role: string, section = 'Parents and carers') =>
    `${name}${role ? ` (${role.toLowerCase()})` : ''} did not attend, and "${section}" does not say how their views were sought. An absent parent must still be involved.`,
};

/**
 * CG031: an absent parent or carer is not considered in the parents section (Signs of Safety:
 * anywhere in the minutes): named by first name, full name or role, in a sentence that says more
 * than that they were absent.
 */
export const absentParentNotConsidered: Check = {
  code: 'CG031',
  name: 'absent-parent-not-considered',
  description: 'A parent or carer did not attend and the minutes do not say how their views were sought.',
  severity: 'warning',
  dimension: 'P',
  fixable: false,
  sections: ['attendance', 'parents'],
  run(ctx) {
    const section = ctx.section('parents');
    const text = parentsTextOf(ctx);
    return ctx.minutes.attendees
      .filter((p) => p.kind === 'parent' && p.attended === 'absent')
      .filter((p) => !isConsidered(text, p, ctx.minutes.lexicon))
      .map((p) => ({ subject: p.name, message: messages.notConsidered(p.name, p.role, section?.heading.text), range: ctx.range(p.span) }));
  },
};
