/** The thematic audit (`core-group audit`, "Core Group: Audit workspace"): report headings, measure definitions, file problems. */
export const auditText = {
  title: 'Thematic audit of core group minutes',
  intro: (minutes: number, children: number, folder: string, date: string) =>
    `${plural(minutes, 'set of minutes', 'sets of minutes')} for ${plural(children, 'child', 'children')} in ${folder}, audited on ${date}.`,
  method: 'Every figure is "n of N": n meets the measure out of N counted. Each measure is defined at the end of the report.',
  nOfN: (n: number, N: number, pct: number) => `${n} of ${N} (${pct}%)`,
  noCases: (N: number) => (N === 0 ? '0 of 0 (none to count)' : `0 of ${N}`),
  /** Each measure: its words, whether more is better, whether it is one of the changes the thematic audit wanted to see, what its "not assessable" counts. */
  measures: {
    quality: {
      short: 'Quality standard', label: 'Minutes meeting the quality standard', unit: 'minutes', higherIsBetter: true, impact: false, notAssessableUnit: 'minutes',
      definition: 'n: minutes with no quality finding (dimension Q) at warning or error level; N: all minutes.',
    },
    effective: {
      short: 'Effective', label: 'Core groups driving the plan forward', unit: 'minutes', higherIsBetter: true, impact: true, notAssessableUnit: 'minutes',
      definition: 'n: minutes with no effectiveness finding (dimension E: overdue or drifting actions, actions that are not SMART, outcomes not reviewed or rated, plan not revised) at warning or error level; N: minutes in which the review of previous actions (when actions were open), the revised plan and the progress against the plan were all found; the rest are not assessable.',
    },
    'voice-safety': {
      short: 'Voice and safety', label: "Child's voice and safety analysis recorded", unit: 'minutes', higherIsBetter: true, impact: false, notAssessableUnit: 'minutes',
      definition: "n: minutes with no finding about the child's voice or the analysis of safety (dimension S) at warning or error level; N: all minutes.",
    },
    'first-chair': {
      short: 'First chaired by manager', label: 'First core groups chaired by a manager', unit: 'first core groups', higherIsBetter: true, impact: true, notAssessableUnit: 'minutes',
      definition: 'n: minutes with "meeting: 1" whose chair-role names a manager role (default: manager, head of service); N: minutes with "meeting: 1" that record a chair-role (not assessable: no chair-role; not counted where the procedure lets any member chair).',
    },
    'first-timescale': {
      short: 'First within timescale', label: 'First core groups held within the timescale', unit: 'first core groups', higherIsBetter: true, impact: false, notAssessableUnit: 'minutes',
      definition: 'n: minutes with "meeting: 1" held within the first-meeting timescale of the initial conference (default 10 working days, without weekends and bank holidays); N: minutes with "meeting: 1" and an "icpc:" date (not assessable: no icpc date).',
    },
    'absent-reports': {
      short: 'Absent professionals: report', label: 'Absent professionals who sent a report', unit: 'absent professionals', higherIsBetter: true, impact: false, notAssessableUnit: 'minutes',
      definition: 'n: professionals recorded as absent whose Report cell records a report; N: professionals recorded as absent, counted once in each set of minutes whose attendance was found (not assessable: minutes with no attendance found).',
    },
    'absent-parents': {
      short: 'Absent parents considered', label: 'Absent parents and carers whose involvement was considered', unit: 'absent parents and carers', higherIsBetter: true, impact: true, notAssessableUnit: 'minutes',
      definition: 'n: parents and carers recorded as absent who are named, or whose role is named, in "Parents and carers"; N: parents and carers recorded as absent, counted once in each set of minutes whose attendance was found (not assessable: minutes with no attendance found).',
    },
    shared: {
      short: 'Shared', label: 'Minutes recorded as shared', unit: 'minutes', higherIsBetter: true, impact: true, notAssessableUnit: 'minutes',
      definition: 'n: minutes whose distribution section has a "Date shared:" line (or "Date sent:", "Date circulated:") with a date; N: minutes with a distribution section (not assessable: none found).',
    },
    'actions-reviewed': {
      short: 'Previous actions all reviewed', label: "Minutes reviewing all the previous minutes' actions", unit: 'minutes', higherIsBetter: true, impact: false, notAssessableUnit: 'minutes',
      definition: 'n: minutes that review every action still open from the earlier minutes; N: minutes with actions open from earlier minutes and a review of previous actions found (not assessable: no review section found, or a later meeting whose earlier minutes were not found).',
    },
    'impact-recorded': {
      short: 'Impact of delay recorded', label: 'Minutes recording the impact of delay for every overdue action', unit: 'minutes', higherIsBetter: true, impact: false, notAssessableUnit: 'minutes',
      definition: 'n: minutes recording the impact of the delay on the child for every overdue action; N: minutes with at least one overdue action (not assessable: as for the previous actions).',
    },
    'outcomes-rated': {
      short: 'Outcomes rated', label: 'Minutes rating every outcome of the plan', unit: 'minutes', higherIsBetter: true, impact: true, notAssessableUnit: 'minutes',
      definition: 'n: minutes in which every outcome of the plan is reviewed with a rating (or closed); N: minutes with outcomes in the plan and a progress against the plan found (not assessable: no progress section found).',
    },
    'child-seen': {
      short: 'Child seen recorded', label: 'Minutes recording that the child was seen', unit: 'minutes', higherIsBetter: true, impact: false, notAssessableUnit: 'minutes',
      definition: "n: minutes whose child's voice section records the child was seen (saw, visited, spoke with and the like, not negated); N: minutes with a child's voice section (not assessable: none found).",
    },
    'seen-alone': {
      short: 'Child seen alone recorded', label: 'Minutes recording that the child was seen alone', unit: 'minutes', higherIsBetter: true, impact: false, notAssessableUnit: 'minutes',
      definition: "n: minutes whose child's voice section records the child seen alone (alone, on their own, without parents present, one to one, not negated, in a sentence recording the child seen); N: as for the child seen.",
    },
    'plan-updated': {
      short: 'CP plan updated', label: 'CP plan updated after the meeting', unit: 'minutes', higherIsBetter: true, impact: false, notAssessableUnit: 'minutes',
      definition: 'n: minutes whose linked CP plan file has a revision dated on or after the meeting; N: minutes whose CP plan file keeps revisions (not assessable: no plan file, or a plan file with no revisions yet).',
    },
    'children-overdue': {
      short: 'Children: overdue', label: 'Children with overdue actions', unit: 'children', higherIsBetter: false, impact: false, notAssessableUnit: 'children',
      definition: "n: children whose latest minutes review an action as not done after its due date; N: children (one per child id in a folder), each judged by their latest minutes, where those minutes' review of previous actions was found or not needed (not assessable: not found though actions were open).",
    },
    'children-drift': {
      short: 'Children: drift', label: 'Children with actions in drift', unit: 'children', higherIsBetter: false, impact: false, notAssessableUnit: 'children',
      definition: 'n: children whose latest minutes hold an action overdue there that was already overdue and not done at the meeting before (escalated or not); N: children, as above, whose latest minutes\' earlier minutes were found (not assessable also: a broken link to the earlier minutes, which drift cannot be read without).',
    },
  } as const,
  period: {
    all: 'every date',
    quarter: (first: string, last: string, year: string, label: string) => `${first} to ${last} ${year} (${label})`,
    range: (from: string, to: string) => `${from} to ${to}`,
    since: (from: string) => `from ${from}`,
    until: (to: string) => `up to ${to}`,
    measured: (period: string) => `Period: ${period}. Only minutes whose meeting date falls in it are measured; earlier minutes still serve as the series behind them.`,
    outside: (outside: number, undated: number) =>
      `${plural(outside, 'set of minutes', 'sets of minutes')} outside the period${undated > 0 ? ` and ${plural(undated, 'set', 'sets')} with no valid date` : ''} ${outside + undated === 1 ? 'was' : 'were'} not measured.`,
  },
  drafts: (n: number) => `${plural(n, 'draft was', 'drafts were')} left out of every measure (status: draft, or dated after the audit's date); they are not minutes yet.`,
  notAssessable: (n: number, unit: 'minutes' | 'children') => `${plural(n, unit === 'children' ? 'child' : 'set of minutes', unit === 'children' ? 'children' : 'sets of minutes')} not assessable`,
  compare: {
    notReport: (file: string) => `${file} is not a report saved by core-group audit (save one with --format json), so there is nothing to compare with.`,
    otherSchema: (file: string, found: string, expected: number) =>
      `${file} is an audit report in format ${found}; this version writes and compares format ${expected}. Rerun the earlier audit with this version (same folder, --from/--to for its period) and compare with that.`,
    damaged: (file: string) => `${file} looks like an audit report but its measures cannot be read (edited by hand, or cut short), so it is not compared.`,
    same: 'No change.',
    tooFew: (then: number, now: number) => `Too few to call a change (${then} then, ${now} now).`,
    noneToCount: (then: boolean, now: boolean) => (then && now ? 'Nothing to count then or now.' : then ? 'Nothing to count then.' : 'Nothing to count now.'),
    noClearChange: (p: number) => `No clear change (p ${pValue(p)}).`,
    better: (p: number) => `Better, beyond chance (p ${pValue(p)}).`,
    worse: (p: number) => `Worse, beyond chance (p ${pValue(p)}).`,
    points: (points: number) => `${points > 0 ? '+' : points < 0 ? '−' : '±'}${Math.abs(points)} ${Math.abs(points) === 1 ? 'point' : 'points'}`,
    settingsChanged: (then: readonly string[], now: readonly string[]) =>
      `The two audits read the minutes with different settings (procedure ${then.length === 1 ? 'pack' : 'packs'} ${then.join(', ') || 'not recorded'} then, ${now.join(', ') || 'none'} now, or a .coregroup.json that names other headings, columns, roles or timescales): a change below may come from how the minutes were read, not from practice.`,
    intro: (earlier: string, period: string) => `Compared with the audit of ${earlier}, which covered ${period}. A change is called only where a two-proportion z-test finds it beyond chance (p below 0.05) and every cell expects at least 5 cases.`,
  },
  /** The comparison, trend and vocabulary sections. */
  extra: {
    headings: {
      comparison: 'Then and now',
      trend: (by: 'month' | 'quarter') => (by === 'month' ? 'Month by month' : 'Quarter by quarter'),
      unrecognised: 'Headings and columns this tool did not recognise',
    },
    columns: {
      measure: 'Measure', then: 'Then', now: 'Now', change: 'Change', statement: 'What the counts support', trend: 'Trend',
      heading: 'Heading', column: 'Column', table: 'Table', inMinutes: 'In minutes',
    },
    naShort: (n: number) => `${n} n/a`,
    impactMark: '(impact we want to see)',
    noTrend: 'No dated minutes to show over time.',
    /** `bounded`: the report has a period, which the trend stays within. */
    trendIntro: (minutes: number, periods: number, bounded: boolean, undated = 0) =>
      `${plural(minutes, 'set of minutes', 'sets of minutes')} over ${plural(periods, 'period', 'periods')}, each counted in the period of its meeting date; "n/a": not assessable. The changes the thematic audit wanted to see come first.` +
      (undated > 0 ? ` ${plural(undated, 'set of minutes has', 'sets of minutes have')} no meeting date: counted in the figures above, in no period here.` : '') +
      (bounded ? ' The trend stays within this report\'s period: for the whole folder, audit without a period (in VS Code, "Every date").' : ''),
    unrecognisedIntro:
      'Sections or columns written under these words were not read, so the measures that need them count those minutes as not assessable. Most frequent first. If your template uses them, a .coregroup.json beside the minutes teaches this tool your words.',
    suggested: 'A .coregroup.json to start from (each heading stood where exactly one missing section belongs; each column was the one unread column of a table missing one it needs). Check it before you use it:',
    tableOf: (section: string) => (section === 'previous-actions' ? 'Review of previous actions' : section === 'actions' ? 'Revised plan and actions' : section),
  },
  headings: {
    overall: 'The whole set',
    byArea: 'By area',
    byTeam: 'By team',
    topFindings: 'Most frequent findings',
    children: 'Overdue actions and drift, by child',
    problems: 'Files that could not be audited in full',
    definitions: 'How each figure is counted',
  },
  columns: {
    measure: 'Measure', result: 'Result', area: 'Area', team: 'Team', minutes: 'Minutes', child: 'Child',
    latest: 'Latest minutes', overdue: 'Overdue actions', drift: 'In drift', code: 'Check', findings: 'Findings', files: 'In minutes', what: 'What it means',
  },
  notRecorded: '(not recorded)',
  escalated: 'escalated',
  due: (iso: string) => `due ${iso}`,
  noChildren: 'No child has overdue actions or actions in drift at their latest core group.',
  noFindings: 'No findings: every set of minutes meets every check.',
  moreFiles: (n: number) => `and ${plural(n, 'more file', 'more files')} (all are listed in the JSON output)`,
  problemSubjects: {
    markdown: 'not readable as Markdown', 'front-matter': 'no front matter', yaml: 'front matter is not valid YAML', date: 'no valid meeting date',
    previous: 'previous minutes cannot be read', plan: 'CP plan cannot be read', cycle: 'previous links loop', outside: 'a link leaves the audited folder', config: 'invalid .coregroup.json',
  } as Record<string, string>,
  problems: {
    unreadable: (n: number) => `${plural(n, 'file', 'files')} could not be read`,
    failed: (n: number) => `${plural(n, 'file', 'files')} could not be checked because of an error in this tool (please report it)`,
    'not-minutes': (n: number) => `${plural(n, 'Markdown file is', 'Markdown files are')} not core group minutes (no "type: core-group-minutes") and ${n === 1 ? 'was' : 'were'} not audited`,
    'front-matter': (n: number) => `${plural(n, 'set of minutes has', 'sets of minutes have')} front matter that cannot be read or no valid date, so ${n === 1 ? 'its' : 'their'} date, child, area and team may be unknown`,
    series: (n: number) => `${plural(n, 'set of minutes has', 'sets of minutes have')} a broken link to earlier minutes or to the CP plan`,
    config: (n: number) => `${plural(n, 'set of minutes is', 'sets of minutes are')} governed by an invalid .coregroup.json, so the standard settings applied`,
  },
  footer: (version: string) => `Produced by core-group ${version}. Names, dates and figures come only from the minutes audited; nothing was sent anywhere.`,
};

/** A p value as a reader can take it in, with its sign: "= 0.034", or "< 0.001". */
export function pValue(p: number): string {
  return p < 0.001 ? '< 0.001' : `= ${p.toFixed(3)}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
