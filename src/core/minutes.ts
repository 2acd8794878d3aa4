/**
 * ParsedDoc + the template in force -> the minutes model the checks read: front matter values,
 * sections, attendees, reviewed actions, new actions, outcome subsections.
 */
import { dateFromYaml, Day, parseTimescale, Timescale } from './dates';
import type { HeadingInfo, ParsedDoc, Span, TableInfo } from './parse/model';
import type { SectionMatcher } from './template';
import { foldWords, isBlankOrComments, splitLines, stripComments } from './text';
import {
  Attendance, attendanceOf, Column, columnOf, PersonKind, personKindOf, Rating, RATING_LINE, Status, statusOf,
} from './vocabulary';

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
}

export interface Section extends Span {
  id?: string;
  heading: HeadingInfo;
  /** Where the section's body starts: just after its heading. */
  contentStart: number;
  empty: boolean;
}

export interface Attendee {
  name: string;
  role: string;
  attended: Attendance;
  report: string;
  kind: PersonKind;
  span: Span;
}

export interface ActionItem {
  id?: string;
  /** How the action is matched across meetings: its id, or its wording folded. */
  key: string;
  /** The subject of findings about it: the id, or the wording as written. */
  subject: string;
  wording: string;
  outcome: string;
  owner: string;
  dueText: string;
  due: Timescale;
  span: Span;
}

export interface ReviewItem extends ActionItem {
  statusText: string;
  status: Status;
  update: string;
  impact: string;
}

export interface OutcomeReview {
  id: string;
  title: string;
  rating?: Rating;
  hasRatingLine: boolean;
  heading: HeadingInfo;
  /** End of the subsection's body. */
  end: number;
}

export interface Minutes {
  doc: ParsedDoc;
  meta: Meta;
  sections: Section[];
  byId: Map<string, Section>;
  attendees: Attendee[];
  reviewTable?: TableInfo;
  reviews: ReviewItem[];
  actionsTable?: TableInfo;
  actions: ActionItem[];
  outcomes: OutcomeReview[];
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
  };
}

export function sectionsOf(doc: ParsedDoc, matcher: SectionMatcher): Section[] {
  const out: Section[] = [];
  const bounds = doc.headings.filter((h) => h.depth <= 2);
  const seen = new Set<string>();
  bounds.forEach((h, i) => {
    if (h.depth !== 2) return;
    const end = i + 1 < bounds.length ? bounds[i + 1].start : doc.text.length;
    let id = matcher.match(h.text);
    if (id && seen.has(id)) id = undefined; // the first heading is the section
    if (id) seen.add(id);
    out.push({ id, heading: h, start: h.start, contentStart: h.end, end, empty: isBlankOrComments(doc.text.slice(h.end, end)) });
  });
  return out;
}

/** The text of a section without HTML comments. */
export function sectionText(doc: ParsedDoc, s: Section | undefined): string {
  return s ? stripComments(doc.text.slice(s.contentStart, s.end)) : '';
}

function firstTableIn(doc: ParsedDoc, s: Section | undefined): TableInfo | undefined {
  return s ? doc.tables.find((t) => t.start >= s.contentStart && t.end <= s.end) : undefined;
}

type Row = Partial<Record<Column, string>>;

function readRows(table: TableInfo | undefined): { row: Row; span: Span }[] {
  if (!table) return [];
  const cols = table.header.map((h) => columnOf(h.text));
  return table.rows.map((r) => {
    const row: Row = {};
    cols.forEach((c, i) => {
      if (c && row[c] === undefined) row[c] = r.cells[i]?.text ?? '';
    });
    return { row, span: { start: r.start, end: r.end } };
  });
}

const ID = /^[A-Za-z]{1,3}\d{1,4}$/;

function actionFrom(row: Row, span: Span): ActionItem | undefined {
  const idCell = (row.id ?? '').trim();
  const wording = (row.action ?? '').trim();
  const id = ID.test(idCell) ? idCell.toUpperCase() : undefined;
  if (!id && !wording) return undefined;
  const dueText = (row.due ?? '').trim();
  return {
    id,
    key: id ?? 'wording:' + foldWords(wording),
    subject: id ?? wording,
    wording,
    outcome: (row.outcome ?? '').trim(),
    owner: (row.owner ?? '').trim(),
    dueText,
    due: parseTimescale(dueText),
    span,
  };
}

function outcomesIn(doc: ParsedDoc, s: Section | undefined): OutcomeReview[] {
  if (!s) return [];
  const subs = doc.headings.filter((h) => h.start >= s.contentStart && h.start < s.end);
  const out: OutcomeReview[] = [];
  subs.forEach((h, i) => {
    const m = /^(O\d+)\b[\s.:)–-]*(.*)$/i.exec(h.text);
    if (h.depth !== 3 || !m) return;
    const next = subs.slice(i + 1).find((n) => n.depth <= 3);
    const end = next ? next.start : s.end;
    const body = stripComments(doc.text.slice(h.end, end));
    let rating: Rating | undefined;
    let hasRatingLine = false;
    for (const line of splitLines(body)) {
      const r = RATING_LINE.exec(line);
      if (!r) continue;
      hasRatingLine = true;
      if (r[2]) {
        rating = r[2].toLowerCase() as Rating;
        break;
      }
    }
    out.push({ id: m[1].toUpperCase(), title: m[2].trim(), rating, hasRatingLine, heading: h, end });
  });
  return out;
}

export function buildMinutes(doc: ParsedDoc, matcher: SectionMatcher): Minutes {
  const sections = sectionsOf(doc, matcher);
  const byId = new Map<string, Section>();
  for (const s of sections) if (s.id && !byId.has(s.id)) byId.set(s.id, s);
  const attendanceTable = firstTableIn(doc, byId.get('attendance'));
  const attendees = readRows(attendanceTable)
    .filter(({ row }) => (row.name ?? '').trim() !== '')
    .map(({ row, span }): Attendee => ({
      name: (row.name ?? '').trim(),
      role: (row.role ?? '').trim(),
      attended: attendanceOf(row.attended ?? ''),
      report: (row.report ?? '').trim(),
      kind: personKindOf(row.role ?? ''),
      span,
    }));
  const reviewTable = firstTableIn(doc, byId.get('previous-actions'));
  const reviews: ReviewItem[] = [];
  for (const { row, span } of readRows(reviewTable)) {
    const a = actionFrom(row, span);
    if (!a) continue;
    const statusText = (row.status ?? '').trim();
    reviews.push({ ...a, statusText, status: statusOf(statusText), update: (row.update ?? '').trim(), impact: (row.impact ?? '').trim() });
  }
  const actionsTable = firstTableIn(doc, byId.get('actions'));
  const actions = readRows(actionsTable)
    .map(({ row, span }) => actionFrom(row, span))
    .filter((a): a is ActionItem => a !== undefined);
  return {
    doc, meta: metaOf(doc), sections, byId, attendees, reviewTable, reviews, actionsTable, actions,
    outcomes: outcomesIn(doc, byId.get('plan-progress')),
  };
}

/** Outcomes of a CP plan file: its `## O1 ...` headings (any level from 2 down). */
export function planOutcomes(doc: ParsedDoc): { id: string; title: string }[] {
  const out: { id: string; title: string }[] = [];
  for (const h of doc.headings) {
    const m = /^(O\d+)\b[\s.:)–-]*(.*)$/i.exec(h.text);
    if (h.depth >= 2 && m && !out.some((o) => o.id === m[1].toUpperCase())) out.push({ id: m[1].toUpperCase(), title: m[2].trim() });
  }
  return out;
}
