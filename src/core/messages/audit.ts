/** The thematic audit (`core-group audit`, "Core Group: Audit workspace"): report headings, measure definitions, file problems. */
export const auditText = {
  title: 'Thematic audit of core group minutes',
  intro: (minutes: number, children: number, folder: string, date: string) =>
    `${plural(minutes, 'set of minutes', 'sets of minutes')} for ${plural(children, 'child', 'children')} in ${folder}, audited on ${date}.`,
  method: 'Every figure is "n of N": n meets the measure out of N counted. Each measure is defined at the end of the report.',
  nOfN: (n: number, N: number, pct: number) => `${n} of ${N} (${pct}%)`,
  noCases: (N: number) => (N === 0 ? '0 of 0 (none to count)' : `0 of ${N}`),
  measures: {
    quality: {
      short: 'Quality standard', label: 'Minutes meeting the quality standard', unit: 'minutes', higherIsBetter: true,
      definition: 'n: minutes with no quality finding (dimension Q) at warning or error level; N: all minutes.',
    },
    effective: {
      short: 'Effective', label: 'Core groups driving the plan forward', unit: 'minutes', higherIsBetter: true,
      definition: 'n: minutes with no effectiveness finding (dimension E: overdue or drifting actions, actions that are not SMART, outcomes not reviewed or rated, plan not revised) at warning or error level; N: all minutes.',
    },
    'voice-safety': {
      short: 'Voice and safety', label: "Child's voice and safety analysis recorded", unit: 'minutes', higherIsBetter: true,
      definition: "n: minutes with no finding about the child's voice or the analysis of safety (dimension S) at warning or error level; N: all minutes.",
    },
    'first-chair': {
      short: 'First chaired by manager', label: 'First core groups chaired by a manager', unit: 'first core groups', higherIsBetter: true,
      definition: 'n: minutes with "meeting: 1" whose chair-role names a manager role (default: manager, head of service); N: all minutes with "meeting: 1".',
    },
    'absent-reports': {
      short: 'Absent professionals: report', label: 'Absent professionals who sent a report', unit: 'absent professionals', higherIsBetter: true,
      definition: 'n: professionals recorded as absent whose Report cell records a report; N: professionals recorded as absent, counted once in each set of minutes.',
    },
    'absent-parents': {
      short: 'Absent parents considered', label: 'Absent parents and carers whose involvement was considered', unit: 'absent parents and carers', higherIsBetter: true,
      definition: 'n: parents and carers recorded as absent who are named, or whose role is named, in "Parents and carers"; N: parents and carers recorded as absent, counted once in each set of minutes.',
    },
    shared: {
      short: 'Shared', label: 'Minutes recorded as shared', unit: 'minutes', higherIsBetter: true,
      definition: 'n: minutes whose distribution section has a "Date shared:" line with a date; N: all minutes.',
    },
    'children-overdue': {
      short: 'Children: overdue', label: 'Children with overdue actions', unit: 'children', higherIsBetter: false,
      definition: "n: children whose latest minutes review an action as not done after its due date; N: children (one per child id in a folder), each judged by their latest minutes.",
    },
    'children-drift': {
      short: 'Children: drift', label: 'Children with actions in drift', unit: 'children', higherIsBetter: false,
      definition: 'n: children whose latest minutes hold an action overdue there that was already overdue and not done at the meeting before (escalated or not); N: children, as above.',
    },
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
  /** The command line's audit messages (moving to ./cli.ts with the rest of the command line's words). */
  cli: {
    noFolder: 'name one folder of minutes to audit, for example: core-group audit minutes/',
    oneFolder: 'name only one folder to audit',
    notFolder: (given: string) => `"${given}" is not a folder`,
    badFormat: (format: string) => `unknown format "${format}" (use html, md or json)`,
    badJobs: (value: string) => `--jobs must be a whole number of threads (1 or 0: no worker threads), not "${value}"`,
    noMinutes: (folder: string, markdown: number, unreadable: number) =>
      `no core group minutes found in ${folder}` +
      (markdown === 0 ? ' (no Markdown files at all)' : ` (${plural(markdown, 'Markdown file', 'Markdown files')}, none with "type: core-group-minutes" in the front matter${unreadable > 0 ? `; ${plural(unreadable, 'file', 'files')} could not be read` : ''})`),
    wrote: (out: string, minutes: number, analysed: number, cached: number, seconds: string) =>
      `Wrote the audit of ${plural(minutes, 'set of minutes', 'sets of minutes')} to ${out} (${analysed} analysed, ${cached} unchanged since the last run) in ${seconds} s.`,
    cacheIgnored: (file: string) => `The cache ${file} could not be used and will be rebuilt.`,
  },
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
