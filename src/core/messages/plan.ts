/**
 * The words of the CP plan update (the editor's command and `core-group plan`) and of the revisions it
 * writes. Names that come from the disk are quoted; the command line escapes them before printing.
 */
import { Day, toLong } from '../dates';

export const planText = {
  /** The heading of a revision. */
  revisionHeading: (n: number, date: Day) => `Revision ${n}: after the core group of ${toLong(date)}`,
  madeFrom: (meeting: number | undefined, link: string, name: string) =>
    `Revised at ${meeting !== undefined ? `core group meeting ${meeting}` : 'the core group'}, from its minutes: [${name}](${link}). Earlier revisions above are kept as they were.`,
  outcomes: 'Outcomes',
  actions: 'Open actions',
  contingency: 'Contingency plan',
  notReviewed: 'Not reviewed at this meeting.',
  noEvidence: 'No evidence recorded at this meeting.',
  noOutcomes: 'The minutes name no numbered outcome.',
  noActions: 'No action is open.',
  noContingency: 'The minutes record no contingency plan.',
  notRated: 'Not rated',
  closed: 'Closed',
  status: (s: string) => ({ new: 'New', 'in progress': 'In progress', 'not started': 'Not started', 'carried forward': 'Carried forward', unknown: 'Not clear', 'not reviewed': 'Not reviewed' } as Record<string, string>)[s] ?? s,
  /** The opening of a plan file the update creates. */
  newPlanTitle: (child: string | undefined) => `Child protection plan${child ? `: ${child}` : ''}`,
  newPlanIntro:
    'The plan as revised at each core group is added below as a new revision, newest last. Earlier revisions are never changed, so this file is also the history of the plan.',
};

/** What the update did, or why it did nothing: the editor shows these, the command line prints them. */
export const planUpdateText = {
  created: (plan: string, n: number, date: Day) => `Created the CP plan ${plan} with revision ${n}, from the core group of ${toLong(date)}.`,
  appended: (plan: string, n: number, date: Day) => `Added revision ${n} to the CP plan ${plan}, from the core group of ${toLong(date)}. Earlier revisions are unchanged.`,
  linked: (minutes: string, link: string) => ` Added "plan: ${link}" to the front matter of ${minutes}, so the checks read the plan.`,
  unchanged: (plan: string, n: number, date: Day) => `The CP plan ${plan} already holds this meeting's plan (revision ${n}, after the core group of ${toLong(date)}): nothing was added.`,
  noDate: 'These minutes have no meeting date, so the revision could not be named after the meeting: add "date:" to the front matter first.',
  draft:
    'These minutes are a draft (status: draft), so the CP plan was not changed: the plan is revised from what the meeting agreed. When the minutes are agreed, set "status: final" and update the plan again.',
  future: (date: Day) =>
    `These minutes are for a meeting on ${toLong(date)}, which has not happened yet, so the CP plan was not changed: update the plan from the minutes after the meeting.`,
  later: (plan: string, n: number, date: Day) =>
    `The CP plan ${plan} already has revision ${n}, from a later core group (${toLong(date)}): a revision from these earlier minutes would put an older plan on top, so nothing was added.`,
  outside: (plan: string) => `The CP plan ${plan} is outside the workspace folder (by its path or through a link), so it was neither read nor changed.`,
  noFolder: (plan: string) => `The folder for the CP plan ${plan} does not exist, so the plan was not created.`,
  notPlan: (plan: string) => `${plan} exists but is not a CP plan (its front matter has no "type: cp-plan"), so it was not changed.`,
  unsafeEnd: (plan: string) =>
    `${plan} ends inside an unclosed code block or HTML comment, so a revision added after it would not be read: close it first, then update the plan again.`,
  changedMeanwhile: (file: string) => `${file} changed while the plan was being updated, so nothing was written: try again.`,
};
