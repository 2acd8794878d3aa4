/**
 * The plan progress panel's words and the status bar's, computed in the core with their models:
 * fixed labels (sent to the webview with each model), the header's values, status words and screen
 * reader labels. Each is a literal `l10n.t` call, so they are translated as the editor's own words
 * are (src/core/l10n.ts).
 */
import type { Day } from '../dates';
import { type L10n, wordsOf } from '../l10n';
import { longDay } from './dates';

/** The audit dimensions in words: the panel's findings by area, and the editor's check summary. */
export const dimensionWords = wordsOf((l10n: L10n): Record<string, string> => ({
  Q: l10n.t('quality of minutes'),
  E: l10n.t('effectiveness of the core group'),
  S: l10n.t("the child's safety"),
  P: l10n.t('partnership working'),
}));

/** Fixed words of the panel, sent to the webview with each model. */
export const panelLabelWords = wordsOf((l10n: L10n) => ({
  child: l10n.t('Child'),
  meeting: l10n.t('Meeting'),
  date: l10n.t('Date'),
  chair: l10n.t('Chair'),
  nextMeeting: l10n.t('Next meeting'),
  reviewConference: l10n.t('Review conference due'),
  outcomes: l10n.t('Outcomes of the plan'),
  noOutcomes: l10n.t('No outcomes found: add a CP plan file (type: cp-plan) or "### O1 ..." subsections under "Progress against the plan".'),
  ratings: l10n.t('Rating at each meeting'),
  notRated: l10n.t('Not rated'),
  evidence: l10n.t('Latest evidence'),
  noEvidence: l10n.t('No evidence recorded at this meeting.'),
  actions: l10n.t('Actions'),
  noActions: l10n.t('No actions linked to this outcome.'),
  unlinked: l10n.t('Open actions not linked to an outcome'),
  sections: l10n.t('Sections of the minutes'),
  present: l10n.t('Present'),
  missing: l10n.t('Missing: select to add'),
  findings: l10n.t('Findings by area of practice'),
  overdue: l10n.t('Overdue'),
  drift: (n: number) => l10n.t('Drift: {0} meetings', n),
  owner: l10n.t('Owner'),
  due: l10n.t('Due'),
  status: l10n.t('Status'),
  id: l10n.t('ID'),
  action: l10n.t('Action'),
  history: l10n.t('How the plan changed'),
  noRevisions: l10n.t('The CP plan keeps no revisions yet. "Core Group: Update the CP plan from these minutes" adds the plan as revised at each meeting.'),
  red: l10n.t('Red'),
  amber: l10n.t('Amber'),
  green: l10n.t('Green'),
}));

/** The plan's revision history in the panel: what each revision changed. */
export const historyWords = wordsOf((l10n: L10n) => ({
  added: (outcome: string, rating?: string) => (rating ? l10n.t('Outcome added: {0} ({1})', outcome, rating) : l10n.t('Outcome added: {0}', outcome)),
  closed: (outcome: string) => l10n.t('Outcome closed: {0}', outcome),
  rated: (id: string, rating: string) => l10n.t('{0} rated {1}', id, rating),
  reRated: (id: string, from: string, to: string) => l10n.t('{0} re-rated from {1} to {2}', id, from, to),
  actionsAdded: (ids: string[]) => (ids.length === 1 ? l10n.t('Action added: {0}', ids[0]) : l10n.t('Actions added: {0}', ids.join(', '))),
  actionsGone: (ids: string[]) => l10n.t('No longer open: {0}', ids.join(', ')),
  noChange: l10n.t('No change to the outcomes or the open actions'),
  revision: (n: number | string) => l10n.t('Revision {0}', n),
  revisionTitled: (n: number | string, title: string) => l10n.t('Revision {0}: {1}', n, title),
  /** A revision for screen readers: its title, then what it changed. */
  aria: (title: string, changes: string) => l10n.t('{0}. {1}', title, changes),
}));

export const panelWords = wordsOf((l10n: L10n) => {
  const statuses: Record<string, string> = {
    done: l10n.t('Done'), 'in progress': l10n.t('In progress'), 'not started': l10n.t('Not started'), 'carried forward': l10n.t('Carried forward'),
    closed: l10n.t('No longer needed'), unknown: l10n.t('Status unclear'), 'not reviewed': l10n.t('Not reviewed'), new: l10n.t('New'),
  };
  const days = (n: number) => (n === 1 ? l10n.t('in 1 day') : l10n.t('in {0} days', n));
  const ago = (n: number) => (n === 1 ? l10n.t('1 day ago') : l10n.t('{0} days ago', n));
  const relative = (n: number) => (n === 0 ? l10n.t('today') : n > 0 ? days(n) : ago(-n));
  return {
    meetingN: (n: number) => l10n.t('Meeting {0}', n),
    meetingUnknown: l10n.t('Meeting (number not recorded)'),
    unknown: l10n.t('not recorded'),
    noDate: l10n.t('no date recorded'),
    noNextMeeting: l10n.t('no date set for the next meeting'),
    noIcpc: l10n.t('unknown (no initial conference date in the series)'),
    date: (day: Day) => longDay(day, l10n),
    /** A day and how far it is from today: "23 October 2026 (in 3 days)" (the next meeting, the review conference). */
    dayFromToday: (day: Day, today: Day) => l10n.t('{0} ({1})', longDay(day, l10n), relative(day - today)),
    chair: (name: string, role?: string) => (role ? l10n.t('{0} ({1})', name, role) : name),
    status: (s: string) => statuses[s] ?? s,
    actionAria: (v: { id?: string; wording: string; status: string; due: string; overdue: boolean; drift: boolean; carryCount: number }) =>
      [
        l10n.t('Action {0} {1}, {2}, due {3}', v.id ?? '', v.wording, v.status, v.due || l10n.t('not set')),
        v.overdue ? l10n.t(', overdue') : '',
        v.drift ? l10n.t(', in drift: carried past its due date at {0} meetings', v.carryCount) : '',
      ].join('').replace(/\s+/g, ' '),
    outcomeAria: (id: string, now: string | null, before: string | null) =>
      [
        now ? l10n.t('Outcome {0}, rated {1} at this meeting', id, now) : l10n.t('Outcome {0}, not rated at this meeting', id),
        before ? l10n.t(', was {0}', before) : '',
      ].join(''),
  };
});

/** The status bar item: findings of the open minutes by area. */
export const statusWords = wordsOf((l10n: L10n) => {
  const short: Record<string, string> = { Q: l10n.t('Quality'), E: l10n.t('Plan'), S: l10n.t('Safety'), P: l10n.t('Partnership') };
  return {
    icon: '$(checklist)',
    none: '$(check) ' + l10n.t('Minutes: no findings'),
    noneTooltip: l10n.t('Core group minutes: no findings in these minutes. Select to open the Problems view.'),
    short: (d: string, n: number) => l10n.t('{0} {1}', short[d] ?? d, n),
    long: (n: number, area: string) => l10n.t('{0} on {1}', n, area),
    sentence: (n: number, byArea: string) =>
      n === 1
        ? l10n.t('Core group minutes: 1 finding ({0}). Select to open the Problems view.', byArea)
        : l10n.t('Core group minutes: {0} findings ({1}). Select to open the Problems view.', n, byArea),
  };
});
