/**
 * The series of one child's minutes: the chain of earlier minutes through `previous` links (or
 * discovery in the same folder, from the workspace's folder index), and the CP plan. Links leaving
 * the root, by their text or through a symbolic link, are never opened.
 */
import type { Day } from './dates';
import type { Minutes } from './minutes';
import { planOutcomes } from './minutes';
import { basename, dirname, isInside, resolveLink } from './paths';
import type { ParsedDoc } from './parse/model';
import type { Session } from './session';
import type { Reader } from './read/reader';
import type { Workspace } from './workspace';
import { seriesProblems } from './messages/series';
import { accessMessages } from './messages/access';

export const MAX_CHAIN = 50;

export type SeriesProblemSubject = 'previous' | 'plan' | 'outside' | 'cycle';

export interface SeriesProblem {
  subject: SeriesProblemSubject;
  /** The front matter key the problem is about, for its range. */
  key: 'previous' | 'plan';
  message: string;
}

export interface PlanOutcome {
  id: string;
  title: string;
}

export interface Series {
  /** Earlier minutes, newest first: previous[0] is the meeting before the current one. */
  previous: Minutes[];
  plan?: { path: string; doc: ParsedDoc };
  outcomes: PlanOutcome[];
  outcomesFrom: 'plan' | 'previous' | 'none';
  problems: SeriesProblem[];
}

export async function resolveSeries(ws: Workspace, session: Session, current: Minutes, matcher: Reader, today?: Day): Promise<Series> {
  const problems: SeriesProblem[] = [];
  const previous = await resolveChain(ws, session, current, matcher, problems, today);
  const plan = await resolvePlan(ws, session, current, previous, problems);
  let outcomes: PlanOutcome[] = [];
  let outcomesFrom: Series['outcomesFrom'] = 'none';
  if (plan) {
    outcomes = planOutcomes(plan.doc, { before: current.meta.date, lexicon: matcher.lexicon });
    outcomesFrom = 'plan';
  } else if (previous[0]) {
    outcomes = outcomesBefore(previous);
    outcomesFrom = 'previous';
  }
  return { previous, plan, outcomes, outcomesFrom, problems };
}

/**
 * The plan's outcomes from the minutes alone (real-minutes.md, principle 8): an outcome set at any
 * earlier meeting (reviewed there, or named by an action) stays in the plan until the minutes close it.
 */
export function outcomesBefore(previous: readonly Minutes[]): PlanOutcome[] {
  const open = new Map<string, PlanOutcome>();
  for (let i = previous.length - 1; i >= 0; i--) {
    const m = previous[i];
    for (const o of m.outcomes) {
      if (o.closed) open.delete(o.id);
      else open.set(o.id, { id: o.id, title: o.title || open.get(o.id)?.title || '' });
    }
    for (const a of m.actions) {
      for (const id of a.outcomeIds) if (!open.has(id) && !m.outcomes.some((o) => o.id === id && o.closed)) open.set(id, { id, title: '' });
    }
  }
  return [...open.values()].sort((a, b) => +a.id.slice(1) - +b.id.slice(1));
}

/** Drafts (`status: draft`, or dated after today) are not minutes yet (real-minutes.md, principle 9). */
export function isDraft(m: Pick<Minutes, 'meta'>, today: Day | undefined): boolean {
  return m.meta.status === 'draft' || (today !== undefined && m.meta.date !== undefined && m.meta.date > today);
}

function outside(key: 'previous' | 'plan', link: string, byLink: boolean): SeriesProblem {
  return { subject: 'outside', key, message: byLink ? accessMessages.linkLeavesByLink(key, link) : seriesProblems.outside(key, link) };
}

async function resolveChain(ws: Workspace, session: Session, current: Minutes, matcher: Reader, problems: SeriesProblem[], today: Day | undefined): Promise<Minutes[]> {
  const chain: Minutes[] = [];
  const visited = new Set<string>([current.doc.path]);
  let cur = current;
  while (chain.length < MAX_CHAIN) {
    const isCurrent = cur === current;
    const link = cur.meta.previous;
    let next: Minutes | undefined;
    if (link !== undefined) {
      const target = resolveLink(cur.doc.path, link);
      if (!isInside(session.root, target)) {
        if (isCurrent) problems.push(outside('previous', link, false));
        break;
      }
      if (visited.has(target)) {
        problems.push({ subject: 'cycle', key: 'previous', message: seriesProblems.cycle(basename(target)) });
        break;
      }
      const loaded = await ws.open(session, target);
      if (loaded.status === 'outside') {
        if (isCurrent) problems.push(outside('previous', link, loaded.byLink));
        break;
      }
      const doc = loaded.status === 'read' ? loaded.doc : undefined;
      if (!doc || doc.kind !== 'minutes') {
        if (isCurrent) problems.push({ subject: 'previous', key: 'previous', message: doc ? seriesProblems.notMinutes(link) : seriesProblems.unreadable('previous', link) });
        break;
      }
      next = ws.minutesOf(doc, matcher);
    } else {
      next = await discoverPrevious(ws, session, cur, visited, matcher, today);
      if (!next) break;
    }
    visited.add(next.doc.path);
    chain.push(next);
    cur = next;
  }
  return chain;
}

/**
 * The latest other minutes in the same folder, for the same child, with an earlier date (on a tie,
 * the file name that sorts last), from the folder's index: no file is read twice. Drafts are left out.
 */
async function discoverPrevious(ws: Workspace, session: Session, cur: Minutes, visited: Set<string>, matcher: Reader, today: Day | undefined): Promise<Minutes | undefined> {
  const { child, date } = cur.meta;
  if (!child || date === undefined) return undefined;
  let best: ParsedDoc | undefined;
  let bestDate = -Infinity;
  for (const doc of await ws.minutesIn(session, dirname(cur.doc.path), visited)) {
    const meta = ws.metaOf(doc);
    // The index's per-file meta (child, date, status) is all discovery reads.
    if (meta.child !== child || meta.date === undefined || meta.date >= date || isDraft({ meta }, today)) continue;
    if (!best || meta.date > bestDate || (meta.date === bestDate && basename(doc.path) > basename(best.path))) {
      best = doc;
      bestDate = meta.date;
    }
  }
  return best && ws.minutesOf(best, matcher);
}

async function resolvePlan(ws: Workspace, session: Session, current: Minutes, previous: Minutes[], problems: SeriesProblem[]): Promise<{ path: string; doc: ParsedDoc } | undefined> {
  const link = current.meta.plan;
  if (link !== undefined) {
    const target = resolveLink(current.doc.path, link);
    const loaded = await ws.open(session, target);
    if (loaded.status === 'outside') {
      problems.push(outside('plan', link, loaded.byLink));
      return undefined;
    }
    if (loaded.status !== 'read') {
      problems.push({ subject: 'plan', key: 'plan', message: seriesProblems.unreadable('plan', link) });
      return undefined;
    }
    return { path: target, doc: loaded.doc };
  }
  // No link of its own: the plan named by the nearest earlier minutes, when it can be read.
  for (const m of previous) {
    if (m.meta.plan === undefined) continue;
    const target = resolveLink(m.doc.path, m.meta.plan);
    const loaded = await ws.open(session, target);
    return loaded.status === 'read' ? { path: target, doc: loaded.doc } : undefined;
  }
  return undefined;
}
