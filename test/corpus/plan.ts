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
  brokenLink: number; // previous: names a missing file, never on the latest meeting (CG003, Q)
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
}

export const DEFAULT_RATES: Rates = {
  chairNotManager: 0.75, contingencyMissing: 0.1, untracked: 0.12, brokenLink: 0.03, notDone: 0.3, noImpact: 0.35, escalated: 0.4,
  noOwner: 0.06, noRating: 0.08, noActions: 0.04, voiceEmpty: 0.08, safetyMissing: 0.06, notShared: 0.2, professionalAbsent: 0.25,
  reportSent: 0.6, parentAbsent: 0.3, parentConsidered: 0.5, strayBadYaml: 0.04, notes: 0.06,
};

export interface CorpusOptions {
  children: number;
  meetings: number;
  seed: number;
  rates?: Partial<Rates>;
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

export function planCorpus(opts: CorpusOptions): ChildPlan[] {
  const r = rng(opts.seed);
  const rates: Rates = { ...DEFAULT_RATES, ...opts.rates };
  const chance = (p: number) => r() < p;
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
    // ICPC on a weekday; the first core group a week later (5 working days at most, well within 10).
    let icpc = addDays('2026-01-05', Math.floor(r() * 180));
    while ([0, 6].includes(new Date(icpc + 'T00:00:00Z').getUTCDay())) icpc = addDays(icpc, 1);
    const plan: ChildPlan = { folder, child, area, team, icpc, meetings: [] };
    let nextId = 1;
    let open: { action: ActionPlan; wasNotDone: boolean }[] = [];
    for (let k = 1; k <= opts.meetings; k++) {
      const date = addDays(icpc, 7 + 28 * (k - 1));
      const sw = person(1, 'Social Worker', 'professional');
      const chairIsManager = k === 1 && !chance(rates.chairNotManager);
      const chair = k > 1 ? sw : chairIsManager ? person(0, 'Team Manager', 'professional') : person(0, pick(['Senior Practitioner', 'Social Worker']), 'professional');
      const people = [...(chair === sw ? [] : [chair]), sw];
      for (const [i, role] of [[2, 'Mother'], [3, 'Father']] as const) {
        const p = person(i, role, 'parent');
        p.attended = !chance(rates.parentAbsent);
        if (!p.attended) p.considered = chance(rates.parentConsidered);
        people.push(p);
      }
      for (const [i, role] of [[4, 'Health Visitor'], [5, 'Class Teacher'], [6, 'School Nurse']] as const) {
        const p = person(i, role, 'professional');
        p.attended = !chance(rates.professionalAbsent);
        if (!p.attended) {
          p.reportSent = chance(rates.reportSent);
          p.report = p.reportSent ? `Report received ${addDays(date, -1).split('-').reverse().join('/')}` : pick(NO_REPORT);
        }
        people.push(p);
      }
      const brokenLink = k > 1 && k < opts.meetings && chance(rates.brokenLink);
      const prevDate = addDays(date, -28);
      const m: MeetingPlan = {
        k, date, file: `${folder}/${date}-core-group.md`,
        previous: k === 1 ? undefined : brokenLink ? `./${prevDate}-core-group-draft.md` : `./${prevDate}-core-group.md`,
        brokenLink, chair, chairIsManager, people, reviews: [], untracked: [], actions: [], noActions: false,
        contingencyMissing: chance(rates.contingencyMissing), voiceEmpty: chance(rates.voiceEmpty), safetyMissing: chance(rates.safetyMissing),
        notShared: chance(rates.notShared), noRating: chance(rates.noRating),
      };
      // Every open action is reviewed, except one left out now and then. It stays open (real-minutes.md,
      // principle 8), overdue and not done at this meeting, so it is in drift at the next if still not done;
      // unless this meeting's link is broken, which hides it from the next meeting's series.
      let skipped: typeof open = [];
      if (open.length > 0 && chance(rates.untracked)) skipped = open.splice(Math.floor(r() * open.length), 1);
      m.untracked = skipped.map((o) => o.action);
      const stillOpen: typeof open = [];
      for (const o of open) {
        const done = !chance(rates.notDone);
        const impact = done || chance(rates.noImpact) ? '' : 'The child waits longer for this support.';
        const drift = !done && o.wasNotDone;
        m.reviews.push({ action: o.action, done, impact, drift, escalated: drift && chance(rates.escalated) });
        if (!done) stillOpen.push({ action: o.action, wasNotDone: true });
      }
      m.noActions = chance(rates.noActions);
      const owners = [sw, ...people.filter((p) => p.role !== 'Social Worker' && p !== chair)];
      const count = m.noActions ? 0 : 2 + Math.floor(r() * 2);
      for (let a = 0; a < count; a++) {
        const owner = chance(rates.noOwner) ? '' : pick(owners).name;
        m.actions.push({ id: `A${nextId++}`, wording: pick(WORDING), outcome: pick(['O1', 'O2']), owner, due: addDays(date, 14) });
      }
      open = [...m.actions.map((action) => ({ action, wasNotDone: false })), ...stillOpen, ...(brokenLink ? [] : skipped.map((o) => ({ action: o.action, wasNotDone: true })))];
      plan.meetings.push(m);
    }
    if (chance(rates.strayBadYaml)) plan.stray = `${folder}/draft-core-group.md`;
    if (chance(rates.notes)) plan.notes = `${folder}/notes.md`;
    children.push(plan);
  }
  return children;
}
