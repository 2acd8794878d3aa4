/**
 * The figures the audit must report for a planned corpus, worked out from the plan alone (what was
 * planted where), following the definitions in checks.md and the audit's one-line definitions:
 * for every date, for any period (only the meetings dated in it; each child judged by their latest
 * meeting in it), and month by month or quarter by quarter.
 */
import type { ChildPlan, MeetingPlan } from './plan';

/** n of N, and how many were not assessable (the data the measure needs was not found). */
export interface Figure {
  n: number;
  N: number;
  na: number;
}

export const MEASURES = [
  'quality', 'effective', 'voice-safety', 'first-chair', 'first-timescale', 'absent-reports', 'absent-parents', 'shared',
  'actions-reviewed', 'impact-recorded', 'outcomes-rated', 'child-seen', 'seen-alone', 'plan-updated', 'children-overdue', 'children-drift',
] as const;
export type Figures = Record<(typeof MEASURES)[number], Figure>;

export interface GroupFigures {
  name: string | null;
  minutes: number;
  measures: Figures;
}

export interface ExpectedPeriod {
  minutes: number;
  children: number;
  overall: Figures;
  byArea: GroupFigures[];
  byTeam: GroupFigures[];
  /** Children whose latest minutes hold overdue actions or drift, by latest file. */
  childRows: { latest: string; overdue: string[]; drift: string[] }[];
}

export interface ExpectedAudit extends ExpectedPeriod {
  files: { markdown: number; minutes: number; children: number; notMinutes: number; frontMatter: number; series: number; unreadable: number; drafts: number };
  /** Findings per check code (one per subject per file), drafts left out. */
  findings: Record<string, number>;
}

/** One audited minutes file as the plan sees it; `applies`/`known`/`meets` per measure that needs more than the file. */
interface Item {
  area: string | null;
  team: string | null;
  date?: string;
  q: boolean;
  e?: boolean; // undefined: not assessable
  s: boolean;
  firstChair?: boolean;
  firstInTime?: boolean;
  people?: { profs: { n: number; N: number }; parents: { n: number; N: number } };
  shared?: boolean;
  reviewed?: boolean | null; // undefined: does not apply; null: not assessable
  impact?: boolean | null;
  rated?: boolean | null;
  seen?: { seen: boolean; alone: boolean };
}

/** The stray file: invalid YAML, no sections: CG003 and CG001 for each of the 10 sections required without a series. */
const STRAY_MISSING_SECTIONS = 10;

function itemOf(c: ChildPlan, m: MeetingPlan, findings: Record<string, number>): Item {
  const add = (code: string, n = 1) => {
    if (n > 0) findings[code] = (findings[code] ?? 0) + n;
  };
  const untracked = m.brokenLink ? 0 : m.untracked.length; // a broken link hides the previous minutes
  const overdueNoImpact = m.reviews.filter((r) => !r.done && r.impact === '').length;
  const driftNotNamed = m.brokenLink ? 0 : m.reviews.filter((r) => r.drift && !r.escalated).length;
  const noOwner = m.actions.filter((a) => a.owner === '').length;
  const chairFault = m.k === 1 && !m.chairIsManager;
  add('CG001', (m.contingencyMissing ? 1 : 0) + (m.safetyMissing ? 1 : 0) + (m.reviewUnrecognised ? 1 : 0));
  add('CG002', m.voiceEmpty ? 1 : 0);
  add('CG003', m.brokenLink ? 1 : 0);
  add('CG010', untracked);
  add('CG012', overdueNoImpact);
  add('CG013', driftNotNamed);
  add('CG020', noOwner);
  add('CG032', chairFault ? 1 : 0);
  add('CG033', m.firstLate ? 1 : 0);
  add('CG041', m.noRating ? 1 : 0);
  add('CG042', m.noActions ? 1 : 0);
  add('CG060', m.notShared ? 1 : 0);
  const absentProfs = m.people.filter((p) => p.kind === 'professional' && !p.attended);
  const absentParents = m.people.filter((p) => p.kind === 'parent' && !p.attended);
  add('CG030', absentProfs.filter((p) => !p.reportSent).length);
  add('CG031', absentParents.filter((p) => !p.considered).length);
  const hidden = m.reviewUnrecognised;
  const overdue = m.reviews.some((r) => !r.done);
  return {
    area: c.area, team: c.team, date: m.date,
    q: !(m.contingencyMissing || untracked > 0 || chairFault || m.brokenLink || hidden),
    e: hidden ? undefined : !(overdueNoImpact > 0 || driftNotNamed > 0 || noOwner > 0 || m.noRating || m.noActions || m.firstLate),
    s: !(m.voiceEmpty || m.safetyMissing),
    firstChair: m.k === 1 ? m.chairIsManager : undefined,
    firstInTime: m.k === 1 ? !m.firstLate : undefined,
    people: {
      profs: { n: absentProfs.filter((p) => p.reportSent).length, N: absentProfs.length },
      parents: { n: absentParents.filter((p) => p.considered).length, N: absentParents.length },
    },
    shared: !m.notShared,
    reviewed: m.openCount > 0 ? (hidden ? null : untracked === 0) : undefined,
    impact: hidden ? null : overdue ? overdueNoImpact === 0 : undefined,
    rated: !m.noRating,
    seen: { seen: !m.voiceEmpty, alone: !m.voiceEmpty && !m.seenWithParent },
  };
}

const STRAY = (): Item => ({ area: null, team: null, q: false, s: false });

const count = <T>(xs: readonly T[], f: (x: T) => boolean): number => xs.filter(f).length;
const total = <T>(xs: readonly T[], f: (x: T) => number): number => xs.reduce((a, x) => a + f(x), 0);

/** n of N over the items where the value is known, na where it is null (or the item lacks what it needs). */
function over<T>(items: readonly Item[], value: (i: Item) => T | null | undefined, meets: (v: T) => boolean, appliesWhenMissing = false): Figure {
  let n = 0;
  let N = 0;
  let na = 0;
  for (const i of items) {
    const v = value(i);
    if (v === null || (v === undefined && appliesWhenMissing)) na++;
    else if (v !== undefined) {
      N++;
      if (meets(v)) n++;
    }
  }
  return { n, N, na };
}

type Kid = { latest: MeetingPlan };

function figures(items: Item[], kids: Kid[]): Figures {
  const withPeople = items.filter((i) => i.people);
  const people = (f: (p: NonNullable<Item['people']>) => { n: number; N: number }): Figure =>
    ({ n: total(withPeople, (i) => f(i.people!).n), N: total(withPeople, (i) => f(i.people!).N), na: items.length - withPeople.length });
  const known = kids.filter((k) => !k.latest.reviewUnrecognised);
  const kidsFig = (f: (m: MeetingPlan) => boolean, of = known): Figure => ({ n: count(of, (k) => f(k.latest)), N: of.length, na: kids.length - of.length });
  // Drift needs the meeting before: through a broken link (a child's latest minutes within a period may have one) it is not assessable.
  const driftKnown = known.filter((k) => !k.latest.brokenLink);
  return {
    quality: { n: count(items, (i) => i.q), N: items.length, na: 0 },
    effective: over(items, (i) => i.e, (v) => v, true),
    'voice-safety': { n: count(items, (i) => i.s), N: items.length, na: 0 },
    'first-chair': over(items, (i) => i.firstChair, (v) => v),
    'first-timescale': over(items, (i) => i.firstInTime, (v) => v),
    'absent-reports': people((p) => p.profs),
    'absent-parents': people((p) => p.parents),
    shared: over(items, (i) => i.shared, (v) => v, true),
    'actions-reviewed': over(items, (i) => i.reviewed, (v) => v),
    'impact-recorded': over(items, (i) => i.impact, (v) => v),
    'outcomes-rated': over(items, (i) => i.rated, (v) => v, true),
    'child-seen': over(items, (i) => i.seen, (v) => v.seen, true),
    'seen-alone': over(items, (i) => i.seen, (v) => v.alone, true),
    // No CP plan file in the corpus: never assessable, never a pass.
    'plan-updated': { n: 0, N: 0, na: items.length },
    'children-overdue': kidsFig((m) => m.reviews.some((r) => !r.done)),
    'children-drift': kidsFig((m) => m.reviews.some((r) => r.drift), driftKnown),
  };
}

const byName = (a: string | null, b: string | null) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'en-GB', { numeric: true }));

function groups(items: Item[], kids: (Kid & { area: string; team: string })[], key: (x: { area: string | null; team: string | null }) => string | null, names?: (string | null)[]): GroupFigures[] {
  return (names ?? [...new Set(items.map(key))].sort(byName)).map((name) => {
    const mine = items.filter((i) => key(i) === name);
    return { name, minutes: mine.length, measures: figures(mine, kids.filter((c) => key(c) === name)) };
  });
}

export interface PeriodBounds {
  from: string;
  to: string;
}

/** Every item of the corpus (strays without a date), with the findings counted as a side effect. */
function itemsOf(children: ChildPlan[], findings: Record<string, number> = {}): { items: Item[]; meetingOf: Map<Item, MeetingPlan> } {
  const items: Item[] = [];
  const meetingOf = new Map<Item, MeetingPlan>();
  for (const c of children) {
    for (const m of c.meetings) {
      const it = itemOf(c, m, findings);
      items.push(it);
      meetingOf.set(it, m);
    }
    if (c.stray) {
      findings.CG003 = (findings.CG003 ?? 0) + 1;
      findings.CG001 = (findings.CG001 ?? 0) + STRAY_MISSING_SECTIONS;
      items.push(STRAY());
    }
  }
  return { items, meetingOf };
}

/** The figures for the meetings dated in `bounds` (every item, strays included, without bounds). */
export function expectedFor(children: ChildPlan[], bounds?: PeriodBounds, names?: { areas: (string | null)[]; teams: (string | null)[] }): ExpectedPeriod {
  const inside = (d: string | undefined) => bounds === undefined || (d !== undefined && d >= bounds.from && d <= bounds.to);
  const items = itemsOf(children).items.filter((i) => inside(i.date));
  const kids = children
    .map((c) => ({ c, ms: c.meetings.filter((m) => inside(m.date)) }))
    .filter((x) => x.ms.length > 0)
    .map(({ c, ms }) => ({ latest: ms[ms.length - 1], area: c.area, team: c.team }));
  return {
    minutes: items.length,
    children: kids.length,
    overall: figures(items, kids),
    byArea: groups(items, kids, (x) => x.area, names?.areas),
    byTeam: groups(items, kids, (x) => x.team, names?.teams),
    childRows: kids
      .map(({ latest: m }) => ({ latest: m.file, overdue: m.reviews.filter((r) => !r.done).map((r) => r.action.id), drift: m.brokenLink ? [] : m.reviews.filter((r) => r.drift).map((r) => r.action.id) }))
      .filter((c) => c.overdue.length > 0 || c.drift.length > 0)
      .sort((a, b) => (a.latest < b.latest ? -1 : 1)),
  };
}

export function expectedAudit(children: ChildPlan[]): ExpectedAudit {
  const findings: Record<string, number> = {};
  itemsOf(children, findings);
  const meetings = total(children, (c) => c.meetings.length);
  const strays = count(children, (c) => c.stray !== undefined);
  const notes = count(children, (c) => c.notes !== undefined);
  const drafts = count(children, (c) => c.draft !== undefined);
  const all = expectedFor(children);
  return {
    ...all,
    files: {
      markdown: 1 + meetings + strays + notes + drafts,
      minutes: meetings + strays,
      children: all.children,
      notMinutes: 1 + notes,
      frontMatter: strays,
      series: total(children, (c) => count(c.meetings, (m) => m.brokenLink)),
      unreadable: 0,
      drafts,
    },
    findings,
  };
}
