/**
 * Say what was not understood, and offer to learn it (real-minutes.md, principle 10). When a
 * required section seems missing, the nearest heading this tool did not recognise is named as the
 * likely candidate ("is 'Actions agreed' it?"), and a quick fix records it as that section's alias in
 * the team's `.coregroup.json`. The same for a table column a check needed and did not find.
 */
import type { CheckContext } from './context';
import type { Candidate } from '../read/outline';
import { fold, plainHeading } from '../read/normalise';
import type { Fix } from '../types';
import { settingsTarget } from '../settings-edit';
import { columnsOf } from '../read/tables';
import { isPlaceholder } from '../read/placeholders';
import { statusOf } from '../read/actions';
import { isMeasurable, readTimescale } from '../read/timescale';
import { hasReport } from '../record';
import type { Span } from '../parse/model';
import LEXICON from '../packs/lexicon.json';

/** The usual names of a column in the lexicon (every kind of table). */
function columnNames(column: string): string[] {
  const c = LEXICON.columns as Record<string, Record<string, string[]>>;
  return Object.values(c).flatMap((kind) => kind[column] ?? []);
}

const messages = {
  isItThis: (text: string, line: number) => ` Is "${text}" (line ${line}) this section?`,
  learnSection: (text: string, title: string) => `Read "${text}" as "${title}" from now on (adds it to .coregroup.json)`,
  isItThisColumn: (header: string, what: string) => ` Is the column "${header}" the ${what}?`,
  learnColumn: (header: string, what: string) => `Read the column "${header}" as the ${what} from now on (adds it to .coregroup.json)`,
};

/** What a column is called in messages. */
export const COLUMN_NAMES: Record<string, string> = {
  name: 'name', role: 'role', attended: 'attendance (present or absent)', report: 'report', id: 'action ID', action: 'action',
  outcome: 'outcome', owner: 'owner', due: 'due date', status: 'status', update: 'update', impact: 'impact on the child',
};

function stemsOf(ctx: CheckContext, text: string): ReadonlySet<string> {
  return fold(text, ctx.minutes.lexicon.folding, { heading: true }).set;
}

/** How many stems a heading shares with a section's title and phrases. */
function overlap(ctx: CheckContext, c: Candidate, id: string): number {
  const spec = ctx.config.sections.find((s) => s.id === id);
  if (!spec) return 0;
  const mine = stemsOf(ctx, c.text);
  let best = 0;
  for (const p of [spec.title, ...spec.aliases, ...spec.phrases]) {
    const n = [...stemsOf(ctx, p)].filter((s) => mine.has(s)).length;
    if (n > best) best = n;
  }
  return best;
}

/**
 * For each missing section, the unrecognised heading most likely to be it: one between the sections
 * that come before and after it in the template, sharing the most words with its names; else any
 * unrecognised heading sharing a word. Each heading is offered for one section only.
 */
export function nearestHeadings(ctx: CheckContext, missing: readonly string[]): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  const order = ctx.config.sections.map((s) => s.id);
  const used = new Set<Candidate>();
  const startOf = (id: string) => ctx.minutes.byId.get(id)?.parts.find((p) => p.rule !== 'label')?.start;
  for (const id of missing) {
    const i = order.indexOf(id);
    const before = order.slice(0, i).map(startOf).filter((x): x is number => x !== undefined);
    const after = order.slice(i + 1).map(startOf).filter((x): x is number => x !== undefined);
    const lo = before.length ? Math.max(...before) : -1;
    const hi = after.length ? Math.min(...after) : Infinity;
    // Only a heading that can be read back as a name (not "Notes" or "Core group" alone) is offered.
    const free = ctx.minutes.outline.unrecognised.filter((c) => !used.has(c) && stemsOf(ctx, c.text).size > 0);
    const between = free.filter((c) => c.start > lo && c.start < hi);
    const scored = (list: Candidate[]) => list.map((c) => ({ c, n: overlap(ctx, c, id) })).sort((a, b) => b.n - a.n || a.c.start - b.c.start);
    const inPlace = scored(between)[0];
    const anywhere = scored(free).find((x) => x.n > 0);
    const pick = inPlace && (inPlace.n > 0 || between.length === 1) ? inPlace.c : anywhere?.c;
    if (pick) {
      out.set(id, pick);
      used.add(pick);
    }
  }
  return out;
}

function learnable(ctx: CheckContext): boolean {
  // An invalid settings file is its own finding: nothing is written into it.
  return !ctx.loadedConfig.problem;
}

/** The sentence and the fix that offer a heading as a missing section. */
export function sectionSuggestion(ctx: CheckContext, id: string, c: Candidate): { sentence: string; fixes: Fix[] } {
  const text = plainHeading(c.text);
  const title = ctx.config.sections.find((s) => s.id === id)?.title ?? id;
  const sentence = messages.isItThis(text, ctx.doc.lines.position(c.start).line + 1);
  if (!learnable(ctx) || text === '') return { sentence, fixes: [] };
  const target = settingsTarget(ctx.loadedConfig.path, ctx.root, ctx.doc.path);
  return { sentence, fixes: [{ title: messages.learnSection(text, title), edits: [], settings: { ...target, list: ['aliases', 'sections', id], value: text } }] };
}

/**
 * When a table lacks a column a check needs: the sentence and fixes offering each header this tool
 * did not recognise as that column.
 */
export function columnSuggestion(ctx: CheckContext, headers: readonly string[], column: string): { sentence: string; fixes: Fix[] } {
  const what = COLUMN_NAMES[column] ?? column;
  const candidates = headers.filter((h) => h.trim() !== '');
  if (candidates.length === 0) return { sentence: '', fixes: [] };
  const sentence = candidates.length === 1 ? messages.isItThisColumn(candidates[0], what) : '';
  if (!learnable(ctx)) return { sentence, fixes: [] };
  const target = settingsTarget(ctx.loadedConfig.path, ctx.root, ctx.doc.path);
  return {
    sentence,
    fixes: candidates.map((h) => ({ title: messages.learnColumn(h, what), edits: [], settings: { ...target, list: ['aliases', 'columns', column], value: h } })),
  };
}

type TableSection = 'actions' | 'previous-actions' | 'attendance';

function answers(column: string, cell: string, ctx: CheckContext): boolean {
  const lex = ctx.minutes.lexicon;
  if (column === 'status') return statusOf(cell, lex) !== 'unknown';
  if (column === 'due') return isMeasurable(readTimescale(cell, lex, ctx.date));
  if (column === 'report') return hasReport(cell.trim());
  return cell.trim() !== '';
}

/**
 * When the section's table has no column a finding depends on ("has no owner" where the table has
 * no Owner column at all): the sentence and fixes offering its unrecognised headers as that column.
 * Nothing when the column is there, or the table has no header left to offer.
 */
export function columnHelp(ctx: CheckContext, section: TableSection, column: string, row?: Span): { sentence: string; fixes: Fix[] } {
  const m = ctx.minutes;
  const lex = m.lexicon;
  const table =
    section === 'actions' ? m.actionsTable : section === 'previous-actions' ? m.reviewTable
      : ctx.doc.tables.find((t) => m.byId.get('attendance')?.parts.some((p) => t.start >= p.contentStart && t.end <= p.end));
  if (!table) return { sentence: '', fixes: [] };
  const headers = table.header.map((h) => h.text);
  const cols = columnsOf(headers, section === 'attendance' ? lex.attendanceColumns : lex.actionColumns, [], lex.bareHeaders, lex.columnKeywords) as (string | undefined)[];
  if (cols.includes(column)) return { sentence: '', fixes: [] };
  // Only a column with something written in this row: read as the missing column, it answers the finding.
  const cells = row ? table.rows.find((r) => r.start === row.start)?.cells : undefined;
  // Read as the missing column, the cell must answer the finding: a status word, a date, a report.
  const filled = (i: number) => !row || (cells?.[i] !== undefined && !isPlaceholder(cells[i].text, lex) && answers(column, cells[i].text, ctx));
  const unknown = headers.filter((_, i) => cols[i] === undefined);
  // The table's one unrecognised column, or those sharing a word with the column's usual names.
  const names = new Set(columnNames(column).flatMap((n) => [...stemsOf(ctx, n)]));
  const likely = unknown.length === 1 ? unknown : unknown.filter((h) => [...stemsOf(ctx, h)].some((st) => names.has(st)));
  return columnSuggestion(ctx, headers.filter((h, i) => cols[i] === undefined && filled(i) && likely.includes(h)), column);
}
