import { related as relatedText } from '../messages/series';
import { inlinePrompts } from '../messages/template';
import type { RawFinding } from '../types';
import type { Check } from './check';
import { appendToSection, sectionInsertOffset, subheading } from '../edits';

const messages = {
  notReviewed: (id: string, title: string) =>
    `Outcome ${id}${title ? ` (${title})` : ''} of the plan is not reviewed. Each outcome needs a rating and evidence at every meeting.`,
  addOutcome: (id: string) => `Add a review of outcome ${id}`,
};

/** CG040: an outcome of the plan has no subsection in the progress against the plan. */
export const outcomeNotReviewed: Check = {
  code: 'CG040',
  name: 'outcome-not-reviewed',
  description: 'An outcome of the child protection plan is not reviewed.',
  severity: 'warning',
  dimension: 'E',
  fixable: true,
  sections: ['plan-progress'],
  run(ctx) {
    const reviewed = new Set(ctx.minutes.outcomes.map((o) => o.id));
    const section = ctx.section('plan-progress');
    const range = section
      ? ctx.range(section.heading)
      : ctx.lineRange(Math.min(sectionInsertOffset(ctx, 'plan-progress'), Math.max(0, ctx.doc.text.length - 1)));
    const related = ctx.series.plan ? [{ path: ctx.series.plan.path, range: ctx.series.plan.doc.lines.range(0, 0), message: relatedText.plan }] : [];
    const out: RawFinding[] = [];
    for (const o of ctx.series.outcomes) {
      if (reviewed.has(o.id)) continue;
      const body = [subheading(ctx, 'plan-progress', `${o.id}${o.title ? ' ' + o.title : ''}`), '', `Progress: <!-- ${inlinePrompts.rating} -->`, '', `<!-- ${inlinePrompts.evidence} -->`].join('\n');
      out.push({
        subject: o.id,
        message: messages.notReviewed(o.id, o.title),
        range,
        related,
        fixes: [{ title: messages.addOutcome(o.id), edits: [appendToSection(ctx, 'plan-progress', body)], isPreferred: true }],
      });
    }
    return out;
  },
};
