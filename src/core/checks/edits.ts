/** Builds the insert-only edits of quick fixes: blocks placed at a section's template position. */
import type { InsertEdit } from '../types';
import { promptFor } from '../messages';
import type { CheckContext } from './context';

export function insertAt(ctx: CheckContext, offset: number, text: string): InsertEdit {
  return { offset, position: ctx.doc.lines.position(offset), text };
}

/** Where a missing section goes: before the first present section that follows it in the template, else at the end. */
export function sectionInsertOffset(ctx: CheckContext, id: string): number {
  const order = ctx.config.sections.map((s) => s.id);
  const idx = order.indexOf(id);
  let best: number | undefined;
  for (const s of ctx.minutes.sections) {
    if (!s.id) continue;
    const i = order.indexOf(s.id);
    if (i > idx && (best === undefined || s.start < best)) best = s.start;
  }
  return best ?? ctx.doc.text.length;
}

/** Text `body` as a block at `offset`, with blank lines around it as Markdown needs. */
export function blockAt(ctx: CheckContext, offset: number, body: string): InsertEdit {
  const { eol } = ctx;
  const text = ctx.doc.text;
  const before = text.slice(Math.max(0, offset - 2), offset).replace(/\r/g, '');
  let prefix = '';
  if (offset > 0) {
    if (!before.endsWith('\n')) prefix = eol + eol;
    else if (!before.endsWith('\n\n') && offset > 1) prefix = eol;
  }
  const atEnd = offset >= text.length;
  const suffix = atEnd ? eol : eol + eol;
  return insertAt(ctx, offset, prefix + body.replace(/\n/g, eol) + suffix);
}

/** A new section (heading, then `body` or its prompt) at its template position. */
export function newSection(ctx: CheckContext, id: string, body?: string): InsertEdit {
  const spec = ctx.config.sections.find((s) => s.id === id);
  const title = spec?.title ?? id;
  const content = body ?? promptFor(id, title);
  return blockAt(ctx, sectionInsertOffset(ctx, id), `## ${title}\n\n${content}`);
}

/** `body` added at the end of a section's content, or in a new section when it is missing. */
export function appendToSection(ctx: CheckContext, id: string, body: string): InsertEdit {
  const s = ctx.section(id);
  if (!s) return newSection(ctx, id, body);
  // Straight after the section's last character, so the blank lines that follow it stay below the block.
  const text = ctx.doc.text;
  let end = s.end;
  while (end > s.contentStart && /\s/.test(text[end - 1])) end--;
  const tail = end >= text.length ? ctx.eol : '';
  return insertAt(ctx, end, ctx.eol + ctx.eol + body.replace(/\n/g, ctx.eol) + tail);
}

/** A table row added after the last row of `table` (cells in the table's own column order). */
export function appendRow(ctx: CheckContext, tableEnd: number, cells: string[]): InsertEdit {
  return insertAt(ctx, tableEnd, ctx.eol + '| ' + cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ') + ' |');
}
