/**
 * The seeded plan of a fictional corpus: children, their meetings, who attended, which actions were
 * set and reviewed, and which faults were planted where. Rendering (./render.ts) and the expected
 * figures (./expected.ts) both read this plan; neither uses the analyser, so the figures are an
 * independent account of what the audit must find. All names are invented.
 */

export interface Rates {
  chairNotManager: number; // meeting 1 chaired by a non-manager (CG032, Q)
  contingencyMissing: number; // section left out (CG001, Q)
  untracked: number; // one open action not reviewed (CG010, Q)
  brokenLink: number; // previous: names a missing file, never on the latest meeting of a series (CG003, Q); the latest in a period may have one (drift is then not assessable)
  notDone: number; // a reviewed action is still not done (overdue)
  noImpact: number; // an overdue action without its impact on the child (CG012, E)
  escalated: number; // an action in drift named under escalation (else CG013, E)
  noOwner: number; // a new action without an owner (CG020, E)
  noRating: number; // O2 reviewed without a rating (CG041, E)
  noActions: number; // the revised plan sets no action (CG042, E)
  voiceEmpty: number; // the child's voice holds only a prompt (CG002, S)
  safetyMissing: number; // no analysis of safety (CG001, S)
  notShared: number; // no "Date shared:" (CG060, information)
  professionalAbsent: number;
  reportSent: number;
  parentAbsent: number;
  parentConsidered: number;
  strayBadYaml: number; // per child: an extra file whose front matter is invalid YAML
  notes: number; // per child: a Markdown file that is not minutes
  firstLate: number; // the first core group 21 days after the ICPC (CG033, E)
  seenWithParent: number; // the child's voice records the child seen, but with a parent (not alone)
  reviewUnrecognised: number; // the review is written under a heading nobody knows (CG001, CG010 for every open action; not assessable)
  draftNext: number; // per child: a draft of the next meeting (status: draft), left out of the audit
}

export const DEFAULT_RATES: Rates = {
  chairNotManager: 0.75, contingencyMissing: 0.1, untracked: 0.12, brokenLink: 0.03, notDone: 0.3, noImpact: 0.35, escalated: 0.4,
  noOwner: 0.06, noRating: 0.08, noActions: 0.04, voiceEmpty: 0.08, safetyMissing: 0.06, notShared: 0.2, professionalAbsent: 0.25,
  reportSent: 0.6, parentAbsent: 0.3, parentConsidered: 0.5, strayBadYaml: 0.04, notes: 0.06,
  firstLate: 0.15, seenWithParent: 0.3, reviewUnrecognised: 0.05, draftNext: 0.1,
};

/** A seeded improvement (`npm run corpus -- --months 12 --improving`): from these rates at the start... */
export const IMPROVING_FROM: Partial<Rates> = { notShared: 0.5, chairNotManager: 0.85, parentConsidered: 0.3, noImpact: 0.6, seenWithParent: 0.5 };
/** ...to these at the end of the months: more minutes shared, more managers chairing, more absent parents considered, more impact recorded, more children seen alone. */
export const IMPROVING_TO: Partial<Rates> = { notShared: 0.05, chairNotManager: 0.2, parentConsidered: 0.9, noImpact: 0.1, seenWithParent: 0.05 };

/** The heading the review is written under when it is not recognised (an invented one no pack knows). */
export const UNKNOWN_REVIEW_HEADING = 'Carry-over list';

export interface CorpusOptions {
  children: number;
  meetings: number;
  seed: number;
  rates?: Partial<Rates>;
  /**
   * Spread the series over this many months from `start` (every meeting falls inside them); without
   * it, ICPCs fall over 180 days from 5 January 2026, as before.
   */
  months?: number;
  /** ISO date the months start on (default 2026-01-05; a Monday). */
  start?: string;
  /** Rates reached at the end of the months: each moves in a straight line from `rates` at the start, by the meeting's date (a seeded improvement). */
  improve?: Partial<Rates>;
}

export interface Person {
  name: string;
  first: string;
  role: string;
  kind: 'professional' | 'parent';
  attended: boolean;
  /** Absent professionals: the Report cell. */
  report: string;
  reportSent: boolean;
  /** Absent parents: named in "Parents and carers". */
  considered: boolean;
}

export interface ActionPlan {
  id: string;
  wording: string;
  outcome: string;
  owner: string;
  due: string;
}

export interface ReviewPlan {
  action: ActionPlan;
  done: boolean;
  impact: string;
  /** Not done now and reviewed as not done at the previous meeting. */
  drift: boolean;
  escalated: boolean;
}

export interface MeetingPlan {
  k: number;
  date: string;
  file: string;
  previous?: string;
  brokenLink: boolean;
  chair: Person;
  chairIsManager: boolean;
  people: Person[];
  reviews: ReviewPlan[];
  untracked: ActionPlan[];
  actions: ActionPlan[];
  noActions: boolean;
  contingencyMissing: boolean;
  voiceEmpty: boolean;
  safetyMissing: boolean;
  notShared: boolean;
  noRating: boolean;
  firstLate: boolean;
  seenWithParent: boolean;
  /** The review was written under UNKNOWN_REVIEW_HEADING: its rows are not read, so every open action is untracked. */
  reviewUnrecognised: boolean;
  /** Actions the analyser sees open from the earlier minutes (0 when this meeting's link is broken). */
  openCount: number;
}

export interface ChildPlan {
  folder: string;
  child: string;
  area: string;
  team: string;
  icpc: string;
  meetings: MeetingPlan[];
  stray?: string;
  notes?: string;
  /** A draft of the next meeting, dated 28 days after the last. */
  draft?: { file: string; date: string };
}

const FIRST = ['Kerry', 'Dean', 'Aisha', 'Tomas', 'Priya', 'Owen', 'Lena', 'Marcus', 'Freya', 'Idris', 'Nadia', 'Callum', 'Rosa', 'Yusuf', 'Bethan', 'Kieran', 'Maya', 'Niall', 'Sana', 'Ewan'];
const LAST = ['Ashdown', 'Brackley', 'Colvin', 'Dunmore', 'Elwood', 'Fenwick', 'Garside', 'Holloway', 'Ingram', 'Jessop', 'Kirkham', 'Lowther', 'Marchant', 'Northey', 'Oakridge', 'Pennock', 'Quarrie', 'Rudd', 'Stannard', 'Tolley'];
export const AREAS = ['Ashvale', 'Brookmere', 'Cranford', 'Dunmoor'];
const WORDING = [
  'Refer to the family support service', 'Home visit to see the children together', 'Complete a health assessment',
  'Arrange a school attendance meeting', 'Share the safety plan with the wider family', 'Attend the parenting course',
  'Register the children with a GP', 'Arrange a dental check', 'Complete the domestic abuse risk assessment', 'Review the sleeping arrangements',
];
const NO_REPORT = ['', 'None', 'Not received', '-'];

/** mulberry32: small, fast and the same everywhere for the same seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: readonly T[], r: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function addDays(iso: string, n: number): string {
  const d = new Date(Date.parse(iso + 'T00:00:00Z') + n * 86400000);
  return d.toISOString().slice(0, 10);
}

const DAY = 86400000;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY;

export function planCorpus(opts: CorpusOptions): ChildPlan[] {
  const r = rng(opts.seed);
  const base: Rates = { ...DEFAULT_RATES, ...opts.rates };
  const start = opts.start ?? '2026-01-05';
  const seriesDays = 7 + 28 * (opts.meetings - 1);
  const end = opts.months === undefined ? undefined : addMonths(start, opts.months);
  const spread = end === undefined ? 180 : Math.max(1, days(start, end) - seriesDays - 7);
  /** The rate of a fault at a date: `base`, moving in a straight line to `improve` by the end of the months. */
  const rate = (k: keyof Rates, date: string): number => {
    const to = opts.improve?.[k];
    if (to === undefined || end === undefined) return base[k];
    const t = Math.min(1, Math.max(0, days(start, date) / days(start, end)));
    return base[k] + (to - base[k]) * t;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const children: ChildPlan[] = [];
  for (let c = 0; c < opts.children; c++) {
    // Everyone around one child has a different first name and surname, so "named in the parents section" is unambiguous.
    const firsts = shuffle(FIRST, r).slice(0, 8);
    const lasts = shuffle(LAST, r).slice(0, 8);
    const person = (i: number, role: string, kind: Person['kind']): Person => ({
      name: `${firsts[i]} ${lasts[i]}`, first: firsts[i], role, kind, attended: true, report: '', reportSent: false, considered: false,
    });
    const area = pick(AREAS);
    const team = `${area} Family Safeguarding ${1 + Math.floor(r() * 2)}`;
    const child = `${firsts[7][0]}.${lasts[7][0]}.`;
    const folder = `${area.toLowerCase()}/${child.replace(/\./g, '').toLowerCase()}-${String(c + 1).padStart(4, '0')}`;
    // ICPC on a weekday; the first core group a week later (5 working days at most, well within 10), or 21 days (late).
    let icpc = addDays(start, Math.floor(r() * spread));
    while ([0, 6].includes(new Date(icpc + 'T00:00:00Z').getUTCDay())) icpc = addDays(icpc, 1);
    const plan: ChildPlan = { folder, child, area, team, icpc, meetings: [] };
    const firstLate = r() < rate('firstLate', icpc);
    let nextId = 1;
    let open: { action: ActionPlan; wasNotDone: boolean }[] = [];
    for (let k = 1; k <= opts.meetings; k++) {
      const date = k === 1 && firstLate ? addDays(icpc, 21) : addDays(icpc, 7 + 28 * (k - 1));
      const chance = (key: keyof Rates) => r() < rate(key, date);
      const sw = person(1, 'Social Worker', 'professional');
      const chairIsManager = k === 1 && !chance('chairNotManager');
      const chair = k > 1 ? sw : chairIsManager ? person(0, 'Team Manager', 'professional') : person(0, pick(['Senior Practitioner', 'Social Worker']), 'professional');
      const people = [...(chair === sw ? [] : [chair]), sw];
      for (const [i, role] of [[2, 'Mother'], [3, 'Father']] as const) {
        const p = person(i, role, 'parent');
        p.attended = !chance('parentAbsent');
        if (!p.attended) p.considered = chance('parentConsidered');
        people.push(p);
      }
      for (const [i, role] of [[4, 'Health Visitor'], [5, 'Class Teacher'], [6, 'School Nurse']] as const) {
        const p = person(i, role, 'professional');
        p.attended = !chance('professionalAbsent');
        if (!p.attended) {
          p.reportSent = chance('reportSent');
          p.report = p.reportSent ? `Report received ${addDays(date, -1).split('-').reverse().join('/')}` : pick(NO_REPORT);
        }
        people.push(p);
      }
      const brokenLink = k > 1 && k < opts.meetings && chance('brokenLink');
      const prevDate = k === 2 && firstLate ? addDays(icpc, 21) : addDays(date, -28);
      const m: MeetingPlan = {
        k, date, file: `${folder}/${date}-core-group.md`,
        previous: k === 1 ? undefined : brokenLink ? `./${prevDate}-core-group-draft.md` : `./${prevDate}-core-group.md`,
        brokenLink, chair, chairIsManager, people, reviews: [], untracked: [], actions: [], noActions: false,
        contingencyMissing: chance('contingencyMissing'), voiceEmpty: chance('voiceEmpty'), safetyMissing: chance('safetyMissing'),
        notShared: chance('notShared'), noRating: chance('noRating'), firstLate: k === 1 && firstLate, seenWithParent: chance('seenWithParent'),
        reviewUnrecognised: false, openCount: brokenLink ? 0 : open.length,
      };
      // Every open action is reviewed, except one left out now and then. It stays open (real-minutes.md,
      // principle 8), overdue and not done at this meeting, so it is in drift at the next if still not done;
      // unless this meeting's link is broken, which hides it from the next meeting's series. A review written
      // under a heading nobody knows is not read at all: every open action is then left out.
      let skipped: typeof open = [];
      const hidden = open.length > 0 && !brokenLink && chance('reviewUnrecognised');
      if (hidden) {
        m.reviewUnrecognised = true;
        skipped = open.splice(0);
      } else if (open.length > 0 && chance('untracked')) skipped = open.splice(Math.floor(r() * open.length), 1);
      m.untracked = skipped.map((o) => o.action);
      const stillOpen: typeof open = [];
      for (const o of open) {
        const done = !chance('notDone');
        const impact = done || chance('noImpact') ? '' : 'The child waits longer for this support.';
        const drift = !done && o.wasNotDone;
        m.reviews.push({ action: o.action, done, impact, drift, escalated: drift && chance('escalated') });
        if (!done) stillOpen.push({ action: o.action, wasNotDone: true });
      }
      m.noActions = chance('noActions');
      const owners = [sw, ...people.filter((p) => p.role !== 'Social Worker' && p !== chair)];
      const count = m.noActions ? 0 : 2 + Math.floor(r() * 2);
      // Due before the next meeting: a week after a late first meeting (the next is 14 days on), else a fortnight.
      const due = addDays(date, m.firstLate ? 7 : 14);
      for (let a = 0; a < count; a++) {
        const owner = chance('noOwner') ? '' : pick(owners).name;
        m.actions.push({ id: `A${nextId++}`, wording: pick(WORDING), outcome: pick(['O1', 'O2']), owner, due });
      }
      open = [...m.actions.map((action) => ({ action, wasNotDone: false })), ...stillOpen, ...(brokenLink ? [] : skipped.map((o) => ({ action: o.action, wasNotDone: true })))];
      plan.meetings.push(m);
    }
    const at = plan.meetings[0].date;
    if (r() < rate('strayBadYaml', at)) plan.stray = `${folder}/draft-core-group.md`;
    if (r() < rate('notes', at)) plan.notes = `${folder}/notes.md`;
    if (r() < rate('draftNext', at)) {
      const date = addDays(plan.meetings[plan.meetings.length - 1].date, 28);
      plan.draft = { file: `${folder}/${date}-core-group-next.md`, date };
    }
    children.push(plan);
  }
  return children;
}

/** The same day `n` months on (clamped to the month's last day). */
export function addMonths(iso: string, n: number): string {
  const y = +iso.slice(0, 4);
  const m = +iso.slice(5, 7) - 1 + n;
  const d = new Date(Date.UTC(y + Math.floor(m / 12), ((m % 12) + 12) % 12, 1));
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), Math.min(+iso.slice(8, 10), last))).toISOString().slice(0, 10);
}
