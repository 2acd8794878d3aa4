import { messages } from '../messages';
import { sectionText } from '../minutes';
import { hasWholeWords, foldWords } from '../text';
import type { RawFinding } from '../types';
import { isClosedStatus } from '../vocabulary';
import type { Check } from './check';
import { appendToSection } from './edits';

/** CG013: overdue now and overdue and not done at the last meeting, and the escalation section does not name it. */
export const drift: Check = {
  code: 'CG013',
  name: 'drift',
  description: 'An action is overdue for a second meeting running and the drift is not named for escalation.',
  severity: 'warning',
  dimension: 'E',
  fixable: true,
  run(ctx) {
    const date = ctx.date;
    const prev = ctx.previous;
    const prevDate = prev?.meta.date;
    if (date === undefined || !prev || prevDate === undefined) return [];
    const escalation = sectionText(ctx.doc, ctx.section('escalation'));
    const out: RawFinding[] = [];
    for (const r of ctx.minutes.reviews) {
      const due = ctx.dueOf(r);
      if (isClosedStatus(r.status) || due === undefined || due >= date) continue;
      const before = ctx.reviewOf(r, prev);
      // Not done at the last meeting: reviewed there as not done, or not reviewed there at all though set before it.
      const notDoneThen = before ? !isClosedStatus(before.status) : (ctx.origin(r)?.index ?? 0) >= 1;
      if (!notDoneThen || due >= prevDate) continue;
      const named = r.id ? hasWholeWords(escalation, r.id) : foldWords(escalation).includes(foldWords(r.wording));
      if (named) continue;
      const entry = `- ${r.id ? `${r.id} (${r.wording})` : r.wording}: <!-- ${messages.promptsInFixes.escalation} -->`;
      out.push({
        subject: r.subject,
        message: messages.drift(r.subject, due),
        range: ctx.range(r.span),
        fixes: [{ title: messages.fixes.escalate(r.subject), edits: [appendToSection(ctx, 'escalation', entry)], isPreferred: true }],
      });
    }
    return out;
  },
};
