/**
 * What the minutes record, judged once for the checks and the audit alike: a report from an absent
 * professional, an absent parent considered, a manager in the chair, the minutes shared, and which
 * sections the template requires of them. The audit counts with these, so it counts exactly what
 * the checks flag (whatever level a check is set to).
 */
import type { Config } from './config';
import { parseDateAtStart } from './dates';
import { findLabel } from './label-line';
import type { Attendee, Minutes } from './minutes';
import type { Series } from './series';
import type { SectionSpec } from './template';
import { splitLines } from './text';
import { containsPhrase, HONORIFICS, mentions, parentWordsIn, tokens } from './vocabulary';

const NO_REPORT = /^(no|none|not|n\/a)\b/i;

/** Whether a Report cell records a report: not empty, not just a dash, not starting no/none/not/n/a. */
export function hasReport(report: string): boolean {
  return !(report === '' || /^[-–—]$/.test(report) || NO_REPORT.test(report));
}

/** Whether the parents section's text mentions a person by a word of their name or by their parent role. */
export function isConsidered(parentsText: string, p: Attendee): boolean {
  const nameWords = tokens(p.name).filter((w) => w.length > 1 && !HONORIFICS.has(w));
  return mentions(parentsText, [...nameWords, ...parentWordsIn(p.role)]);
}

/** Whether a chair role names one of the manager roles (whole words, case-insensitive). */
export function isManagerRole(role: string | undefined, managerRoles: readonly string[]): boolean {
  const toks = tokens(role ?? '');
  return managerRoles.some((r) => containsPhrase(toks, tokens(r).join(' ')));
}

/** Whether a section's text has a "Date shared:" line with a date. */
export function hasDateShared(text: string): boolean {
  for (const line of splitLines(text)) {
    const label = findLabel(line, ['date shared']);
    if (label && parseDateAtStart(line.slice(label.end)) !== undefined) return true;
  }
  return false;
}

/** Whether the minutes have earlier minutes (or say they should), which makes a review of actions required. */
export function expectsPrevious(s: { minutes: Minutes; series: Series }): boolean {
  return s.series.previous.length > 0 || s.minutes.meta.previous !== undefined || (s.minutes.meta.meeting ?? 0) > 1;
}

/** The sections of the template in force that these minutes must have. */
export function requiredSections(s: { minutes: Minutes; series: Series; config: Config }): SectionSpec[] {
  return s.config.sections.filter((spec) => spec.required === 'always' || (spec.required === 'when-previous' && expectsPrevious(s)));
}
