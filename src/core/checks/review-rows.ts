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
  if (table) {
    const header = table.header.map((c) => c.text);
    const rows = actions.map((a) => cellsFor(header, a));
    const first = appendRow(ctx, table.end, rows[0]);
    const rest = rows.slice(1).map((r) => appendRow(ctx, table.end, r).text).join('');
    return insertAt(ctx, table.end, first.text + rest);
  }
  const lines = [
    '| ' + TEMPLATE_HEADER.join(' | ') + ' |',
    '|' + TEMPLATE_HEADER.map(() => '---').join('|') + '|',
    ...actions.map((a) => '| ' + cellsFor(TEMPLATE_HEADER, a).map((c) => c.replace(/\|/g, '\\|')).join(' | ') + ' |'),
  ];
  return appendToSection(ctx, 'previous-actions', lines.join('\n'));
}
