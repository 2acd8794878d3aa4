/** The series of meetings: why a link to earlier minutes or the plan was not followed, and where an action or outcome comes from. */
import { Day, toLong } from '../dates';

export const seriesProblems = {
  outside: (key: string, link: string) => `The ${key === 'plan' ? 'CP plan' : 'previous minutes'} link "${link}" points outside the workspace folder, so it was not opened.`,
  cycle: (name: string) => `The chain of previous minutes loops back to ${name}, so the earlier meetings cannot be followed. Check each file's "previous:" link.`,
  unreadable: (key: string, link: string) =>
    key === 'plan'
      ? `The CP plan "${link}" cannot be found or read, so outcomes are taken from the previous minutes instead.`
      : `The previous minutes "${link}" cannot be found or read, so the actions set there cannot be checked.`,
  notMinutes: (link: string) => `"${link}" is not core group minutes (its front matter has no "type: core-group-minutes"), so the actions set there cannot be checked.`,
};

export const related = {
  setHere: 'The action was set or last reviewed here.',
  plan: 'The outcomes of the plan are set here.',
};

/** The meeting an action comes from, in findings of CG010 and CG022 ("from the minutes of 2 June 2026"). */
export const dated = (day: Day | undefined) => (day === undefined ? 'the last meeting' : `the minutes of ${toLong(day)}`);

