import type { Day } from '../dates';
import { dated, related } from '../messages/series';
import type { ActionItem } from '../minutes';
import { REVIEW_HEADER, tableHead } from '../template-tables';
import type { InsertEdit, RawFinding } from '../types';
import type { Lexicon } from '../read/lexicon';
import { columnsOf } from '../read/tables';
import type { Check } from './check';
import type { CheckContext } from './context';
import { appendRow, appendToSection, insertAt, sectionInsertOffset } from '../edits';

const messages = {
  untracked: (subject: string, wording: string, setOn: Day | undefined) =>
    `Action ${describe(subject, wording)} from ${dated(setOn)} is not reviewed. Every action needs a status, or drift goes unnoticed.`,
  addReviewRow: (subject: string) => `Add a review row for action ${subject}`,
  addAllReviewRows: (n: number) => `Add review rows for the ${n} untracked actions`,
};

function describe(subject: string, wording: string): string {
  return subject === wording ? `"${wording}"` : `${subject} ("${wording}")`;
}

function cellsFor(header: readonly string[], a: ActionItem, lex: Lexicon): string[] {
  return columnsOf(header, lex.actionColumns, [], lex.bareHeaders, lex.columnKeywords).map((c) => {
    switch (c) {
      case 'id': return a.id ?? '';
      case 'action': return a.wording;
      case 'owner': return a.owner;
      case 'due': return a.dueText;
      default: return '';
    }
  });
}

/** A review table in the template's columns, one row per action (lines joined with \n). */
function templateTable(actions: ActionItem[], lex: Lexicon): string {
  return [
    ...tableHead(REVIEW_HEADER),
    ...actions.map((a) => '| ' + cellsFor(REVIEW_HEADER, a, lex).map((c) => c.replace(/\|/g, '\\|')).join(' | ') + ' |'),
  ].join('\n');
}

/** One edit adding review rows for `actions`, in the review table's column order, creating the table (and section) when needed. */
function reviewRowsEdit(ctx: CheckContext, actions: ActionItem[]): InsertEdit {
  const table = ctx.minutes.reviewTable;
  const lex = ctx.minutes.lexicon;
  const cols = table ? columnsOf(table.header.map((c) => c.text), lex.actionColumns, [], lex.bareHeaders, lex.columnKeywords) : [];
  const canHold = (a: ActionItem) => (a.id !== undefined && cols.includes('id')) || (a.wording !== '' && cols.includes('action'));
  if (table && !actions.every(canHold)) {
    // The table has no ID or Action column to hold these rows: a review table in the template's
    // columns goes before it, so that it becomes the section's table (the old one is kept, unread).
    return insertAt(ctx, table.start, templateTable(actions, lex).replace(/\n/g, ctx.eol) + ctx.eol + ctx.eol);
  }
  if (table) {
    const header = table.header.map((c) => c.text);
    const rows = actions.map((a) => cellsFor(header, a, lex));
    const first = appendRow(ctx, table.end, rows[0]);
    const rest = rows.slice(1).map((r) => appendRow(ctx, table.end, r).text).join('');
    return insertAt(ctx, table.end, first.text + rest);
  }
  return appendToSection(ctx, 'previous-actions', templateTable(actions, lex));
}

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
      ? { title: messages.addAllReviewRows(untracked.length), edits: [reviewRowsEdit(ctx, untracked.map((o) => o.item))] }
      : undefined;
    return untracked.map((o): RawFinding => ({
      subject: o.item.subject,
      message: messages.untracked(o.item.subject, o.item.wording, o.from.meta.date),
      range,
      related: [{ path: o.from.doc.path, range: o.from.doc.lines.range(o.item.span.start, o.item.span.end), message: related.setHere }],
      fixes: [
        { title: messages.addReviewRow(o.item.subject), edits: [reviewRowsEdit(ctx, [o.item])], isPreferred: true },
        ...(all ? [all] : []),
      ],
    }));
  },
};
