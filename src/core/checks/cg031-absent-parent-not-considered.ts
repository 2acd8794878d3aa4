import { messages } from '../messages';
import { sectionText } from '../minutes';
import { HONORIFICS, mentions, parentWordsIn, tokens } from '../vocabulary';
import type { Check } from './check';

/** CG031: an absent parent or carer is not mentioned in the parents section, by name or by role. */
export const absentParentNotConsidered: Check = {
  code: 'CG031',
  name: 'absent-parent-not-considered',
  description: 'A parent or carer did not attend and the minutes do not say how their views were sought.',
  severity: 'warning',
  dimension: 'P',
  fixable: false,
  run(ctx) {
    const text = sectionText(ctx.doc, ctx.section('parents'));
    return ctx.minutes.attendees
      .filter((p) => p.kind === 'parent' && p.attended === 'absent')
      .filter((p) => {
        const nameWords = tokens(p.name).filter((w) => w.length > 1 && !HONORIFICS.has(w));
        return !mentions(text, [...nameWords, ...parentWordsIn(p.role)]);
      })
      .map((p) => ({ subject: p.name, message: messages.absentParent(p.name, p.role), range: ctx.range(p.span) }));
  },
};
