import { toIso, Day } from '../dates';
import { messages } from '../messages';
import { sectionText } from '../minutes';
import { Lexicon, plainWords, startsWithWords } from '../read/lexicon';
import { readTimescale } from '../read/timescale';
import { linesIn } from '../read/actions';
import type { InsertEdit } from '../types';
import type { Check } from './check';
import { appendToSection, insertAt } from './edits';
import { splitLines } from '../text';

/** "Label:" at the start of a line (after a list marker or bold), with the offset just after its colon. */
const LABEL = /^[ \t]*(?:[-*][ \t]+)?(?:\*\*|__)?([A-Za-z][A-Za-z '’/-]{1,40}?)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?/;

type Kind = 'date' | 'whom' | 'agreed';

/** The kind of a distribution line ("Date shared:", "Date circulated:", "Sent to:", "Agreed by:") and where its value starts. */
export function distributionLine(line: string, lex: Lexicon): { kind: Kind; valueAt: number } | undefined {
  const m = LABEL.exec(line);
  if (!m) return undefined;
  const words = plainWords(m[1]);
  const hit = lex.distribution.find(([w]) => w.length === words.length && startsWithWords(words, w));
  return hit ? { kind: hit[1], valueAt: m[0].length } : undefined;
}

/** Whether a section's text records the date the minutes were shared ("Date shared: 21/11/2026", "Date sent: 5th October 2026"). */
export function hasDateShared(text: string, lex: Lexicon, meetingDate?: Day): boolean {
  for (const line of splitLines(text)) {
    const d = distributionLine(line, lex);
    if (d?.kind !== 'date') continue;
    const value = line.slice(d.valueAt).trim();
    if (value && readTimescale(value.split(/[,;(]| by | to /)[0], lex, meetingDate).kind === 'date') return true;
  }
  return false;
}

/** CG060: the distribution section has no "Date shared:" line with a date. */
export const notShared: Check = {
  code: 'CG060',
  name: 'not-shared',
  description: 'The minutes are not recorded as shared (no "Date shared:" with a date).',
  severity: 'information',
  dimension: 'Q',
  fixable: true,
  sections: ['distribution'],
  run(ctx) {
    const s = ctx.section('distribution');
    if (!s || s.empty) return [];
    const lex = ctx.minutes.lexicon;
    const text = sectionText(ctx.doc, s);
    if (hasDateShared(text, lex, ctx.date)) return [];
    const today = toIso(ctx.today);
    const edits: InsertEdit[] = [];
    const lines = splitLines(text);
    const kinds = new Set(lines.map((l) => distributionLine(l, lex)?.kind));
    // A date line is there without a date: the date goes straight after its colon (the first part's, where one is).
    const emptyDate = s.parts
      .flatMap((p) => linesIn(ctx.doc.text, { start: p.contentStart, end: p.end }))
      .map(({ at, line }) => ({ at, d: distributionLine(line, lex), line }))
      .find(({ d, line }) => d?.kind === 'date' && line.slice(d.valueAt).replace(/<!--[\s\S]*?-->/g, '').trim() === '');
    if (emptyDate?.d) {
      edits.push(insertAt(ctx, emptyDate.at + emptyDate.d.valueAt, ' ' + today));
    } else {
      const add: string[] = [];
      if (!kinds.has('whom')) add.push(`Shared with: <!-- ${messages.promptsInFixes.sharedWith} -->`);
      add.push(`Date shared: ${today}`);
      if (!kinds.has('agreed')) add.push(`Agreed by: <!-- ${messages.promptsInFixes.agreedBy} -->`);
      edits.push(appendToSection(ctx, 'distribution', add.join('\n')));
    }
    return [{
      subject: 'distribution',
      message: messages.notShared,
      range: ctx.range(s.heading),
      // Not preferred: recording that the minutes were shared today is the practitioner's choice, never fix-all's.
      fixes: [{ title: messages.fixes.shared(ctx.today), edits }],
    }];
  },
};
