/**
 * A section recognised by what it holds when its heading is one this tool does not know (principle
 * 1, by meaning): under an unrecognised heading, a table of people with an Attended column is the
 * attendance; a table of actions with a Status column is the review of previous actions; one with
 * owners or due dates and no status is the revised plan; outcome reviews with ratings are the
 * progress against the plan. Only for a section no heading names, and only the first such heading.
 * The team can still name the heading in `.coregroup.json` (principle 10); this keeps a new layout
 * from reading as a missing section meanwhile.
 */
import type { ParsedDoc, Span } from '../parse/model';
import { linesIn } from './actions';
import type { Lexicon } from './lexicon';
import { ratingOfLine } from './outcomes';
import type { Outline } from './sections';
import { columnsOf, tablesIn } from './tables';

const OUTCOME_LINE = /^\s{0,3}(?:#{1,6}\s+)?(?:\*\*|__)?\s*(?:outcome|goal|O)\s*\d{1,3}\b/i;

function shapeOf(doc: ParsedDoc, body: Span, lex: Lexicon): string | undefined {
  for (const t of tablesIn(doc.tables, [body])) {
    const headers = t.header.map((h) => h.text);
    const people = columnsOf(headers, lex.attendanceColumns, [], { who: 'name' }, lex.columnKeywords);
    if (people.includes('name') && people.includes('attended')) return 'attendance';
    const acts = columnsOf(headers, lex.actionColumns, [], lex.bareHeaders, lex.columnKeywords);
    if (acts.includes('action') || acts.includes('id')) {
      if (acts.includes('status') || acts.includes('impact')) return 'previous-actions';
      if (acts.includes('owner') || acts.includes('due')) return 'actions';
    }
  }
  const lines = linesIn(doc.text, body);
  let outcomes = 0;
  let ratings = 0;
  for (const { line } of lines) {
    if (OUTCOME_LINE.test(line)) outcomes++;
    else if (ratingOfLine(line, lex).rating) ratings++;
  }
  return outcomes > 0 && ratings > 0 ? 'plan-progress' : undefined;
}

/** Adds, for sections no heading names, the first unrecognised heading whose content has that section's shape. */
export function addByContent(doc: ParsedDoc, outline: Outline, lex: Lexicon, wanted: readonly string[]): void {
  const missing = new Set(wanted.filter((id) => !outline.sections.has(id)));
  if (missing.size === 0) return;
  const segmentAt = new Map(outline.segments.map((s) => [s.part.start, s]));
  for (const c of [...outline.unrecognised]) {
    if (missing.size === 0) break;
    if (c.kind !== 'heading') continue;
    const seg = segmentAt.get(c.start);
    if (!seg || seg.ids.length > 0) continue;
    const id = shapeOf(doc, { start: seg.part.contentStart, end: seg.part.end }, lex);
    if (!id || !missing.has(id)) continue;
    missing.delete(id);
    const part = { ...seg.part, rule: 'content' as const, phrases: [] };
    outline.sections.set(id, { id, parts: [part] });
    seg.ids = [id];
    seg.part.rule = 'content';
    outline.unrecognised.splice(outline.unrecognised.indexOf(c), 1);
  }
}
