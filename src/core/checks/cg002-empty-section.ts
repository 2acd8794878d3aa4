import { WHY_SECTION } from '../messages/template';
import type { Check } from './check';

const messages = {
  empty: (id: string, title: string) => `The "${title}" section is empty. ${WHY_SECTION[id] ?? 'Record what was discussed, or why it was not.'}`,
};

/** CG002: a section holds only whitespace or prompt comments. */
export const emptySection: Check = {
  code: 'CG002',
  name: 'empty-section',
  description: 'A section has nothing in it but blank lines or prompt comments.',
  severity: 'warning',
  dimension: 'Q',
  dimensionNote: "S for the child's voice and the analysis of safety",
  fixable: false,
  run(ctx) {
    const out = [];
    for (const spec of ctx.config.sections) {
      const s = ctx.section(spec.id);
      if (!s || !s.empty) continue;
      out.push({
        subject: spec.id,
        message: messages.empty(spec.id, spec.title),
        dimension: spec.id === 'child-voice' || spec.id === 'safety' ? ('S' as const) : ('Q' as const),
        range: ctx.range(s.heading),
      });
    }
    return out;
  },
};
