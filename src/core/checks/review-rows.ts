/** Review rows for untracked actions, in the column order of the review table (or the template's). */
import type { ActionItem } from '../minutes';
import type { InsertEdit } from '../types';
import { columnOf } from '../vocabulary';
import type { CheckContext } from './context';
import { appendRow, appendToSection, insertAt } from './edits';

const TEMPLATE_HEADER = ['ID', 'Action', 'Owner', 'Due', 'Status', 'Update', 'Impact on the child'];

function cellsFor(header: string[], a: ActionItem): string[] {
  return header.map((h) => {
    switch (columnOf(h)) {
      case 'id': return a.id ?? '';
      case 'action': return a.wording;
      case 'owner': return a.owner;
      case 'due': return a.dueText;
      default: return '';
    }
  });
}

/** One edit adding review rows for `actions`, creating the table (and section) when needed. */
export function reviewRowsEdit(ctx: CheckContext, actions: ActionItem[]): InsertEdit {
  const table = ctx.minutes.reviewTable;
  const cols = table ? table.header.map((c) => columnOf(c.text)) : [];
  const canHold = (a: ActionItem) => (a.id !== undefined && cols.includes('id')) || (a.wording !== '' && cols.includes('action'));
  if (table && !actions.every(canHold)) {
    // The table has no ID or Action column to hold these rows: a review table in the template's
    // columns goes before it, so that it becomes the section's table (the old one is kept, unread).
    return insertAt(ctx, table.start, templateTable(actions).replace(/\n/g, ctx.eol) + ctx.eol + ctx.eol);
  }
  if (table) {
    const header = table.header.map((c) => c.text);
    const rows = actions.map((a) => cellsFor(header, a));
    const first = appendRow(ctx, table.end, rows[0]);
    const rest = rows.slice(1).map((r) => appendRow(ctx, table.end, r).text).join('');
    return insertAt(ctx, table.end, first.text + rest);
  }
  return appendToSection(ctx, 'previous-actions', templateTable(actions));
}

/** A review table in the template's columns, one row per action (lines joined with \n). */
function templateTable(actions: ActionItem[]): string {
  return [
    '| ' + TEMPLATE_HEADER.join(' | ') + ' |',
    '|' + TEMPLATE_HEADER.map(() => '---').join('|') + '|',
    ...actions.map((a) => '| ' + cellsFor(TEMPLATE_HEADER, a).map((c) => c.replace(/\|/g, '\\|')).join(' | ') + ' |'),
  ].join('\n');
}
