import { Day, toLong } from '../dates';
import { sectionText } from '../minutes';
import type { RawFinding } from '../types';
import type { Check } from './check';
import { appendToSection } from '../edits';
import { escalationOf, isDrift, overdueDue } from '../actions';

const messages = {
  drift: (subject: string, due: Day) =>
    `Action ${subject} (due ${toLong(due)}) was overdue at the last meeting and still is. This is drift: name it in "Drift, delay and escalation" and say how it is being escalated.`,
  promptOnly: (subject: string, due: Day) =>
    `Action ${subject} (due ${toLong(due)}) is in drift, and "Drift, delay and escalation" names it only beside a prompt or a placeholder. Record how the drift was escalated, to whom, and the impact of the delay on the child.`,
  escalate: (subject: string) => `Name action ${subject} under "Drift, delay and escalation"`,
  prompt: 'Record how the drift was escalated, to whom, and the impact of the delay on the child.',
};

/** CG013: overdue now and overdue and not done at the last meeting, and the escalation section does not name it. */
export const drift: Check = {
  code: 'CG013',
  name: 'drift',
  description: 'An action is overdue for a second meeting running and the drift is not named for escalation.',
  severity: 'warning',
  dimension: 'E',
  fixable: true,
  sections: ['previous-actions', 'escalation'],
  run(ctx) {
    const escalation = sectionText(ctx.doc, ctx.section('escalation'));
    const out: RawFinding[] = [];
    for (const r of ctx.minutes.reviews) {
      const due = r.blank ? undefined : overdueDue(ctx, r);
      if (due === undefined || !isDrift(ctx, r, due)) continue;
      const named = escalationOf(escalation, r, ctx.minutes.lexicon);
      if (named === 'recorded') continue;
      if (named === 'prompt-only') {
        out.push({ subject: r.subject, message: messages.promptOnly(r.subject, due), range: ctx.range(r.span) });
        continue;
      }
      const entry = `- ${r.id ? `${r.id} (${r.wording})` : r.wording}: <!-- ${messages.prompt} -->`;
      out.push({
        subject: r.subject,
        message: messages.drift(r.subject, due),
        range: ctx.range(r.span),
        // The entry is a prompt: the finding stays (with its prompt-only message) until the practitioner completes it.
        fixes: [{ title: messages.escalate(r.subject), edits: [appendToSection(ctx, 'escalation', entry)], isPreferred: true, leavesFinding: true }],
      });
    }
    return out;
  },
};
