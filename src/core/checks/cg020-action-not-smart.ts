import { messages } from '../messages';
import type { RawFinding } from '../types';
import type { Check } from './check';

/** CG020: a new action has no owner, no due date, or a timescale that cannot be measured. */
export const actionNotSmart: Check = {
  code: 'CG020',
  name: 'action-not-smart',
  description: 'An action has no owner, no due date, or a timescale that cannot be measured (ongoing, asap, tbc).',
  severity: 'warning',
  dimension: 'E',
  fixable: false,
  sections: ['actions'],
  run(ctx) {
    const out: RawFinding[] = [];
    for (const a of ctx.minutes.actions) {
      const parts: string[] = [];
      if (a.owner === '' || a.owner === '-') parts.push(messages.notSmartParts.owner);
      if (a.due.kind === 'empty') parts.push(messages.notSmartParts.due);
      else if (a.due.kind === 'unmeasurable') parts.push(messages.notSmartParts.unmeasurable(a.due.text));
      if (parts.length) out.push({ subject: a.subject, message: messages.notSmart(a.subject, parts), range: ctx.range(a.span) });
    }
    return out;
  },
};
