/**
 * The plan progress panel's words, computed in the core with its model: fixed labels (sent to the
 * webview with each model), the header's values, status words and screen reader labels.
 */
import { Day, toLong } from '../dates';

/** The audit dimensions in words: the panel's findings by area, and the editor's check summary. */
export const DIMENSION_LABELS: Record<string, string> = { Q: 'quality of minutes', E: 'effectiveness of the core group', S: "the child's safety", P: 'partnership working' };

/** Fixed words of the panel, sent to the webview with each model. */
export const panelLabels = {
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
  history: 'How the plan changed',
  noRevisions: 'The CP plan keeps no revisions yet. "Core Group: Update the CP plan from these minutes" adds the plan as revised at each meeting.',
};

/** The plan's revision history in the panel: what each revision changed. */
export const historyText = {
  added: (outcome: string, rating?: string) => `Outcome added: ${outcome}${rating ? ` (${rating})` : ''}`,
  closed: (outcome: string) => `Outcome closed: ${outcome}`,
  rated: (id: string, rating: string) => `${id} rated ${rating}`,
  reRated: (id: string, from: string, to: string) => `${id} re-rated from ${from} to ${to}`,
  actionsAdded: (ids: string[]) => `${ids.length === 1 ? 'Action' : 'Actions'} added: ${ids.join(', ')}`,
  actionsGone: (ids: string[]) => `No longer open: ${ids.join(', ')}`,
  noChange: 'No change to the outcomes or the open actions',
};

export const panelText = {
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
};

/** The status bar item: findings of the open minutes by area. */
export const statusText = {
  icon: '$(checklist)',
  none: '$(check) Minutes: no findings',
  noneTooltip: 'Core group minutes: no findings in these minutes. Select to open the Problems view.',
  short: (d: string, n: number) => `${({ Q: 'Quality', E: 'Plan', S: 'Safety', P: 'Partnership' } as Record<string, string>)[d] ?? d} ${n}`,
  long: (n: number, area: string) => `${n} on ${area}`,
  sentence: (n: number, byArea: string) => `Core group minutes: ${n} ${n === 1 ? 'finding' : 'findings'} (${byArea}). Select to open the Problems view.`,
};
