/**
 * How a file was read (`core-group explain`): each heading and the section it was read as (and by
 * which rule), each table's columns, each person's role and attendance, each action's owner, due
 * date and status, the outcomes and their ratings, and the series behind the file. What a user
 * looks at when a finding seems wrong; plain data, rendered as text by ./explain-text.ts.
 */
import { openActions } from './actions';
import type { MinutesAnalysis } from './analyse';
import { Day, toLong } from './dates';
import type { ActionItem, Minutes } from './minutes';
import { readTable } from './read/tables';
import type { Timescale } from './read/timescale';
import { requiredSections } from './record';
import { dirname, relative } from './paths';
import { isDraft } from './series';

export interface ExplainHeading {
  line: number;
  form: string;
  text: string;
  /** The section titles it was read as ([] for none). */
  sections: string[];
  rule: string;
}

export interface ExplainModel {
  file: string;
  procedure: string;
  configFile?: string;
  draft: boolean;
  meta: { child?: string; date?: string; meeting?: number; chair?: string; chairRole?: string; icpc?: string; status?: string };
  headings: ExplainHeading[];
  sections: { id: string; title: string; required: boolean; found: boolean; empty: boolean; lines: string }[];
  tables: { line: number; section: string; columns: { header: string; readAs?: string }[] }[];
  people: { line: number; name: string; role: string; kind: string; attended: string; report: string }[];
  reviews: { line: number; subject: string; owner: string; due: string; status: string; statusText: string }[];
  actions: { line: number; subject: string; owner: string; due: string; outcome: string }[];
  outcomes: { line: number; id: string; title: string; rating: string }[];
  series: { previous: { file: string; date?: string; meeting?: number; found: string }[]; plan?: string; planOutcomes: string[]; open: string[] };
  findings: { line: number; code: string; subject: string; message: string }[];
}

const FORMS: Record<string, string> = { heading: 'heading', bold: 'bold line', caps: 'line in capitals', agenda: 'agenda item' };

const RULES: Record<string, string> = {
  alias: "named in your settings' aliases",
  dual: 'a phrase that names two sections',
  head: 'the words before the dash or colon',
  whole: 'the words of the heading',
  parts: 'each of its parts names a section',
  keyword: 'one word that points to a section',
  inside: 'a sub-heading of the section above it',
  label: 'a "Label:" line',
  content: 'what it holds (its table or outcome reviews), though its heading is not one this tool knows',
};

function dueText(t: Timescale, text: string): string {
  switch (t.kind) {
    case 'date': return `${toLong(t.day)} (from "${text}")`;
    case 'next-meeting': return `the next core group ("${text}")`;
    case 'review-conference': return `the review conference ("${text}")`;
    case 'recurring': return `recurring: "${text}"`;
    case 'unmeasurable': return `not measurable: "${text}"`;
    default: return 'none';
  }
}

const lineOf = (m: Minutes, offset: number) => m.doc.lines.position(offset).line + 1;
const day = (d: Day | undefined) => (d === undefined ? undefined : toLong(d));

function actionRow(m: Minutes, a: ActionItem) {
  return { line: lineOf(m, a.span.start), subject: a.subject, owner: a.owner || '(none)', due: dueText(a.due, a.dueText) };
}

export function explain(a: MinutesAnalysis, today: Day, file = a.path): ExplainModel {
  const m = a.minutes;
  const titleOf = (id: string) => a.config.sections.find((s) => s.id === id)?.title ?? id;
  const required = new Set(requiredSections(a).map((s) => s.id));
  const headings: ExplainHeading[] = [];
  for (const c of m.outline.candidates) {
    const seg = m.outline.segments.find((x) => x.part.start === c.start);
    const ids = seg?.ids ?? [];
    const own = seg?.part.candidate === c;
    let rule: string;
    if (ids.length === 0) rule = m.outline.matches.get(c) ? 'names a section, but it is the title of the file' : 'not a section name this tool knows';
    else if (!own) rule = 'a sub-heading: it belongs to the section above it';
    else rule = (RULES[seg!.part.rule] ?? seg!.part.rule) + (seg!.part.phrases.length > 0 && seg!.part.rule !== 'inside' ? ` ("${seg!.part.phrases.join('", "')}")` : '');
    headings.push({ line: lineOf(m, c.start), form: c.kind === 'heading' ? `level ${c.depth} heading` : FORMS[c.kind] ?? c.kind, text: c.text, sections: ids.map(titleOf), rule });
  }
  for (const [id, s] of m.byId) {
    for (const p of s.parts) if (p.rule === 'label') headings.push({ line: lineOf(m, p.start), form: 'label line', text: p.candidate.text, sections: [titleOf(id)], rule: RULES.label });
  }
  headings.sort((x, y) => x.line - y.line);
  const lex = m.lexicon;
  const tables: ExplainModel['tables'] = [];
  for (const [id, s] of m.byId) {
    for (const t of m.doc.tables.filter((t) => s.parts.some((p) => t.start >= p.contentStart && t.end <= p.end))) {
      const index = id === 'attendance' ? lex.attendanceColumns : id === 'plan-progress' ? lex.outcomeColumns : lex.actionColumns;
      const read = readTable(t, index as typeof lex.actionColumns, [], lex.bareHeaders, lex.columnKeywords);
      tables.push({ line: lineOf(m, t.start), section: titleOf(id), columns: t.header.map((h, i) => ({ header: h.text, readAs: read.columns[i] })) });
    }
  }
  const prev = a.series.previous;
  // Other files are named from the folder of the minutes, never by their full path.
  const near = (path: string | undefined) => (path === undefined ? undefined : relative(dirname(a.path), path));
  return {
    file,
    procedure: a.config.procedure,
    configFile: near(a.configPath),
    draft: isDraft(m, today),
    meta: { child: m.meta.child, date: day(m.meta.date), meeting: m.meta.meeting, chair: m.meta.chair, chairRole: m.meta.chairRole, icpc: day(m.meta.icpc), status: m.meta.status },
    headings,
    sections: a.config.sections.map((spec) => {
      const s = m.byId.get(spec.id);
      const lines = s ? s.parts.map((p) => `${lineOf(m, p.start)}-${lineOf(m, p.end)}`).join(', ') : '';
      return { id: spec.id, title: spec.title, required: required.has(spec.id), found: s !== undefined, empty: s?.empty ?? false, lines };
    }),
    tables: tables.sort((x, y) => x.line - y.line),
    people: m.attendees.map((p) => ({ line: lineOf(m, p.span.start), name: p.name, role: p.role, kind: p.kind, attended: p.attended, report: p.report })),
    reviews: m.reviews.map((r) => ({ ...actionRow(m, r), status: r.blank ? 'not reviewed yet' : r.status, statusText: r.statusText })),
    actions: m.actions.map((x) => ({ ...actionRow(m, x), outcome: x.outcome ? `${x.outcome}${x.outcomeIds.length ? ` (${x.outcomeIds.join(', ')})` : ''}` : '(none)' })),
    outcomes: m.outcomes.map((o) => ({ line: lineOf(m, o.heading.start), id: o.id, title: o.title, rating: o.closed ? 'closed' : o.rating ?? (o.hasRatingLine ? 'rating line, no rating' : 'no rating') })),
    series: {
      previous: prev.map((p, i) => ({
        file: near(p.doc.path)!,
        date: day(p.meta.date),
        meeting: p.meta.meeting,
        found: (i === 0 ? m : prev[i - 1]).meta.previous !== undefined ? 'previous: link' : 'found in the folder',
      })),
      plan: near(a.series.plan?.path),
      planOutcomes: a.series.outcomes.map((o) => o.id),
      open: openActions(a).map((o) => o.item.subject),
    },
    findings: a.findings.map((f) => ({ line: f.range.start.line + 1, code: f.code, subject: f.subject, message: f.message })),
  };
}
