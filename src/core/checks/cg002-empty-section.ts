import { WHY_SECTION } from '../messages/template';
import type { Check } from './check';
import { SECTION_DIMENSION_NOTE, sectionDimension } from '../template';

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
  dimensionNote: SECTION_DIMENSION_NOTE,
  fixable: false,
  run(ctx) {
    const out = [];
    for (const spec of ctx.config.sections) {
      const s = ctx.section(spec.id);
      if (!s || !s.empty) continue;
      out.push({
        subject: spec.id,
        message: messages.empty(spec.id, spec.title),
        dimension: sectionDimension(spec.id),
        range: ctx.range(s.heading),
      });
    }
    return out;
  },
};
