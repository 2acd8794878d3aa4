import { Day, toIso, toLong } from '../dates';
import { findLabel } from '../label-line';
import { inlinePrompts } from '../messages/template';
import { sectionText } from '../minutes';
import type { InsertEdit } from '../types';
import type { Check } from './check';
import { appendToSection, insertAt } from '../edits';
import { hasDateShared } from '../record';

const messages = {
  notShared: 'The minutes are not recorded as shared: add a "Date shared:" line with a date. Families and professionals need the agreed minutes.',
  shared: (today: Day) => `Record the minutes as shared today (${toLong(today)})`,
};

/** CG060: the distribution section has no "Date shared:" line with a date. */
export const notShared: Check = {
  code: 'CG060',
  name: 'not-shared',
  description: 'The minutes are not recorded as shared (no "Date shared:" with a date).',
  severity: 'information',
  dimension: 'Q',
  fixable: true,
  fixNote: "records today's date",
  sections: ['distribution'],
  run(ctx) {
    const s = ctx.section('distribution');
    if (!s || s.empty) return [];
    const text = sectionText(ctx.doc, s);
    if (hasDateShared(text)) return [];
    const today = toIso(ctx.today);
    const edits: InsertEdit[] = [];
    const existing = findLabel(text, ['date shared']);
    if (existing) {
      // "Date shared:" is there without a date: the date goes straight after the colon.
      edits.push(insertAt(ctx, s.contentStart + existing.end, ' ' + today));
    } else {
      const lines: string[] = [];
      if (!findLabel(text, ['shared with'])) lines.push(`Shared with: <!-- ${inlinePrompts.sharedWith} -->`);
      lines.push(`Date shared: ${today}`);
      if (!findLabel(text, ['agreed by'])) lines.push(`Agreed by: <!-- ${inlinePrompts.agreedBy} -->`);
      edits.push(appendToSection(ctx, 'distribution', lines.join('\n')));
    }
    return [{
      subject: 'distribution',
      message: messages.notShared,
      range: ctx.range(s.heading),
      // Not preferred: recording that the minutes were shared today is the practitioner's choice, never fix-all's.
      fixes: [{ title: messages.shared(ctx.today), edits }],
    }];
  },
};
