/**
 * "Update the CP plan from these minutes": the plan as revised at this meeting, as a new revision at
 * the end of the child's `type: cp-plan` file (or a new file when the child has none). It only ever
 * appends: every earlier byte of the plan stays as it was, and a second run on the same minutes adds
 * nothing. The result is plain data; the editor and the command line write it.
 */
import type { MinutesAnalysis } from '../analyse';
import type { Day } from '../dates';
import { planUpdateText as M } from '../messages/plan';
import { planText } from '../messages/plan';
import { basename, dirname, join, resolveLink } from '../paths';
import { parseDocument } from '../parse/document';
import type { ParsedDoc } from '../parse/model';
import { Session } from '../session';
import { lineBreakOf } from '../text';
import type { FileReader, InsertEdit } from '../types';
import { linkTo, newPlanHead, revisionBody } from './revision-text';
import { readRevision, revisionsOf } from './revisions';

export const DEFAULT_PLAN_NAME = 'cp-plan.md';

/** The `plan:` line added to the minutes' front matter when they name no plan. */
export interface MinutesLink {
  link: string;
  edit: InsertEdit;
}

interface Done {
  planPath: string;
  revision: number;
  date: Day;
  message: string;
  minutesLink?: MinutesLink;
}

export type PlanUpdate =
  | (Done & { kind: 'create'; text: string })
  | (Done & { kind: 'append'; oldText: string; insert: InsertEdit; text: string })
  | (Done & { kind: 'unchanged' })
  | { kind: 'refused'; planPath?: string; message: string };

const lf = (s: string) => s.replace(/\r\n?/g, '\n');
const comparable = (s: string) => lf(s).split('\n').map((l) => l.replace(/\s+$/, '')).join('\n').trim();

/** Where the child's plan is: the minutes' own `plan:` link, the plan the earlier minutes name, or cp-plan.md beside the minutes. */
export function planPathOf(a: MinutesAnalysis): string {
  const m = a.minutes;
  if (m.meta.plan !== undefined) return resolveLink(m.doc.path, m.meta.plan);
  return a.series.plan?.path ?? join(dirname(m.doc.path), DEFAULT_PLAN_NAME);
}

/** The insert adding `plan: <link>` at the end of the minutes' front matter, when they have none (and it parsed). */
export function minutesLinkEdit(a: MinutesAnalysis, planPath: string): MinutesLink | undefined {
  const doc = a.minutes.doc;
  const fm = doc.frontMatter;
  if (!fm?.data || fm.error || 'plan' in fm.data) return undefined;
  const closing = doc.text.lastIndexOf('\n', fm.end - 1) + 1;
  if (closing <= fm.rawStart - 1) return undefined;
  const link = linkTo(doc.path, planPath).split('/').map(decodeURIComponent).join('/');
  const value = /^[\w./-]+$/.test(link) ? link : JSON.stringify(link);
  return { link: value, edit: { offset: closing, position: doc.lines.position(closing), text: `plan: ${value}${lineBreakOf(doc.text)}` } };
}

/** Whether the revision just written reads back as written: its number, date, outcomes and actions. */
function readsBack(path: string, text: string, at: number, n: number, date: Day, expected: ParsedDoc): boolean {
  const doc = parseDocument(path, text);
  const last = revisionsOf(doc).at(-1);
  if (!last || last.start < at || last.number !== n || last.date !== date) return false;
  const got = readRevision(doc, last);
  const want = revisionsOf(expected).at(-1);
  if (!want) return false;
  const w = readRevision(expected, want);
  return got.outcomes.map((o) => o.id).join() === w.outcomes.map((o) => o.id).join() && got.actions.length === w.actions.length;
}

/**
 * The update of the plan at `planPath` whose current text is `planText` (undefined: there is no such
 * file), from the analysed minutes. Pure: nothing is read or written.
 */
export function planUpdateOf(a: MinutesAnalysis, planPath: string, current: string | undefined, today?: Day): PlanUpdate {
  const date = a.minutes.meta.date;
  const name = basename(planPath);
  if (date === undefined) return { kind: 'refused', planPath, message: M.noDate };
  // Drafts are not minutes yet (real-minutes.md, principle 9): the plan is revised from what the meeting agreed.
  if (a.minutes.meta.status === 'draft') return { kind: 'refused', planPath, message: M.draft };
  if (today !== undefined && date > today) return { kind: 'refused', planPath, message: M.future(date) };
  const body = revisionBody(a, planPath);
  const minutesLink = minutesLinkEdit(a, planPath);
  const linked = (msg: string) => (minutesLink ? msg + M.linked(basename(a.minutes.doc.path), minutesLink.link) : msg);
  // A lone revision in a document of its own, to compare what was written with what reads back.
  const alone = (n: number) => parseDocument(planPath, `## ${planText.revisionHeading(n, date)}\n\n${body}\n`);

  if (current === undefined) {
    const head = newPlanHead(a);
    const text = `${head}\n## ${planText.revisionHeading(1, date)}\n\n${body}\n`;
    if (!readsBack(planPath, text, head.length, 1, date, alone(1))) return { kind: 'refused', planPath, message: M.unsafeEnd(name) };
    return { kind: 'create', planPath, text, revision: 1, date, minutesLink, message: linked(M.created(name, 1, date)) };
  }
  const doc = parseDocument(planPath, current);
  if (doc.kind !== 'plan') return { kind: 'refused', planPath, message: M.notPlan(name) };
  const revisions = revisionsOf(doc);
  const later = revisions.filter((r) => r.date !== undefined && r.date > date).at(-1);
  if (later) return { kind: 'refused', planPath, message: M.later(name, later.number, later.date!) };
  const same = revisions.filter((r) => r.date === date).at(-1);
  if (same && comparable(current.slice(same.heading.end, same.end)) === comparable(body)) {
    return { kind: 'unchanged', planPath, revision: same.number, date, minutesLink, message: linked(M.unchanged(name, same.number, date)) };
  }
  const n = revisions.reduce((max, r) => Math.max(max, r.number), 0) + 1;
  const eol = lineBreakOf(current);
  const prefix = current === '' ? '' : /\n\n$|\r\n\r\n$|\r\r$/.test(current) ? '' : /[\r\n]$/.test(current) ? eol : eol + eol;
  const added = `${prefix}## ${planText.revisionHeading(n, date)}${eol}${eol}${body.replace(/\n/g, eol)}${eol}`;
  const text = current + added;
  if (!readsBack(planPath, text, current.length, n, date, alone(n))) return { kind: 'refused', planPath, message: M.unsafeEnd(name) };
  const insert: InsertEdit = { offset: current.length, position: doc.lines.position(current.length), text: added };
  return { kind: 'append', planPath, oldText: current, insert, text, revision: n, date, minutesLink, message: linked(M.appended(name, n, date)) };
}

/**
 * The update, with the plan read through the reader: a plan (or, for a new one, its folder) whose
 * location is outside the root, by its path or through a link, is refused and never read. `today`
 * refuses minutes dated after it (a meeting still to come).
 */
export async function planUpdate(reader: FileReader, a: MinutesAnalysis, root: string, today?: Day): Promise<PlanUpdate> {
  const planPath = planPathOf(a);
  const session = new Session(reader, root);
  const opened = await session.open(planPath);
  if (opened.status === 'outside') return { kind: 'refused', planPath, message: M.outside(basename(planPath)) };
  if (opened.status === 'read') return planUpdateOf(a, planPath, opened.text, today);
  const folder = await session.locate(dirname(planPath));
  if (folder.where === 'outside') return { kind: 'refused', planPath, message: M.outside(basename(planPath)) };
  if (folder.where === 'missing') return { kind: 'refused', planPath, message: M.noFolder(basename(planPath)) };
  return planUpdateOf(a, planPath, undefined, today);
}
