/**
 * Every sentence a practitioner reads: finding messages, fix titles, prompts. Plain UK English that
 * names the thing concerned and says, in a few words, why it matters.
 */
import { toLong, Day } from './dates';

const WHY_SECTION: Record<string, string> = {
  attendance: 'Without it, nobody can see who attended, who sent apologies and whose reports are missing.',
  'previous-actions': 'Each action from the last meeting needs a review, or the plan cannot move forward.',
  'child-voice': 'The minutes must show who saw the child, and what the child said or showed.',
  parents: "Each parent's involvement, and how an absent parent was followed up, must be recorded.",
  updates: 'New information since the last meeting should be recorded.',
  'plan-progress': 'Without it, nobody can tell whether the child protection plan is working.',
  safety: 'The core group needs to weigh the worries against what is working well to judge how safe the child is.',
  actions: 'The plan should be revised at every core group, with clear actions.',
  escalation: 'Drift and delay need to be named and escalated.',
  contingency: 'Everyone needs to know what will happen if the plan does not bring change.',
  'next-meeting': 'A set date for the next core group keeps the plan on track.',
  distribution: 'Minutes should be recorded as shared with, and agreed by, the family and the network.',
};

export const PROMPTS: Record<string, string> = {
  attendance: 'Record who attended, their role, and for anyone absent whether a report was received.',
  'previous-actions': 'Review every action from the last meeting: status, update, and the impact on the child of any delay.',
  'child-voice': 'Record who saw the child, when, whether alone, and what the child said or showed.',
  parents: 'Record each parent or carer: attended or not; for an absent parent, how their views were sought.',
  updates: 'Record new information from each agency since the last meeting.',
  'plan-progress': 'Add one "### O1 ..." subsection per outcome, each with a Progress: Red, Amber or Green line and the evidence.',
  safety: 'What are we worried about? What is working well? What needs to happen? Safety scale: ?/10',
  actions: 'Set SMART actions: ID, action, outcome, owner and a due date.',
  escalation: 'Record any drift or delay, how it was escalated and to whom.',
  contingency: 'Record what will happen if the plan does not achieve change.',
  'next-meeting': 'Record the date, time and place of the next core group.',
  distribution: 'Record who the minutes were shared with, the date, and who agreed them.',
};

export function promptFor(id: string, title: string): string {
  return `<!-- ${PROMPTS[id] ?? `Record the ${title.toLowerCase()} here.`} -->`;
}

const dated = (day: Day | undefined) => (day === undefined ? 'the last meeting' : `the minutes of ${toLong(day)}`);

export const messages = {
  internalError: (check: string, error: string) => `The ${check} check could not run on this file (${error}). Please report it.`,
  missingSection: (id: string, title: string) =>
    `The "${title}" section is missing. ${WHY_SECTION[id] ?? "Your service's template requires it."}`,
  emptySection: (id: string, title: string) =>
    `The "${title}" section is empty. ${WHY_SECTION[id] ?? 'Record what was discussed, or why it was not.'}`,
  frontMatter: {
    none: 'These minutes have no front matter (the block between --- lines at the top), so the meeting date, the child and the earlier minutes are unknown.',
    yaml: (detail: string) => `The front matter cannot be read: ${detail} Until it is fixed, the meeting date, number and earlier minutes are unknown.`,
    noDate: 'The front matter has no meeting date (date: YYYY-MM-DD). Without it, overdue actions and timescales cannot be checked.',
    badDate: (raw: string) => `"${raw}" is not a date this tool can read. Write the meeting date as YYYY-MM-DD (for example 2026-11-20) so timescales can be checked.`,
    config: (file: string, problem: string) => `The settings file ${file} cannot be used, so the standard settings apply: ${problem}`,
    parse: 'This file could not be read as Markdown, so it was not checked.',
    dateNotText: 'The meeting date is written as a list or a set of keys, not a date. Write it as YYYY-MM-DD (for example 2026-11-20) so timescales can be checked.',
    utf16: 'This file is saved as UTF-16 (which Windows may call "Unicode"), so this tool cannot read it and nothing in it was checked. Save it as UTF-8 (in VS Code: click the encoding in the status bar, then "Save with Encoding") and check it again.',
    tooLarge: (line: number) =>
      `These minutes hold more structure than this tool reads in one go (thousands of tables, list items, link definitions or very short lines), so nothing from line ${line} on was read or checked. Remove what was pasted in by mistake, or split the minutes.`,
    /** The YAML library's errors, by code, in our words (its own messages are never shown). */
    yamlFaults: {
      fault: (what: string, line: number) => `${what} (line ${line}).`,
      duplicateKey: (key: string, line: number) => `"${key}" is given twice (again on line ${line}), so it is not clear which is meant.`,
      notKeyValues: 'The front matter is not a list of "key: value" lines.',
      codes: {
        ALIAS_PROPS: 'an alias (*name) has a tag or an anchor of its own',
        BAD_ALIAS: 'an alias (*name) refers to nothing defined before it',
        BAD_DIRECTIVE: 'a line starting with % is not understood',
        BAD_DQ_ESCAPE: 'a backslash inside double quotes is not followed by something YAML knows',
        BAD_INDENT: 'a line is indented wrongly',
        BAD_PROP_ORDER: 'an anchor (&) or tag (!) is in the wrong place',
        BAD_SCALAR_START: 'a value starts with a character YAML keeps for itself (such as @, ` or %); put the value in quotes',
        BLOCK_AS_IMPLICIT_KEY: 'a nested block is used as a key',
        BLOCK_IN_FLOW: 'a nested block is inside [ ] or { }',
        IMPOSSIBLE: 'it is not valid YAML',
        KEY_OVER_1024_CHARS: 'a key is longer than 1,024 characters',
        MISSING_CHAR: 'a closing quote or bracket is missing',
        MULTILINE_IMPLICIT_KEY: 'a key runs over more than one line (is a ":" or a quote missing?)',
        MULTIPLE_ANCHORS: 'a value has two anchors (&)',
        MULTIPLE_DOCS: 'it holds more than one YAML document',
        MULTIPLE_TAGS: 'a value has two tags (!)',
        NON_STRING_KEY: 'a key is not text',
        RESOURCE_EXHAUSTION: 'its aliases (*name) repeat each other so often that reading them would take too long',
        TAB_AS_INDENT: 'a line is indented with a tab, and YAML needs spaces',
        TAG_RESOLVE_FAILED: 'a value with a tag (!!) cannot be read as that tag says',
        UNEXPECTED_TOKEN: 'there is something YAML does not expect there, such as a stray ":", quote or bracket',
        BAD_COLLECTION_TYPE: 'a tag (!!) does not fit its value',
        other: 'it is not valid YAML',
      } as Record<string, string>,
    },
  },
  series: {
    outside: (key: string, link: string) => `The ${key === 'plan' ? 'CP plan' : 'previous minutes'} link "${link}" points outside the workspace folder, so it was not opened.`,
    cycle: (name: string) => `The chain of previous minutes loops back to ${name}, so the earlier meetings cannot be followed. Check each file's "previous:" link.`,
    unreadable: (key: string, link: string) =>
      key === 'plan'
        ? `The CP plan "${link}" cannot be found or read, so outcomes are taken from the previous minutes instead.`
        : `The previous minutes "${link}" cannot be found or read, so the actions set there cannot be checked.`,
    notMinutes: (link: string) => `"${link}" is not core group minutes (its front matter has no "type: core-group-minutes"), so the actions set there cannot be checked.`,
  },
  untracked: (subject: string, wording: string, setOn: Day | undefined) =>
    `Action ${describe(subject, wording)} from ${dated(setOn)} is not reviewed. Every action needs a status, or drift goes unnoticed.`,
  reviewWithoutStatus: (subject: string, text: string) =>
    text
      ? `Action ${subject} has the status "${text}", which is not one this tool recognises (Done, In progress, Not started, Carried forward, No longer needed). A clear status shows whether the plan is moving.`
      : `Action ${subject} has no status. A clear status shows whether the plan is moving.`,
  overdueWithoutImpact: (subject: string, due: Day) =>
    `Action ${subject} was due on ${toLong(due)} and is not done, but the impact of the delay on the child is not recorded.`,
  drift: (subject: string, due: Day) =>
    `Action ${subject} (due ${toLong(due)}) was overdue at the last meeting and still is. This is drift: name it in "Drift, delay and escalation" and say how it is being escalated.`,
  notSmart: (subject: string, problems: string[]) =>
    `Action ${subject} ${problems.join(' and ')}. An action needs a named owner and a measurable date, or nobody can tell when it has slipped.`,
  notSmartParts: {
    owner: 'has no owner',
    due: 'has no due date',
    unmeasurable: (text: string) => `has a timescale ("${text}") that cannot be measured`,
  },
  noOutcome: (subject: string) => `Action ${subject} is not linked to an outcome of the plan, so it is unclear which part of the plan it moves forward.`,
  duplicateInTable: (id: string) => `Action ID ${id} is used more than once in this table. Each action needs its own ID so it can be tracked.`,
  duplicateInSeries: (id: string, setOn: Day | undefined) =>
    `Action ID ${id} was already used in ${dated(setOn)} for a different action. Reusing an ID hides whether the first action was done.`,
  absentNoReport: (name: string) => `${name} did not attend and no report is recorded. Absent professionals should send a written report so their information informs the plan.`,
  absentParent: (name: string, role: string, section = 'Parents and carers') =>
    `${name}${role ? ` (${role.toLowerCase()})` : ''} did not attend, and "${section}" does not say how their views were sought. An absent parent must still be involved.`,
  firstMeetingChair: (role: string | undefined) =>
    `The first core group should be chaired by a manager${role ? `; the chair's role is "${role}"` : ', and no chair role is recorded'}. A manager chairing the first meeting sets the plan off with authority.`,
  firstMeetingLate: (days: number, limit: number, icpc: Day) =>
    `This first core group was held ${days} working days after the initial conference on ${toLong(icpc)}; the timescale is ${limit} working days. Delay leaves the plan without momentum.`,
  interval: (days: number, limit: number, prev: Day) =>
    `${days} days have passed since the last core group on ${toLong(prev)} (the expected maximum is ${limit}). Long gaps let the plan drift.`,
  outcomeNotReviewed: (id: string, title: string) =>
    `Outcome ${id}${title ? ` (${title})` : ''} of the plan is not reviewed. Each outcome needs a rating and evidence at every meeting.`,
  outcomeWithoutRating: (id: string) => `Outcome ${id} has no "Progress: Red/Amber/Green" rating, so progress cannot be followed across meetings.`,
  planNotRevised: 'The revised plan sets no action. Core groups should move the plan forward with new or updated actions.',
  safetyOrder: 'The analysis of safety comes before the updates or the progress against the plan, so it cannot weigh them. Move it after them.',
  notShared: 'The minutes are not recorded as shared: add a "Date shared:" line with a date. Families and professionals need the agreed minutes.',
  relatedSetHere: 'The action was set or last reviewed here.',
  relatedPlan: 'The outcomes of the plan are set here.',
  fixes: {
    addSection: (title: string) => `Add the "${title}" section`,
    addAllSections: (n: number) => `Add all ${n} missing sections`,
    addReviewRow: (subject: string) => `Add a review row for action ${subject}`,
    addAllReviewRows: (n: number) => `Add review rows for all ${n} untracked actions`,
    addOutcome: (id: string) => `Add a review of outcome ${id}`,
    rate: (id: string, rating: string) => `Rate outcome ${id} as ${rating}`,
    escalate: (subject: string) => `Name action ${subject} under "Drift, delay and escalation"`,
    shared: (today: Day) => `Record the minutes as shared today (${toLong(today)})`,
    frontMatter: 'Add front matter (child, date, meeting, chair)',
  },
  promptsInFixes: {
    escalation: 'Record how the drift was escalated, to whom, and the impact of the delay on the child.',
    evidence: 'Record the evidence of progress since the last meeting.',
    rating: 'Red, Amber or Green',
    sharedWith: 'who received the minutes',
    agreedBy: 'who agreed them',
  },
  ui: {
    learnMore: (code: string) => `Learn more about ${code}`,
    fixAll: 'Fix all core group minutes problems that can be fixed by adding text',
    noMinutes: 'Open core group minutes first (a Markdown file with "type: core-group-minutes" in its front matter).',
    checkSummary: (n: number, byDim: string) => (n === 0 ? 'No problems found in these minutes.' : `${n} ${n === 1 ? 'thing needs' : 'things need'} attention: ${byDim}.`),
    dimension: { Q: 'quality of minutes', E: 'effectiveness of the core group', S: "the child's safety", P: 'partnership working' } as Record<string, string>,
    nothingToInsert: 'No sections are missing.',
    nothingToCarry: 'Every open action from the last meeting already has a review row.',
    exists: (name: string) => `A file called ${name} already exists, so nothing was created. Open it, or rename it first.`,
    created: (name: string) => `Created ${name} with the open actions carried forward.`,
    pickFolder: "Choose the child's folder of minutes",
    noMinutesInFolder: 'That folder has no core group minutes to start from.',
    tooLargeToCheckAsYouType: (megabytes: string) =>
      `These minutes are very large (${megabytes} MB), so they are checked when you open them or save them yourself (Ctrl+S), not as you type: checking them takes long enough to hold up the editor.`,
  },
  auditUi: {
    progressTitle: 'Auditing core group minutes',
    progress: (i: number, n: number) => `${i} of ${n} files`,
    cancelled: 'The audit was cancelled; nothing was reported.',
    noFolder: 'Open a folder of core group minutes first: the audit runs over every workspace folder.',
    noMinutes: 'No core group minutes were found in this workspace (files need "type: core-group-minutes" in their front matter), so there is nothing to audit.',
    panelTitle: 'Core group audit',
    saveHtml: 'Save as HTML',
    saveMarkdown: 'Save as Markdown',
    saved: (name: string) => `Saved the audit report as ${name}.`,
    fromCache: (fresh: number, all: number) => `Audited ${all} files (${fresh} checked afresh, the rest unchanged since the last audit).`,
  },
  panelUi: {
    title: 'Plan progress',
    empty: 'Open core group minutes to see how the child protection plan is progressing across meetings.',
  },
  /** Fixed words of the panel, sent to the webview with each model so they live here too. */
  panelLabels: {
    child: 'Child',
    meeting: 'Meeting',
    date: 'Date',
    chair: 'Chair',
    nextMeeting: 'Next meeting',
    reviewConference: 'Review conference due',
    outcomes: 'Outcomes of the plan',
    noOutcomes: 'No outcomes found: add a CP plan file (type: cp-plan) or "### O1 ..." subsections under "Progress against the plan".',
    ratings: 'Rating at each meeting',
    notRated: 'Not rated',
    evidence: 'Latest evidence',
    noEvidence: 'No evidence recorded at this meeting.',
    actions: 'Actions',
    noActions: 'No actions linked to this outcome.',
    unlinked: 'Open actions not linked to an outcome',
    sections: 'Sections of the minutes',
    present: 'Present',
    missing: 'Missing: select to add',
    findings: 'Findings by area of practice',
    overdue: 'Overdue',
    drift: (n: number) => `Drift: ${n} meetings`,
    owner: 'Owner',
    due: 'Due',
    status: 'Status',
    id: 'ID',
    action: 'Action',
  },
  panel: {
    meetingN: (n: number) => `Meeting ${n}`,
    meetingUnknown: 'Meeting (number not recorded)',
    unknown: 'not recorded',
    noDate: 'no date recorded',
    noNextMeeting: 'no date set for the next meeting',
    noIcpc: 'unknown (no initial conference date in the series)',
    nextMeeting: (day: Day, today: Day) => {
      const n = day - today;
      return `${toLong(day)} (${n === 0 ? 'today' : n > 0 ? `in ${n} ${n === 1 ? 'day' : 'days'}` : `${-n} ${n === -1 ? 'day' : 'days'} ago`})`;
    },
    review: (day: Day, today: Day) => {
      const n = day - today;
      return `${toLong(day)}${n < 0 ? ` (${-n} days ago)` : n === 0 ? ' (today)' : ` (in ${n} days)`}`;
    },
    status: (s: string) => ({ done: 'Done', 'in progress': 'In progress', 'not started': 'Not started', 'carried forward': 'Carried forward', closed: 'No longer needed', unknown: 'Status unclear', 'not reviewed': 'Not reviewed', new: 'New' } as Record<string, string>)[s] ?? s,
    actionAria: (v: { id?: string; wording: string; status: string; due: string; overdue: boolean; drift: boolean; carryCount: number }) =>
      `Action ${v.id ?? ''} ${v.wording}, ${v.status}, due ${v.due || 'not set'}${v.overdue ? ', overdue' : ''}${v.drift ? `, in drift: carried past its due date at ${v.carryCount} meetings` : ''}`.replace(/\s+/g, ' '),
    outcomeAria: (id: string, now: string | null, before: string | null) =>
      `Outcome ${id}, ${now ? `rated ${now} at this meeting` : 'not rated at this meeting'}${before ? `, was ${before}` : ''}`,
  },
  newMinutes: {
    actionsPrompt: (n: number) => `Set new SMART actions. New action IDs continue from A${n}.`,
  },
  config: {
    notObject: 'it must be a JSON object ({ ... }).',
    unknownKey: (key: string) => `"${key}" is not a setting this tool knows.`,
    unknownKeyIn: (key: string, where: string) => `"${key}" is not a setting this tool knows in ${where}.`,
    unknownCode: (code: string) => `"${code}" is not a check code (they look like CG010).`,
    badSeverity: (code: string) => `the level for ${code} must be one of off, hint, information, warning, error.`,
    badHoliday: (value: string) => `"${value}" in extraHolidays is not a date (use YYYY-MM-DD).`,
    badSection: (n: number) => `section ${n} in "sections" needs an "id" (lower case letters and hyphens) and a "title".`,
    duplicateSection: (id: string) => `the section id "${id}" is listed twice.`,
    badJson: (fault: string, line: number) => `it is not valid JSON: ${fault} on line ${line}.`,
    /** What jsonc-parser found, by its error code's name, in words. */
    jsonFaults: {
      InvalidSymbol: 'there is a character that JSON does not allow',
      InvalidNumberFormat: 'a number is written wrongly',
      PropertyNameExpected: 'a setting name in double quotes is missing',
      ValueExpected: 'a value is missing',
      ColonExpected: 'a ":" is missing after a setting name',
      CommaExpected: 'a "," is missing between two settings or items',
      CloseBraceExpected: 'a closing "}" is missing',
      CloseBracketExpected: 'a closing "]" is missing',
      EndOfFileExpected: 'something follows the closing "}"',
      InvalidCommentToken: 'a comment is written wrongly',
      UnexpectedEndOfComment: 'a comment is not closed with */',
      UnexpectedEndOfString: 'a text value has no closing double quote',
      UnexpectedEndOfNumber: 'a number is cut short',
      InvalidUnicode: 'a \\u escape is written wrongly',
      InvalidEscapeCharacter: 'a backslash escape is not one JSON knows',
      InvalidCharacter: 'a text value holds a control character',
      other: 'something is written wrongly',
    } as Record<string, string>,
    tooDeep: (max: number, line: number) => `it is nested more than ${max} levels deep (from line ${line}), which no setting needs, so it was not read.`,
    reservedName: (name: string, line: number) => `it uses "${name}" as a name (line ${line}), which is refused because such names can change how settings are read.`,
    duplicateName: (name: string, line: number) => `"${name}" is given twice in the same place (again on line ${line}), so it is not clear which is meant.`,
    mustBe: (where: string, what: string) => `${where} must be ${what}.`,
    oneOf: (where: string, values: string[]) => `${where} must be one of ${values.join(', ')}.`,
    patternFault: (where: string, words: string) => `${where} ${words}.`,
    atLeast: (where: string, n: number) => `${where} must list at least ${n === 1 ? 'one item' : `${n} items`}.`,
    notBlank: (where: string) => `${where} must not be blank.`,
    needs: (where: string, key: string) => `${where} needs "${key}".`,
    invalid: (where: string) => `${where} does not hold what schemas/coregroup.schema.json allows there.`,
    unreadable: 'it could not be read as settings.',
    /** How a setting is named in those sentences. */
    place: {
      file: 'the file',
      name: (path: string) => `"${path}"`,
      inside: (path: string, within: string) => `"${path}" in ${within}`,
      item: (n: number, of: string) => `item ${n} of ${of}`,
    },
    kinds: {
      number: (whole: boolean, min?: number, max?: number) =>
        `${whole ? 'a whole number' : 'a number'}${min !== undefined && max !== undefined ? ` from ${min} to ${max}` : min !== undefined ? ` of at least ${min}` : max !== undefined ? ` of at most ${max}` : ''}`,
      /** By JSON Schema type. */
      of: { string: 'text in double quotes', boolean: 'true or false', array: 'a list ([ ... ])', object: 'a JSON object ({ ... })', null: 'null' } as Record<string, string>,
      other: 'something else',
    },
  },
  /** The thematic audit (`core-group audit`): report headings, measure definitions, file problems. */
  audit: {
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
      encoding: 'saved as UTF-16, not UTF-8', 'too-large': 'too much structure to read in full',
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
  },
};

function describe(subject: string, wording: string): string {
  return subject === wording ? `"${wording}"` : `${subject} ("${wording}")`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
