import { WHY_SECTION } from '../messages/template';
import type { Check } from './check';
import { SECTION_DIMENSION_NOTE, sectionDimension } from '../template';
import { newSection } from '../edits';
import { nearestHeadings, sectionSuggestion } from './learn';

const messages = {
  missing: (id: string, title: string) => `The "${title}" section is missing. ${WHY_SECTION[id] ?? "Your service's template requires it."}`,
  addSection: (title: string) => `Add the "${title}" section`,
};

/** The title of the editor's action adding every missing section at once (fix-all of CG001). */
export const addAllSectionsTitle = (n: number) => `Add the ${n} missing sections`;

/** CG001: a required section of the template is absent. */
export const missingSection: Check = {
  code: 'CG001',
  name: 'missing-section',
  description: 'A required section of the minutes template is missing.',
  severity: 'warning',
  dimension: 'Q',
  dimensionNote: SECTION_DIMENSION_NOTE,
  fixable: true,
  run(ctx) {
    const missing = ctx.requiredSections().filter((s) => !ctx.section(s.id));
    const title = ctx.doc.headings.find((h) => h.depth === 1);
    // The headings this tool did not recognise that may be the missing sections (real-minutes.md, principle 10).
    const nearest = nearestHeadings(ctx, missing.map((s) => s.id));
    return missing.map((spec) => {
      const at = newSection(ctx, spec.id);
      const candidate = nearest.get(spec.id);
      const learn = candidate ? sectionSuggestion(ctx, spec.id, candidate) : { sentence: '', fixes: [] };
      return {
        subject: spec.id,
        message: messages.missing(spec.id, spec.title) + learn.sentence,
        dimension: sectionDimension(spec.id),
        // On the candidate heading when there is one; else on the heading the section belongs before
        // (at the end of the file, on the title).
        range: candidate ? ctx.range(candidate) : at.offset < ctx.doc.text.length ? ctx.lineRange(at.offset) : title ? ctx.range(title) : ctx.lineRange(0),
        fixes: [{ title: messages.addSection(spec.title), edits: [at], isPreferred: true }, ...learn.fixes],
      };
    });
  },
};
