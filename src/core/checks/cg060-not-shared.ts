import { Day, toIso, toLong } from '../dates';
import { inlinePrompts } from '../messages/template';
import type { InsertEdit } from '../types';
import type { Check } from './check';
import { appendToSection, insertAt } from '../edits';
import { linesIn } from '../read/actions';
import { isPlaceholder } from '../read/placeholders';
import { distributionLine, distributionText, hasDateShared } from '../record';
import { splitLines } from '../text';

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
    const lex = ctx.minutes.lexicon;
    const text = distributionText(ctx.doc, s);
    if (hasDateShared(text, lex, ctx.date)) return [];
    const today = toIso(ctx.today);
    const edits: InsertEdit[] = [];
    const kinds = new Set(splitLines(text).map((l) => distributionLine(l, lex)?.kind));
    // A date line ("Date shared:", "Date sent:") is there without a date: the date goes straight after its colon.
    const emptyDate = s.parts
      .flatMap((p) => linesIn(ctx.doc.text, { start: p.contentStart, end: p.end }))
      .map(({ at, line }) => ({ at, line, d: distributionLine(line, lex) }))
      .find(({ line, d }) => d?.kind === 'date' && isPlaceholder(line.slice(d.valueAt), lex));
    if (emptyDate?.d) {
      edits.push(insertAt(ctx, emptyDate.at + emptyDate.d.valueAt, ' ' + today));
    } else {
      const lines: string[] = [];
      if (!kinds.has('whom')) lines.push(`Shared with: <!-- ${inlinePrompts.sharedWith} -->`);
      lines.push(`Date shared: ${today}`);
      if (!kinds.has('agreed')) lines.push(`Agreed by: <!-- ${inlinePrompts.agreedBy} -->`);
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
