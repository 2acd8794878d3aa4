/**
 * The CP plan's revision history for the plan progress panel: for each revision (newest first), which
 * meeting made it and what it changed from the revision before (or from the plan as first agreed):
 * outcomes added, closed or re-rated, actions added and actions no longer open.
 */
import type { MinutesAnalysis } from '../analyse';
import type { L10n } from '../l10n';
import { panelLabelWords, historyWords, panelWords } from '../messages/panel';
import type { OutcomeReview } from '../read/outcomes';
import { baseOutcomes, PlanRevision, readRevision, revisionsOf } from '../plan/revisions';
import type { RevisionView } from './model';

const name = (o: { id: string; title: string }) => `${o.id}${o.title ? ' ' + o.title : ''}`;

function changes(rev: PlanRevision, before: { outcomes: OutcomeReview[] | { id: string; title: string }[]; actions: string[] }, l10n: L10n): string[] {
  const T = historyWords(l10n);
  const labels = panelLabelWords(l10n);
  const RATING: Record<string, string> = { red: labels.red, amber: labels.amber, green: labels.green };
  const out: string[] = [];
  const prior = new Map<string, { rating?: string; closed?: boolean }>(before.outcomes.map((o) => [o.id, o as { rating?: string; closed?: boolean }]));
  for (const o of rev.outcomes) {
    const was = prior.get(o.id);
    if (o.closed) {
      if (!was?.closed) out.push(T.closed(name(o)));
    } else if (!was || was.closed) out.push(T.added(name(o), o.rating && RATING[o.rating]));
    else if (o.rating && o.rating !== was.rating) out.push(was.rating ? T.reRated(o.id, RATING[was.rating], RATING[o.rating]) : T.rated(o.id, RATING[o.rating]));
  }
  const ids = (xs: { id?: string; wording: string }[]) => xs.map((x) => x.id ?? x.wording);
  const now = ids(rev.actions);
  const added = now.filter((x) => !before.actions.includes(x));
  const gone = before.actions.filter((x) => !now.includes(x));
  if (added.length) out.push(T.actionsAdded(added));
  if (gone.length) out.push(T.actionsGone(gone));
  return out.length ? out : [T.noChange];
}

/** The plan file's revisions, newest first, with what each changed; empty for a plan without revisions (or no plan). */
export function planHistory(a: MinutesAnalysis, l10n: L10n): RevisionView[] {
  const plan = a.series.plan;
  if (!plan) return [];
  const doc = plan.doc;
  const lex = a.minutes.lexicon;
  let before: { outcomes: OutcomeReview[] | { id: string; title: string }[]; actions: string[] } = { outcomes: baseOutcomes(doc), actions: [] };
  const T = historyWords(l10n);
  const views: RevisionView[] = [];
  for (const head of revisionsOf(doc)) {
    const rev = readRevision(doc, head, lex);
    const title = rev.title ? T.revisionTitled(rev.number, rev.title) : T.revision(rev.number);
    const list = changes(rev, before, l10n);
    views.push({
      title,
      date: rev.date !== undefined ? panelWords(l10n).date(rev.date) : undefined,
      changes: list,
      ariaLabel: T.aria(title, list.join('. ')),
      location: { path: plan.path, line: doc.lines.position(rev.heading.start).line },
    });
    before = { outcomes: rev.outcomes.filter((o) => !o.closed), actions: rev.actions.map((x) => x.id ?? x.wording) };
  }
  return views.reverse();
}
