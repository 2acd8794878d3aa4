/**
 * The series of one child's minutes: the chain of earlier minutes through `previous` links (or
 * discovery in the same folder), and the CP plan. Links leaving the root are never opened.
 */
import type { Day } from './dates';
import type { Minutes } from './minutes';
import { planOutcomes } from './minutes';
import { basename, dirname, isInside, join, resolveLink } from './paths';
import type { ParsedDoc } from './parse/model';
import type { Reader } from './read/reader';
import type { Workspace } from './workspace';
import { seriesProblems } from './messages/series';

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

export async function resolveSeries(ws: Workspace, current: Minutes, root: string, matcher: Reader, today?: Day): Promise<Series> {
  const problems: SeriesProblem[] = [];
  const previous = await resolveChain(ws, current, root, matcher, problems, today);
  const plan = await resolvePlan(ws, current, previous, root, problems);
  let outcomes: PlanOutcome[] = [];
  let outcomesFrom: Series['outcomesFrom'] = 'none';
  if (plan) {
    outcomes = planOutcomes(plan.doc);
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

async function resolveChain(ws: Workspace, current: Minutes, root: string, matcher: Reader, problems: SeriesProblem[], today: Day | undefined): Promise<Minutes[]> {
  const chain: Minutes[] = [];
  const visited = new Set<string>([current.doc.path]);
  let cur = current;
  while (chain.length < MAX_CHAIN) {
    const isCurrent = cur === current;
    const link = cur.meta.previous;
    let next: Minutes | undefined;
    if (link !== undefined) {
      const target = resolveLink(cur.doc.path, link);
      if (!isInside(root, target)) {
        if (isCurrent) problems.push({ subject: 'outside', key: 'previous', message: seriesProblems.outside('previous', link) });
        break;
      }
      if (visited.has(target)) {
        problems.push({ subject: 'cycle', key: 'previous', message: seriesProblems.cycle(basename(target)) });
        break;
      }
      const doc = await ws.load(target);
      if (!doc || doc.kind !== 'minutes') {
        if (isCurrent) problems.push({ subject: 'previous', key: 'previous', message: doc ? seriesProblems.notMinutes(link) : seriesProblems.unreadable('previous', link) });
        break;
      }
      next = ws.minutesOf(doc, matcher);
    } else {
      next = await discoverPrevious(ws, cur, visited, matcher, today);
      if (!next) break;
    }
    visited.add(next.doc.path);
    chain.push(next);
    cur = next;
  }
  return chain;
}

/** Drafts (`status: draft`, or dated after today) are not minutes yet (real-minutes.md, principle 9). */
export function isDraft(m: Pick<Minutes, 'meta'>, today: Day | undefined): boolean {
  return m.meta.status === 'draft' || (today !== undefined && m.meta.date !== undefined && m.meta.date > today);
}

/** The latest other minutes in the same folder, for the same child, with an earlier date; drafts left out. */
async function discoverPrevious(ws: Workspace, cur: Minutes, visited: Set<string>, matcher: Reader, today: Day | undefined): Promise<Minutes | undefined> {
  const { child, date } = cur.meta;
  if (!child || date === undefined) return undefined;
  const folder = dirname(cur.doc.path);
  const names = (await ws.reader.listFiles(folder)) ?? [];
  let best: Minutes | undefined;
  let bestName = '';
  for (const name of names) {
    if (!name.toLowerCase().endsWith('.md')) continue;
    const path = join(folder, name);
    if (visited.has(path)) continue;
    const doc = await ws.load(path);
    if (!doc || doc.kind !== 'minutes') continue;
    const m = ws.minutesOf(doc, matcher);
    if (m.meta.child !== child || m.meta.date === undefined || m.meta.date >= date || isDraft(m, today)) continue;
    const bestDate = best?.meta.date ?? -Infinity;
    if (!best || m.meta.date > bestDate || (m.meta.date === bestDate && name > bestName)) {
      best = m;
      bestName = name;
    }
  }
  return best;
}

async function resolvePlan(ws: Workspace, current: Minutes, previous: Minutes[], root: string, problems: SeriesProblem[]): Promise<{ path: string; doc: ParsedDoc } | undefined> {
  const link = current.meta.plan;
  if (link !== undefined) {
    const target = resolveLink(current.doc.path, link);
    if (!isInside(root, target)) {
      problems.push({ subject: 'outside', key: 'plan', message: seriesProblems.outside('plan', link) });
      return undefined;
    }
    const doc = await ws.load(target);
    if (!doc) {
      problems.push({ subject: 'plan', key: 'plan', message: seriesProblems.unreadable('plan', link) });
      return undefined;
    }
    return { path: target, doc };
  }
  // No link of its own: the plan named by the nearest earlier minutes, when it can be read.
  for (const m of previous) {
    if (m.meta.plan === undefined) continue;
    const target = resolveLink(m.doc.path, m.meta.plan);
    if (!isInside(root, target)) return undefined;
    const doc = await ws.load(target);
    return doc ? { path: target, doc } : undefined;
  }
  return undefined;
}
