/**
 * The series of one child's minutes: the chain of earlier minutes through `previous` links (or
 * discovery in the same folder), and the CP plan. Links leaving the root are never opened.
 */
import type { Minutes } from './minutes';
import { planOutcomes } from './minutes';
import { basename, dirname, isInside, join, resolveLink } from './paths';
import type { ParsedDoc } from './parse/model';
import type { SectionMatcher } from './template';
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

export async function resolveSeries(ws: Workspace, current: Minutes, root: string, matcher: SectionMatcher): Promise<Series> {
  const problems: SeriesProblem[] = [];
  const previous = await resolveChain(ws, current, root, matcher, problems);
  const plan = await resolvePlan(ws, current, previous, root, problems);
  let outcomes: PlanOutcome[] = [];
  let outcomesFrom: Series['outcomesFrom'] = 'none';
  if (plan) {
    outcomes = planOutcomes(plan.doc);
    outcomesFrom = 'plan';
  } else if (previous[0]) {
    outcomes = outcomesFromMinutes(previous[0]);
    outcomesFrom = 'previous';
  }
  return { previous, plan, outcomes, outcomesFrom, problems };
}

function outcomesFromMinutes(m: Minutes): PlanOutcome[] {
  const out: PlanOutcome[] = m.outcomes.map((o) => ({ id: o.id, title: o.title }));
  for (const a of m.actions) {
    for (const id of a.outcome.match(/\bO\d+\b/gi) ?? []) {
      const up = id.toUpperCase();
      if (!out.some((o) => o.id === up)) out.push({ id: up, title: '' });
    }
  }
  return out;
}

async function resolveChain(ws: Workspace, current: Minutes, root: string, matcher: SectionMatcher, problems: SeriesProblem[]): Promise<Minutes[]> {
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
      next = await discoverPrevious(ws, cur, visited, matcher);
      if (!next) break;
    }
    visited.add(next.doc.path);
    chain.push(next);
    cur = next;
  }
  return chain;
}

/** The latest other minutes in the same folder, for the same child, with an earlier date. */
async function discoverPrevious(ws: Workspace, cur: Minutes, visited: Set<string>, matcher: SectionMatcher): Promise<Minutes | undefined> {
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
    if (m.meta.child !== child || m.meta.date === undefined || m.meta.date >= date) continue;
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
