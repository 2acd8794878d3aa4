/**
 * Builds the insert-only edits of quick fixes and of the panel's "add this section": blocks placed
 * at a section's template position, rows after a table, text after a label.
 */
import type { Config } from './config';
import { promptFor } from './messages/template';
import type { Minutes } from './minutes';
import { parseDocument } from './parse/document';
import type { ParsedDoc } from './parse/model';
import { lineBreakOf } from './text';
import type { InsertEdit } from './types';

/** What an edit is built against: the minutes as analysed (a check's context, or an analysis's parts). */
export interface EditTarget {
  readonly doc: ParsedDoc;
  readonly minutes: Minutes;
  readonly config: Config;
  /** The line break the text mostly uses, for inserted lines. */
  readonly eol: string;
}

export function insertAt(ctx: EditTarget, offset: number, text: string): InsertEdit {
  return { offset, position: ctx.doc.lines.position(offset), text };
}

/** Where a missing section goes: before the first present section that follows it in the template, else at the end. */
export function sectionInsertOffset(ctx: EditTarget, id: string): number {
  const order = ctx.config.sections.map((s) => s.id);
  const idx = order.indexOf(id);
  let best: number | undefined;
  for (const s of ctx.minutes.byId.values()) {
    const i = order.indexOf(s.id);
    // A section supplied only by a "Label:" line is no heading to place a new section before.
    const start = s.parts.find((p) => p.rule !== 'label')?.start;
    if (i > idx && start !== undefined && (best === undefined || start < best)) best = start;
  }
  return best ?? ctx.doc.text.length;
}

/** A code fence or HTML comment left open at the end of the text (after any front matter), by a line scan: its closing text, or ''. */
function openAtEnd(text: string): string {
  let fence: string | undefined;
  let comment = false;
  for (const line of text.split(/\r?\n|\r/)) {
    if (fence) {
      const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length) fence = undefined;
    } else if (comment) {
      if (line.includes('-->')) comment = false;
    } else {
      const f = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
      if (f && !(f[1][0] === '`' && f[2].includes('`'))) fence = f[1];
      else if (/^ {0,3}<!--/.test(line) && !line.slice(line.indexOf('<!--') + 4).includes('-->')) comment = true;
    }
  }
  return fence ?? (comment ? '-->' : '');
}

function headingCountsAtEnd(text: string, closer: string): boolean {
  const probe = parseDocument('', text + (closer ? '\n' + closer : '') + '\n\n## Probe\n');
  const last = probe.headings[probe.headings.length - 1];
  return last !== undefined && last.start >= text.length && last.text === 'Probe';
}

const closers = new WeakMap<ParsedDoc, string>();

/**
 * What must come before a block added at the very end so that a code fence or HTML comment the
 * practitioner left open does not swallow it: the closing fence or "-->", or ''. Checked by parsing
 * only when the line scan finds something open.
 */
function closerAtEnd(doc: ParsedDoc): string {
  let closer = closers.get(doc);
  if (closer === undefined) {
    const guess = openAtEnd(doc.text.slice(doc.frontMatter?.end ?? 0));
    closer = guess && !headingCountsAtEnd(doc.text, '') && headingCountsAtEnd(doc.text, guess) ? guess : '';
    closers.set(doc, closer);
  }
  return closer;
}

/** Text `body` as a block at `offset`, with blank lines around it as Markdown needs. */
export function blockAt(ctx: EditTarget, offset: number, body: string): InsertEdit {
  const { eol } = ctx;
  const text = ctx.doc.text;
  // The last two line breaks at most, whatever their kind, as LF.
  const before = text.slice(Math.max(0, offset - 4), offset).replace(/\r\n?/g, '\n');
  let prefix = '';
  if (offset > 0) {
    if (!before.endsWith('\n')) prefix = eol + eol;
    else if (!before.endsWith('\n\n') && offset > 1) prefix = eol;
  }
  const closer = offset >= text.length ? closerAtEnd(ctx.doc) : '';
  if (closer) prefix = (before.endsWith('\n') ? '' : eol) + closer + eol + eol;
  const atEnd = offset >= text.length;
  const suffix = atEnd ? eol : eol + eol;
  return insertAt(ctx, offset, prefix + body.replace(/\n/g, eol) + suffix);
}

/** A new section (heading, then `body` or its prompt) at its template position. */
export function newSection(ctx: EditTarget, id: string, body?: string): InsertEdit {
  const spec = ctx.config.sections.find((s) => s.id === id);
  const title = spec?.title ?? id;
  const content = body ?? promptFor(id, title);
  return blockAt(ctx, sectionInsertOffset(ctx, id), `## ${title}\n\n${content}`);
}

/** `body` added at the end of a section's content, or in a new section when it is missing. */
export function appendToSection(ctx: EditTarget, id: string, body: string): InsertEdit {
  const s = ctx.minutes.byId.get(id);
  if (!s) return newSection(ctx, id, body);
  // Straight after the section's last character, so the blank lines that follow it stay below the block.
  const text = ctx.doc.text;
  let end = s.end;
  while (end > s.contentStart && /\s/.test(text[end - 1])) end--;
  // The rest of that line (trailing spaces: a hard line break) stays with it, above the block.
  while (end < s.end && /[^\S\r\n]/.test(text[end])) end++;
  const tail = end >= text.length ? ctx.eol : '';
  const closer = text.slice(end).trim() === '' ? closerAtEnd(ctx.doc) : '';
  return insertAt(ctx, end, ctx.eol + (closer ? closer + ctx.eol : '') + ctx.eol + body.replace(/\n/g, ctx.eol) + tail);
}

/**
 * A subsection title inside section `id` that stays inside it when read back: a Markdown heading one
 * level below the section's own, or (under a bold-line heading, as in minutes pasted from Word) a bold line.
 */
export function subheading(ctx: EditTarget, id: string, title: string): string {
  const c = ctx.minutes.byId.get(id)?.parts[0]?.candidate;
  if (!c) return `### ${title}`;
  if (c.kind === 'heading') return `${'#'.repeat(Math.min(6, Math.max(3, c.depth + 1)))} ${title}`;
  return `**${title}**`;
}

/** A table row added after the last row of `table` (cells in the table's own column order). */
export function appendRow(ctx: EditTarget, tableEnd: number, cells: string[]): InsertEdit {
  return insertAt(ctx, tableEnd, ctx.eol + '| ' + cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ') + ' |');
}

/** The edit adding a missing section of the template to analysed minutes, or undefined when it is there. */
export function insertSection(a: { minutes: Minutes; config: Config }, id: string): InsertEdit | undefined {
  if (a.minutes.byId.has(id)) return undefined;
  return newSection({ doc: a.minutes.doc, minutes: a.minutes, config: a.config, eol: lineBreakOf(a.minutes.doc.text) }, id);
}
