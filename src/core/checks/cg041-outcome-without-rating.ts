import type { Fix, RawFinding } from '../types';
import type { Check } from './check';
import { insertAt } from '../edits';
import { findLabel } from '../label-line';
import { stripComments } from '../text';
import type { CheckContext } from './context';
import type { OutcomeReview } from '../minutes';

const RATINGS = ['Red', 'Amber', 'Green'];

/** Inserts the chosen rating: after an empty "Progress:" when there is one, else as a new line below the heading. */
function rateFixes(ctx: CheckContext, o: OutcomeReview): Fix[] {
  const text = ctx.doc.text;
  let at: number | undefined;
  if (o.hasRatingLine) {
    // Comments blanked (same length), so a prompt such as "<!-- Progress: ... -->" is not the line filled in.
    const body = stripComments(text.slice(o.heading.end, o.end));
    const label = findLabel(body, ['progress', 'rag']);
    if (label) at = o.heading.end + label.end;
  }
  return RATINGS.map((r) => ({
    title: messages.rate(o.id, r),
    // A word written straight after the colon ("Progress:TBC") gets a space, or it would swallow the rating.
    edits: [at !== undefined ? insertAt(ctx, at, ' ' + r + (/[\p{L}\p{N}_]/u.test(text[at] ?? '') ? ' ' : '')) : insertAt(ctx, o.heading.end, ctx.eol + ctx.eol + 'Progress: ' + r)],
  }));
}

const messages = {
  noRating: (id: string) => `Outcome ${id} has no "Progress: Red/Amber/Green" rating, so progress cannot be followed across meetings.`,
  rate: (id: string, rating: string) => `Rate outcome ${id} as ${rating}`,
};

/** CG041: an outcome subsection has no Progress: Red/Amber/Green line. */
export const outcomeWithoutRating: Check = {
  code: 'CG041',
  name: 'outcome-without-rating',
  description: 'An outcome is reviewed without a Progress: Red, Amber or Green rating.',
  severity: 'warning',
  dimension: 'E',
  fixable: true,
  fixNote: 'you choose the rating',
  sections: ['plan-progress'],
  run(ctx) {
    const out: RawFinding[] = [];
    // An outcome reviewed in two subsections is rated when either is: its rating is read from the rated one.
    const seen = new Set(ctx.minutes.outcomes.filter((o) => o.rating).map((o) => o.id));
    for (const o of ctx.minutes.outcomes) {
      if (seen.has(o.id)) continue;
      seen.add(o.id);
      out.push({ subject: o.id, message: messages.noRating(o.id), range: ctx.range(o.heading), fixes: rateFixes(ctx, o) });
    }
    return out;
  },
};
