/**
 * The text of the revision that a meeting's minutes make of the CP plan (docs/plan-file.md): the
 * outcomes with their latest rating and evidence, every action still open with its owner and due
 * date, and the contingency plan. What is copied from the minutes is copied as written, with only
 * the escapes that keep it inside its own part of the plan (a heading, a code fence or an HTML block
 * started by a copied line would swallow what follows).
 */
import { dueOf, openActionsAfter, originOf } from '../actions';
import type { MinutesAnalysis } from '../analyse';
import { toIso, toLong } from '../dates';
import { planText as T } from '../messages/plan';
import { ActionItem, sectionText } from '../minutes';
import { basename, dirname, relative } from '../paths';
import type { Rating } from '../read/outcomes';
import { tableCell, tableHead } from '../template-tables';

export const PLAN_ACTIONS_HEADER: readonly string[] = ['ID', 'Action', 'Outcome', 'Owner', 'Due', 'Status'];

const RATING: Record<Rating, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

/** One line of copied text that starts no block of its own: a leading block marker is escaped. */
function inline(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return /^(?:[#>+*=|<~`_-]|\d{1,9}[.)])/.test(t) ? '\\' + t : t;
}

/** Copied Markdown (the contingency plan): lists and paragraphs kept, but no heading, fence, HTML block or setext line. */
export function copiedBlock(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => (/^\s{0,3}(?:#|`{3,}|~{3,}|<|(?:=+|-+)\s*$)/.test(l) ? l.replace(/^(\s*)/, '$1\\') : l.replace(/\s+$/, '')))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A link from the plan to the minutes, as a relative URL (each segment percent-encoded). */
export function linkTo(fromFile: string, toFile: string): string {
  const rel = relative(dirname(fromFile), toFile).split('/').map((s) => (s === '..' || s === '.' ? s : encodeURIComponent(s))).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

interface OutcomeEntry {
  id: string;
  title: string;
  rating?: Rating;
  closed: boolean;
  evidence: string;
}

function outcomesOf(a: MinutesAnalysis): OutcomeEntry[] {
  const m = a.minutes;
  const titles = new Map<string, string>();
  for (const o of a.series.outcomes) titles.set(o.id, o.title);
  for (const o of m.outcomes) if (!titles.get(o.id)) titles.set(o.id, o.title);
  return [...titles]
    .sort((x, y) => +x[0].slice(1) - +y[0].slice(1))
    .map(([id, title]) => {
      const here = m.outcomes.find((o) => o.id === id);
      if (here) return { id, title, rating: here.rating, closed: here.closed, evidence: here.evidence || T.noEvidence };
      const before = a.series.previous.find((p) => p.outcomes.some((o) => o.id === id && o.rating));
      const rating = before?.outcomes.find((o) => o.id === id)?.rating;
      const when = before?.meta.date !== undefined ? ` The rating is from the core group of ${toLong(before.meta.date)}.` : '';
      return { id, title, rating, closed: false, evidence: T.notReviewed + (rating ? when : '') };
    });
}

function actionRow(a: MinutesAnalysis, x: ActionItem): string[] {
  const m = a.minutes;
  const isNew = m.actions.includes(x);
  const review = m.reviews.find((r): boolean => r === x);
  const day = isNew ? (x.due.kind === 'date' ? x.due.day : undefined) : dueOf(a, x);
  const outcome = x.outcome || originOf(a, x)?.action.outcome || '';
  const status = isNew ? 'new' : review ? review.status : 'not reviewed';
  return [x.id ?? '', x.wording, outcome, x.owner, day !== undefined ? toLong(day) : x.dueText, T.status(status)].map(tableCell);
}

/** The body of the revision (everything under its heading), as LF-separated lines. */
export function revisionBody(a: MinutesAnalysis, planPath: string): string {
  const m = a.minutes;
  const out: string[] = [T.madeFrom(m.meta.meeting, linkTo(planPath, m.doc.path), basename(m.doc.path).replace(/([[\]\\])/g, '\\$1')), ''];
  out.push(`### ${T.outcomes}`, '');
  const outcomes = outcomesOf(a);
  if (outcomes.length === 0) out.push(T.noOutcomes, '');
  for (const o of outcomes) {
    const title = inline(o.title);
    out.push(`#### ${o.id}${title ? ' ' + title : ''}`, '', `Progress: ${o.closed ? T.closed : o.rating ? RATING[o.rating] : T.notRated}`, '', inline(o.evidence), '');
  }
  out.push(`### ${T.actions}`, '');
  const open = openActionsAfter(a);
  if (open.length === 0) out.push(T.noActions, '');
  else out.push(...tableHead(PLAN_ACTIONS_HEADER), ...open.map((x) => `| ${actionRow(a, x).join(' | ')} |`), '');
  out.push(`### ${T.contingency}`, '');
  out.push(copiedBlock(sectionText(m.doc, m.byId.get('contingency'))) || T.noContingency);
  return out.join('\n');
}

function yamlValue(v: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .'/-]*$/u.test(v) ? v : JSON.stringify(v);
}

/** The opening of a plan file the update creates (front matter, title, a sentence on the layout). */
export function newPlanHead(a: MinutesAnalysis): string {
  const meta = a.minutes.meta;
  const icpc = meta.icpc ?? [...a.series.previous].reverse().find((p) => p.meta.icpc !== undefined)?.meta.icpc;
  return [
    '---',
    'type: cp-plan',
    ...(meta.child ? [`child: ${yamlValue(meta.child)}`] : []),
    ...(icpc !== undefined ? [`icpc: ${toIso(icpc)}`] : []),
    '---',
    '',
    `# ${T.newPlanTitle(meta.child).replace(/</g, '&lt;')}`,
    '',
    T.newPlanIntro,
    '',
  ].join('\n');
}
