import { messages } from '../messages';
import { Attendee, sectionText } from '../minutes';
import type { Lexicon } from '../read/lexicon';
import { isConsidered as consideredIn, mentionWords } from '../read/people';
import type { Check } from './check';
import type { CheckContext } from './context';

/** Whether `text` considers the absent person: named by first name, full name or parent role, in a sentence that says more than that they were absent. */
export function isConsidered(text: string, p: Attendee, lex: Lexicon): boolean {
  return consideredIn(text, mentionWords(p.name, p.role, lex), lex);
}

/** Where an absent parent's involvement may be recorded: "Parents and carers", or (Signs of Safety) anywhere outside the attendance. */
export function parentsTextOf(ctx: Pick<CheckContext, 'doc' | 'minutes' | 'config'>): string {
  const m = ctx.minutes;
  if (!ctx.config.parentsConsideredAnywhere) return sectionText(ctx.doc, m.byId.get('parents'));
  const attendance = m.byId.get('attendance')?.parts ?? [];
  let text = ctx.doc.text.slice(ctx.doc.frontMatter?.end ?? 0);
  for (const p of [...attendance].sort((a, b) => b.start - a.start)) {
    const from = p.start - (ctx.doc.frontMatter?.end ?? 0);
    if (from >= 0) text = text.slice(0, from) + '\n\n' + text.slice(p.end - (ctx.doc.frontMatter?.end ?? 0));
  }
  return text.replace(/<!--[\s\S]*?-->/g, ' ');
}

/** CG031: an absent parent or carer is not considered in the parents section, by name or by role. */
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
      .map((p) => ({ subject: p.name, message: messages.absentParent(p.name, p.role, section?.heading.text), range: ctx.range(p.span) }));
  },
};
