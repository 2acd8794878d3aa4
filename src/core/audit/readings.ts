/**
 * What the audit reads from one analysis besides the checks' findings, each with whether the data
 * it needs was found (real-minutes.md, principle 12: a measure never counts what it could not see
 * as a pass). The predicates are the checks' own (../actions.ts, ../record.ts, CG033's timescale).
 */
import { impactRecorded, openActions, overdueDue, reviewOf } from '../actions';
import type { MinutesAnalysis } from '../analyse';
import { WorkingCalendar } from '../calendar';
import { sectionText } from '../minutes';
import { packById } from '../read/pack';
import { childSeenIn } from '../read/child-seen';
import type { ActionColumn } from '../read/lexicon';
import { columnsOf } from '../read/tables';
import { isManagerRole, requiredSections } from '../record';
import type { FileSummary, Found, ReviewsState } from './model';

/** The sections a measure needs, found and not empty of headings (an empty one is read, and fails the measure). */
export function foundOf(a: MinutesAnalysis): Found {
  const has = (id: string) => a.minutes.byId.has(id);
  return { attendance: has('attendance'), actions: has('actions'), progress: has('plan-progress'), distribution: has('distribution'), voice: has('child-voice') };
}

/** The review of previous actions: found, missing though actions were open, not expected, or unknown (a later meeting with no earlier minutes found). */
export function reviewsOf(a: MinutesAnalysis): { state: ReviewsState; open: number; unreviewed: number } {
  const open = openActions(a);
  const unreviewed = open.filter((o) => !reviewOf(o.item, a.minutes)).length;
  const found = a.minutes.byId.has('previous-actions');
  if (found) return { state: 'found', open: open.length, unreviewed };
  if (open.length > 0) return { state: 'missing', open: open.length, unreviewed };
  const later = (a.minutes.meta.meeting ?? 1) > 1 || a.minutes.meta.previous !== undefined;
  return { state: later && a.series.previous.length === 0 ? 'unknown' : 'not-expected', open: 0, unreviewed: 0 };
}

/** Outcomes in the plan now (the plan file's, or those still open from the earlier minutes, with this meeting's own) and how many are reviewed with a rating (or closed). */
export function outcomesOf(a: MinutesAnalysis): { n: number; rated: number } {
  const ids = new Set<string>([...a.series.outcomes.map((o) => o.id), ...a.minutes.outcomes.map((o) => o.id)]);
  let rated = 0;
  for (const id of ids) if (a.minutes.outcomes.some((o) => o.id === id && (o.rating !== undefined || o.closed))) rated++;
  return { n: ids.size, rated };
}

/** Overdue actions whose impact on the child is not recorded: CG012's findings, whatever its configured level. */
export function overdueWithoutImpact(a: MinutesAnalysis): number {
  return a.minutes.reviews.filter((r) => !r.blank && overdueDue(a, r) !== undefined && !impactRecorded(r)).length;
}

/** Meeting 1: the chair (CG032's predicate; the wales pack lets any member chair) and the timescale from the ICPC (CG033's). */
export function firstMeetingOf(a: MinutesAnalysis): Pick<FileSummary, 'firstChair' | 'firstTimescale'> {
  const meta = a.minutes.meta;
  if (meta.meeting !== 1) return {};
  const anyMayChair = packById(a.config.procedure)?.checks.CG032 === 'off';
  const firstChair = anyMayChair ? 'not-applicable' : meta.chairRole === undefined ? 'unknown' : isManagerRole(meta.chairRole, a.config.managerRoles) ? 'manager' : 'other';
  if (meta.icpc === undefined || meta.date === undefined) return { firstChair, firstTimescale: 'unknown' };
  const days = new WorkingCalendar([...a.config.extraHolidays]).workingDaysBetween(meta.icpc, meta.date);
  return { firstChair, firstTimescale: days <= a.config.timescales.firstMeetingWorkingDays ? 'in-time' : 'late' };
}

export function seenOf(a: MinutesAnalysis): { seen: boolean; seenAlone: boolean } {
  const seen = childSeenIn(sectionText(a.minutes.doc, a.minutes.byId.get('child-voice')));
  return { seen: seen.seen, seenAlone: seen.alone };
}

/**
 * Unrecognised headings and columns, the required sections not found, and for each unrecognised
 * heading the one missing section whose place in the template lies between the recognised sections
 * around it (a suggestion for `.coregroup.json`, never applied by itself).
 */
export function vocabularyOf(a: MinutesAnalysis): Pick<FileSummary, 'unrecognised' | 'missingSections' | 'nearest' | 'nearestColumns'> {
  const m = a.minutes;
  const order = new Map(a.config.sections.map((s, i) => [s.id, i]));
  const missing = requiredSections(a).map((s) => s.id).filter((id) => !m.byId.has(id));
  const segments = m.outline.segments;
  const nearest: { heading: string; section: string }[] = [];
  for (const c of m.outline.unrecognised) {
    const at = segments.findIndex((s) => s.part.candidate === c);
    if (at < 0) continue;
    const idx = (ids: string[]) => ids.map((id) => order.get(id)).filter((i): i is number => i !== undefined);
    const before = segments.slice(0, at).flatMap((s) => idx(s.ids));
    const after = segments.slice(at + 1).flatMap((s) => idx(s.ids));
    const lo = before.length ? Math.max(...before) : -1;
    const hi = after.length ? Math.min(...after) : Infinity;
    const fits = missing.filter((id) => (order.get(id) ?? -1) > lo && (order.get(id) ?? -1) < hi);
    if (fits.length === 1) nearest.push({ heading: c.text, section: fits[0] });
  }
  // A section read by what it holds under a heading nobody knows (../read/by-content.ts) is counted, but its
  // heading is still listed and suggested, so the team can name it and the reading no longer rests on its shape.
  const byContent = segments.filter((s) => s.part.rule === 'content' && s.ids.length > 0);
  for (const s of byContent) nearest.push({ heading: s.part.candidate.text, section: s.ids[0] });
  const headings = [...m.outline.unrecognised, ...byContent.map((s) => s.part.candidate)].sort((x, y) => x.start - y.start).map((c) => c.text);
  return {
    unrecognised: { headings, columns: m.unrecognisedColumns.map((u) => ({ section: u.section, header: u.header })) },
    missingSections: missing,
    nearest,
    nearestColumns: nearestColumnsOf(a),
  };
}

/** The columns each table needs to be read: the review's and the revised plan's. */
const KEY_COLUMNS: Record<string, readonly ActionColumn[]> = { 'previous-actions': ['action', 'status', 'impact'], actions: ['action', 'owner', 'due'] };

function nearestColumnsOf(a: MinutesAnalysis): { header: string; column: string }[] {
  const m = a.minutes;
  const lex = m.lexicon;
  const out: { header: string; column: string }[] = [];
  for (const [section, table] of [['previous-actions', m.reviewTable], ['actions', m.actionsTable]] as const) {
    if (!table) continue;
    const headers = table.header.map((c) => c.text);
    const cols = columnsOf(headers, lex.actionColumns, [], lex.bareHeaders);
    const unknown = headers.filter((h, i) => cols[i] === undefined && h.trim() !== '');
    const missing = KEY_COLUMNS[section].filter((c) => !cols.includes(c));
    if (unknown.length === 1 && missing.length === 1) out.push({ header: unknown[0], column: missing[0] });
  }
  return out;
}
