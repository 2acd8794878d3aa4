import type { Fix, RawFinding } from '../types';
import type { Check } from './check';
import { insertAt } from '../edits';
import { linesIn } from '../read/actions';
import { ratingOfLine } from '../read/outcomes';
import { stripComments } from '../text';
import type { CheckContext } from './context';
import type { OutcomeReview } from '../minutes';

const RATINGS = ['Red', 'Amber', 'Green'];

/** Where a rating goes in a rating line that has none ("Progress:", "RAG rating -"): just after its separator. */
function ratingSlot(ctx: CheckContext, o: OutcomeReview): number | undefined {
  const lex = ctx.minutes.lexicon;
  for (const { at, line } of linesIn(ctx.doc.text, { start: o.heading.end, end: o.end })) {
    // Comments blanked (same length), so a prompt such as "<!-- Progress: ... -->" is not the line filled in.
    const plain = stripComments(line);
    if (!ratingOfLine(plain, lex).isRatingLine) continue;
    const sep = /^[^:=–—-]*?(?:[:=]|\s[–—-])(?:\*\*|__)?/.exec(plain);
    return sep ? at + sep[0].length : undefined;
  }
  return undefined;
}

/**
 * Inserts the chosen rating: into an outcome table's empty rating cell; after an empty "Progress:"
 * (or "RAG rating -") when there is one; else as a new line below the outcome's heading.
 */
function rateFixes(ctx: CheckContext, o: OutcomeReview): Fix[] {
  const text = ctx.doc.text;
  let at: number | undefined;
  let cell = false;
  if (o.form === 'table' && o.ratingCell) {
    const pipe = text.slice(o.ratingCell.start, o.ratingCell.end).indexOf('|');
    at = o.ratingCell.start + (pipe >= 0 ? pipe + 1 : 0);
    cell = true;
  } else if (o.hasRatingLine) at = ratingSlot(ctx, o);
  return RATINGS.map((r) => ({
    title: messages.rate(o.id, r),
    // A word written straight after the colon ("Progress:TBC") gets a space, or it would swallow the rating.
    edits: [at !== undefined ? insertAt(ctx, at, ' ' + r + (cell || /[\p{L}\p{N}_]/u.test(text[at] ?? '') ? ' ' : '')) : insertAt(ctx, o.heading.end, ctx.eol + ctx.eol + 'Progress: ' + r)],
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
