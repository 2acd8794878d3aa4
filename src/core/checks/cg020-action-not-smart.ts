import type { RawFinding } from '../types';
import type { Check } from './check';
import { columnHelp } from './learn';

const messages = {
  notSmart: (subject: string, problems: string[]) =>
    `Action ${subject} ${problems.join(' and ')}. An action needs a named owner and a measurable date, or nobody can tell when it has slipped.`,
  owner: 'has no owner',
  due: 'has no due date',
  unmeasurable: (text: string) => `has a timescale ("${text}") that cannot be measured`,
};

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
      const noOwner = a.owner === '' || a.owner === '-';
      if (noOwner) parts.push(messages.owner);
      if (a.due.kind === 'empty') parts.push(messages.due);
      else if (a.due.kind === 'unmeasurable') parts.push(messages.unmeasurable(a.due.text));
      if (parts.length === 0) continue;
      // A table with no Owner (or Due) column at all: offer its unrecognised columns as it, when that alone answers the finding.
      const only = parts.length === 1 && a.form === 'table' ? (noOwner ? 'owner' : a.due.kind === 'empty' ? 'due' : undefined) : undefined;
      const help = only ? columnHelp(ctx, 'actions', only, a.span) : { sentence: '', fixes: [] };
      out.push({ subject: a.subject, message: messages.notSmart(a.subject, parts) + help.sentence, range: ctx.range(a.span), fixes: help.fixes });
    }
    return out;
  },
};
