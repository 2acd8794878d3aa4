/**
 * The revision layout of a CP plan file (docs/plan-file.md): after the plan as first agreed, one
 * level-2 heading per revision, `## Revision 3: after the core group of 20 November 2026`, oldest
 * first, each holding the outcomes (`#### O1 ...` with `Progress:` and the evidence), the open
 * actions (a table) and the contingency plan as revised at that meeting. A plan file with no such
 * heading has no revision layout: it is read as before, and never judged for want of revisions.
 */
import { Day, findFirstDate } from '../dates';
import type { HeadingInfo, ParsedDoc, Span } from '../parse/model';
import { ActionItem, readActions } from '../read/actions';
import { lexiconFor, type Lexicon } from '../read/lexicon';
import { OutcomeReview, readOutcomes } from '../read/outcomes';
import { stripComments } from '../text';

export const REVISION_HEADING = /^revision\s+(\d{1,4})\b\s*[:.)–—-]?\s*(.*)$/i;

export interface RevisionHead extends Span {
  /** The number as written in its heading. */
  number: number;
  /** The heading's words after the number ("after the core group of 20 November 2026"). */
  title: string;
  /** The date of the meeting that made it: the first date in its heading. */
  date?: Day;
  heading: HeadingInfo;
}

export interface PlanRevision extends RevisionHead {
  outcomes: OutcomeReview[];
  actions: ActionItem[];
  /** The contingency plan's text, without comments ('' when the revision has none). */
  contingency: string;
}

const heads = new WeakMap<ParsedDoc, RevisionHead[]>();

/** The revisions of a plan file, in file order (oldest first); empty for a file without the layout. */
export function revisionsOf(doc: ParsedDoc): RevisionHead[] {
  let out = heads.get(doc);
  if (out) return out;
  out = [];
  const hs = doc.headings;
  hs.forEach((h, i) => {
    const m = h.depth === 2 ? REVISION_HEADING.exec(h.text) : null;
    if (!m) return;
    const next = hs.slice(i + 1).find((x) => x.depth <= 2);
    out!.push({ number: +m[1], title: m[2].trim(), date: findFirstDate(m[2]), heading: h, start: h.start, end: next ? next.start : doc.text.length });
  });
  heads.set(doc, out);
  return out;
}

export function hasRevisionLayout(doc: ParsedDoc): boolean {
  return revisionsOf(doc).length > 0;
}

/**
 * The revision in force at a meeting held on `before`: the latest one made at an earlier meeting (an
 * undated one counts as earlier). Without `before`, the latest. Undefined when there is none: the
 * plan as first agreed is then the plan.
 */
export function revisionInForce(doc: ParsedDoc, before?: Day): RevisionHead | undefined {
  const all = revisionsOf(doc);
  for (let i = all.length - 1; i >= 0; i--) {
    const r = all[i];
    if (before === undefined || r.date === undefined || r.date < before) return r;
  }
  return undefined;
}

/** The parts of a revision under its level-3 headings, by the first word of their title. */
function partOf(doc: ParsedDoc, r: RevisionHead, word: RegExp): Span | undefined {
  const inside = doc.headings.filter((h) => h.start > r.start && h.start < r.end && h.depth === 3);
  const i = inside.findIndex((h) => word.test(h.text));
  if (i < 0) return undefined;
  return { start: inside[i].end, end: inside[i + 1]?.start ?? r.end };
}

/** What a revision records: its outcomes with their ratings and evidence, its open actions, its contingency plan. */
export function readRevision(doc: ParsedDoc, r: RevisionHead, lex: Lexicon = lexiconFor()): PlanRevision {
  const body = { start: r.heading.end, end: r.end };
  const outcomesAt = partOf(doc, r, /^outcomes?\b/i) ?? body;
  const actionsAt = partOf(doc, r, /^(?:open\s+)?actions?\b/i) ?? body;
  const contingencyAt = partOf(doc, r, /^contingency\b/i);
  const outcomes = readOutcomes(doc, [outcomesAt], lex).filter((o, i, all) => all.findIndex((x) => x.id === o.id) === i);
  const actions = readActions(doc, [actionsAt], lex, [], r.date, false).items;
  const contingency = contingencyAt ? stripComments(doc.text.slice(contingencyAt.start, contingencyAt.end)).trim() : '';
  return { ...r, outcomes, actions, contingency };
}

/** Outcomes of the plan as first agreed: `## O1 ...` headings (any level from 2 down) before the first revision. */
export function baseOutcomes(doc: ParsedDoc): { id: string; title: string }[] {
  const first = revisionsOf(doc)[0];
  const out: { id: string; title: string }[] = [];
  for (const h of doc.headings) {
    if (first && h.start >= first.start) break;
    const m = /^(?:O|outcome\s*|goal\s*)(\d{1,3})\b[\s.:)–-]*(.*)$/i.exec(h.text);
    if (h.depth >= 2 && m && !out.some((o) => o.id === 'O' + +m[1])) out.push({ id: 'O' + +m[1], title: m[2].trim() });
  }
  return out;
}

/**
 * The plan's outcomes: for a file without revisions, its `## O1 ...` headings, exactly as before;
 * with revisions, the outcomes still open in the revision in force at a meeting held on `before`
 * (the latest, without it), or the plan as first agreed when no revision was in force yet.
 */
export function planFileOutcomes(doc: ParsedDoc, opts: { before?: Day; lexicon?: Lexicon } = {}): { id: string; title: string }[] {
  const r = revisionInForce(doc, opts.before);
  if (!r) return baseOutcomes(doc);
  return readRevision(doc, r, opts.lexicon).outcomes.filter((o) => !o.closed).map((o) => ({ id: o.id, title: o.title }));
}
