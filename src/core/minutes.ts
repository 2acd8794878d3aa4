/**
 * ParsedDoc + the reader in force -> the minutes model the checks read: front matter values,
 * sections (by meaning, in parts), attendees, reviewed actions, new actions, outcome reviews, and
 * what could not be recognised (for findings that offer to learn it, `explain` and the audit).
 */
import { dateFromYaml, Day } from './dates';
import type { HeadingInfo, ParsedDoc, Span, TableInfo } from './parse/model';
import { ActionItem, readActions, ReviewItem } from './read/actions';
import { Attendee, readAttendance } from './read/attendance';
import type { Lexicon } from './read/lexicon';
import { initialsOf } from './read/normalise';
import { OutcomeReview, readOutcomes } from './read/outcomes';
import { addByContent } from './read/by-content';
import { isEmptyContent } from './read/placeholders';
import type { Reader } from './read/reader';
import { Outline, readOutline, SectionPart } from './read/sections';
import { stripComments } from './text';
import { planFileOutcomes } from './plan/revisions';

export type { ActionItem, ReviewItem, Attendee, OutcomeReview, SectionPart };
export { isClosedStatus } from './read/actions';

export type MinutesStatus = 'draft' | 'final' | 'shared';

export interface Meta {
  child?: string;
  date?: Day;
  meeting?: number;
  icpc?: Day;
  chair?: string;
  chairRole?: string;
  previous?: string;
  plan?: string;
  area?: string;
  team?: string;
  /** `status:` as written (draft, final or shared); undefined when absent or not one of those. */
  status?: MinutesStatus;
}

export interface Section extends Span {
  id: string;
  /** The heading of its first part (or the label line that supplied it). */
  heading: HeadingInfo;
  /** Where the first part's body starts: just after its heading. */
  contentStart: number;
  /** Every part, in order; `start`/`end` are the first part's. */
  parts: SectionPart[];
  empty: boolean;
}

export interface UnrecognisedColumn {
  section: string;
  header: string;
  table: TableInfo;
}

export interface Minutes {
  doc: ParsedDoc;
  meta: Meta;
  byId: Map<string, Section>;
  /** Where each heading's content went, in order (unrecognised headings too): for placing new sections. */
  outline: Outline;
  attendees: Attendee[];
  reviewTable?: TableInfo;
  reviews: ReviewItem[];
  actionsTable?: TableInfo;
  actions: ActionItem[];
  outcomes: OutcomeReview[];
  unrecognisedColumns: UnrecognisedColumn[];
  lexicon: Lexicon;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  return undefined;
}

export function metaOf(doc: ParsedDoc): Meta {
  const d = doc.frontMatter?.data;
  if (!d) return {};
  const meeting = typeof d.meeting === 'number' ? d.meeting : typeof d.meeting === 'string' && /^\d+$/.test(d.meeting.trim()) ? +d.meeting : undefined;
  const status = str(d.status)?.toLowerCase();
  return {
    child: str(d.child),
    date: dateFromYaml(d.date),
    meeting: meeting !== undefined && Number.isInteger(meeting) ? meeting : undefined,
    icpc: dateFromYaml(d.icpc),
    chair: str(d.chair),
    chairRole: str(d['chair-role']),
    previous: str(d.previous),
    plan: str(d.plan),
    area: str(d.area),
    team: str(d.team),
    status: status === 'draft' || status === 'final' || status === 'shared' ? status : undefined,
  };
}

/** The text of a section (all its parts) without HTML comments. */
export function sectionText(doc: ParsedDoc, s: Section | undefined): string {
  return s ? stripComments(s.parts.map((p) => doc.text.slice(p.contentStart, p.end)).join('\n\n')) : '';
}

/** The spans of a section's bodies. */
export function bodiesOf(s: Section | undefined): Span[] {
  return s ? s.parts.map((p) => ({ start: p.contentStart, end: p.end })) : [];
}

const STOCK_EMPTY = new Set(['child-voice', 'safety']);

export function buildMinutes(doc: ParsedDoc, reader: Reader): Minutes {
  const meta = metaOf(doc);
  const initials = initialsOf(meta.child);
  const lex = reader.lexicon;
  const outline = readOutline(doc, reader.matcher, initials, (label) => reader.labelSections(label));
  const template = new Set(reader.sections.map((s) => s.id));
  addByContent(doc, outline, lex, ['attendance', 'previous-actions', 'actions', 'plan-progress'].filter((id) => template.has(id)));
  const byId = new Map<string, Section>();
  for (const [id, read] of outline.sections) {
    const first = read.parts[0];
    const c = first.candidate;
    const section: Section = {
      id, parts: read.parts, start: first.start, end: first.end, contentStart: first.contentStart,
      heading: { depth: c.depth, text: c.text, start: c.start, end: c.end }, empty: false,
    };
    section.empty = isEmptyContent(sectionText(doc, section), lex, { stock: STOCK_EMPTY.has(id), prompts: reader.prompts });
    byId.set(id, section);
  }
  const attendanceSection = byId.get('attendance');
  const attendees = attendanceSection
    ? readAttendance(doc, attendanceSection.parts.map((p) => ({ contentStart: p.contentStart, end: p.end, heading: p.candidate.text })), lex, initials)
    : [];
  const reviewRead = readActions(doc, bodiesOf(byId.get('previous-actions')), lex, initials, meta.date, true);
  const actionRead = readActions(doc, bodiesOf(byId.get('actions')), lex, initials, meta.date, false);
  const unrecognisedColumns: UnrecognisedColumn[] = [];
  for (const [section, read] of [['previous-actions', reviewRead], ['actions', actionRead]] as const) {
    if (read.table) for (const header of read.table.unrecognised) unrecognisedColumns.push({ section, header, table: read.table.table });
  }
  return {
    doc, meta, byId, outline, attendees,
    reviewTable: reviewRead.table?.table, reviews: reviewRead.reviews,
    actionsTable: actionRead.table?.table, actions: actionRead.items,
    outcomes: readOutcomes(doc, bodiesOf(byId.get('plan-progress')), lex),
    unrecognisedColumns, lexicon: lex,
  };
}

/**
 * Outcomes of a CP plan file: its `## O1 ...` (or `## Outcome 1: ...`) headings, at any level from 2
 * down; for a plan file that keeps revisions (docs/plan-file.md), the open outcomes of the revision in
 * force at a meeting held on `before` (the latest revision, without it).
 */
export function planOutcomes(doc: ParsedDoc, opts: { before?: Day; lexicon?: Lexicon } = {}): { id: string; title: string }[] {
  return planFileOutcomes(doc, opts);
}
