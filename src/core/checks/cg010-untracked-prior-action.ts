import { messages } from '../messages';
import type { RawFinding } from '../types';
import type { Check } from './check';
import { reviewRowsEdit } from './review-rows';
import { sectionInsertOffset } from './edits';

/** CG010: an open action of the previous minutes has no row in the review of previous actions. */
export const untrackedPriorAction: Check = {
  code: 'CG010',
  name: 'untracked-prior-action',
  description: 'An action set or still open at the last meeting is not reviewed.',
  severity: 'warning',
  dimension: 'Q',
  fixable: true,
  sections: ['previous-actions'],
  run(ctx) {
    const untracked = ctx.openActions().filter((o) => !ctx.reviewOf(o.item));
    if (untracked.length === 0) return [];
    const section = ctx.section('previous-actions');
    const range = section ? ctx.range(section.heading) : ctx.lineRange(Math.min(sectionInsertOffset(ctx, 'previous-actions'), Math.max(0, ctx.doc.text.length - 1)));
    const all = untracked.length > 1
      ? { title: messages.fixes.addAllReviewRows(untracked.length), edits: [reviewRowsEdit(ctx, untracked.map((o) => o.item))] }
      : undefined;
    return untracked.map((o): RawFinding => ({
      subject: o.item.subject,
      message: messages.untracked(o.item.subject, o.item.wording, o.from.meta.date),
      range,
      related: [{ path: o.from.doc.path, range: o.from.doc.lines.range(o.item.span.start, o.item.span.end), message: messages.relatedSetHere }],
      fixes: [
        { title: messages.fixes.addReviewRow(o.item.subject), edits: [reviewRowsEdit(ctx, [o.item])], isPreferred: true },
        ...(all ? [all] : []),
      ],
    }));
  },
};
