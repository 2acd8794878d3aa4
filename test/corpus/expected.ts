/**
 * The figures the audit must report for a planned corpus, worked out from the plan alone (what was
 * planted where), following the definitions in checks.md and the audit's one-line definitions.
 */
import type { ChildPlan, MeetingPlan } from './plan';

export interface Figure {
  n: number;
  N: number;
}

export type Figures = Record<
  'quality' | 'effective' | 'voice-safety' | 'first-chair' | 'absent-reports' | 'absent-parents' | 'shared' | 'children-overdue' | 'children-drift',
  Figure
>;

export interface ExpectedAudit {
  files: { markdown: number; minutes: number; children: number; notMinutes: number; frontMatter: number; series: number; unreadable: number };
  overall: Figures;
  byArea: { name: string | null; minutes: number; measures: Figures }[];
  byTeam: { name: string | null; minutes: number; measures: Figures }[];
  /** Children whose latest minutes hold overdue actions or drift, by latest file. */
  children: { latest: string; overdue: string[]; drift: string[] }[];
  /** Findings per check code (one per subject per file). */
  findings: Record<string, number>;
}

/** One audited minutes file as the plan sees it. */
interface Item {
  area: string | null;
  team: string | null;
  q: boolean;
  e: boolean;
  s: boolean;
  firstChair?: boolean;
  profs: Figure;
  parents: Figure;
  shared: boolean;
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
  add('CG001', (m.contingencyMissing ? 1 : 0) + (m.safetyMissing ? 1 : 0));
  add('CG002', m.voiceEmpty ? 1 : 0);
  add('CG003', m.brokenLink ? 1 : 0);
  add('CG010', untracked);
  add('CG012', overdueNoImpact);
  add('CG013', driftNotNamed);
  add('CG020', noOwner);
  add('CG032', chairFault ? 1 : 0);
  add('CG041', m.noRating ? 1 : 0);
  add('CG042', m.noActions ? 1 : 0);
  add('CG060', m.notShared ? 1 : 0);
  const absentProfs = m.people.filter((p) => p.kind === 'professional' && !p.attended);
  const absentParents = m.people.filter((p) => p.kind === 'parent' && !p.attended);
  add('CG030', absentProfs.filter((p) => !p.reportSent).length);
  add('CG031', absentParents.filter((p) => !p.considered).length);
  return {
    area: c.area,
    team: c.team,
    q: !(m.contingencyMissing || untracked > 0 || chairFault || m.brokenLink),
    e: !(overdueNoImpact > 0 || driftNotNamed > 0 || noOwner > 0 || m.noRating || m.noActions),
    s: !(m.voiceEmpty || m.safetyMissing),
    firstChair: m.k === 1 ? m.chairIsManager : undefined,
    profs: { n: absentProfs.filter((p) => p.reportSent).length, N: absentProfs.length },
    parents: { n: absentParents.filter((p) => p.considered).length, N: absentParents.length },
    shared: !m.notShared,
  };
}

const count = <T>(xs: T[], f: (x: T) => boolean): number => xs.filter(f).length;
const total = <T>(xs: T[], f: (x: T) => number): number => xs.reduce((a, x) => a + f(x), 0);

function figures(items: Item[], kids: ChildPlan[]): Figures {
  const first = items.filter((i) => i.firstChair !== undefined);
  const latest = (c: ChildPlan) => c.meetings[c.meetings.length - 1];
  return {
    quality: { n: count(items, (i) => i.q), N: items.length },
    effective: { n: count(items, (i) => i.e), N: items.length },
    'voice-safety': { n: count(items, (i) => i.s), N: items.length },
    'first-chair': { n: count(first, (i) => i.firstChair === true), N: first.length },
    'absent-reports': { n: total(items, (i) => i.profs.n), N: total(items, (i) => i.profs.N) },
    'absent-parents': { n: total(items, (i) => i.parents.n), N: total(items, (i) => i.parents.N) },
    shared: { n: count(items, (i) => i.shared), N: items.length },
    'children-overdue': { n: count(kids, (c) => latest(c).reviews.some((r) => !r.done)), N: kids.length },
    'children-drift': { n: count(kids, (c) => latest(c).reviews.some((r) => r.drift)), N: kids.length },
  };
}

function groups(items: Item[], kids: ChildPlan[], key: (x: { area: string | null; team: string | null }) => string | null) {
  const names = [...new Set(items.map(key))].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'en-GB', { numeric: true })));
  return names.map((name) => {
    const mine = items.filter((i) => key(i) === name);
    return { name, minutes: mine.length, measures: figures(mine, kids.filter((c) => key(c) === name)) };
  });
}

export function expectedAudit(children: ChildPlan[]): ExpectedAudit {
  const findings: Record<string, number> = {};
  const items: Item[] = [];
  let strays = 0;
  let notes = 0;
  for (const c of children) {
    for (const m of c.meetings) items.push(itemOf(c, m, findings));
    if (c.stray) {
      strays++;
      findings.CG003 = (findings.CG003 ?? 0) + 1;
      findings.CG001 = (findings.CG001 ?? 0) + STRAY_MISSING_SECTIONS;
      items.push({ area: null, team: null, q: false, e: true, s: false, profs: { n: 0, N: 0 }, parents: { n: 0, N: 0 }, shared: false });
    }
    if (c.notes) notes++;
  }
  const kids = children.filter((c) => c.meetings.length > 0);
  const meetings = total(children, (c) => c.meetings.length);
  return {
    files: {
      markdown: 1 + meetings + strays + notes,
      minutes: meetings + strays,
      children: kids.length,
      notMinutes: 1 + notes,
      frontMatter: strays,
      series: total(children, (c) => count(c.meetings, (m) => m.brokenLink)),
      unreadable: 0,
    },
    overall: figures(items, kids),
    byArea: groups(items, kids, (x) => x.area),
    byTeam: groups(items, kids, (x) => x.team),
    children: kids
      .map((c) => {
        const m = c.meetings[c.meetings.length - 1];
        return { latest: m.file, overdue: m.reviews.filter((r) => !r.done).map((r) => r.action.id), drift: m.reviews.filter((r) => r.drift).map((r) => r.action.id) };
      })
      .filter((c) => c.overdue.length > 0 || c.drift.length > 0)
      .sort((a, b) => (a.latest < b.latest ? -1 : 1)),
    findings,
  };
}
