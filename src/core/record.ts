/**
 * What the minutes record, judged once for the checks and the audit alike: a report from an absent
 * professional, an absent parent considered, a manager in the chair, the minutes shared, and which
 * sections the template requires of them, and whether the CP plan was revised after the meeting. The audit counts with these, so it counts exactly what
 * the checks flag (whatever level a check is set to).
 */
import type { Config } from './config';
import type { Day } from './dates';
import type { Attendee, Minutes, Section } from './minutes';
import { lineLabel } from './label-line';
import type { ParsedDoc } from './parse/model';
import { sectionText } from './minutes';
import { containsWords, Lexicon, plainWords, startsWithWords } from './read/lexicon';
import { isConsidered as consideredIn, mentionWords } from './read/people';
import { readTimescale } from './read/timescale';
import { isDraft, type Series } from './series';
import { revisionsOf } from './plan/revisions';
import type { SectionSpec } from './template';
import { splitLines, stripComments } from './text';

const NO_REPORT = /^(no|none|not|n\/a)\b/i;

/** Whether a Report cell records a report: not empty, not just a dash, not starting no/none/not/n/a. */
export function hasReport(report: string): boolean {
  return !(report === '' || /^[-–—]$/.test(report) || NO_REPORT.test(report));
}

/**
 * Whether `text` considers an absent parent: names them by first name, full name or parent role (a
 * surname alone does not count, since families share it), in a sentence that says more than that
 * they were absent ("Dad did not attend." considers nothing).
 */
export function isConsidered(text: string, p: Attendee, lex: Lexicon): boolean {
  return consideredIn(text, mentionWords(p.name, p.role, lex), lex);
}

/** Where an absent parent's involvement may be recorded: "Parents and carers", or (Signs of Safety) anywhere but the attendance. */
export function parentsTextOf(s: { minutes: Minutes; config: Config }): string {
  const m = s.minutes;
  if (!s.config.parentsConsideredAnywhere) return sectionText(m.doc, m.byId.get('parents'));
  const skip = (m.byId.get('attendance')?.parts ?? []).map((p) => [p.start, p.end] as const);
  const from = m.doc.frontMatter?.end ?? 0;
  let out = '';
  let at = from;
  for (const [a, b] of [...skip].sort((x, y) => x[0] - y[0])) {
    if (a < at) continue;
    out += m.doc.text.slice(at, a) + '\n\n';
    at = b;
  }
  return (out + m.doc.text.slice(at)).replace(/<!--[\s\S]*?-->/g, ' ');
}

/** Whether a chair role names one of the manager roles (whole words, case-insensitive). */
export function isManagerRole(role: string | undefined, managerRoles: readonly string[]): boolean {
  const words = plainWords(role ?? '');
  return managerRoles.some((r) => plainWords(r).length > 0 && containsWords(words, plainWords(r)));
}

export type DistributionKind = 'date' | 'whom' | 'agreed';

/** A distribution line ("Date shared:", "Date circulated:", "Sent to:", "Agreed by:"): its kind and where its value starts. */
export function distributionLine(line: string, lex: Lexicon): { kind: DistributionKind; valueAt: number } | undefined {
  const l = lineLabel(line);
  if (!l) return undefined;
  const words = plainWords(l.label);
  const hit = lex.distribution.find(([w]) => w.length === words.length && startsWithWords(words, w));
  return hit ? { kind: hit[1], valueAt: l.valueAt } : undefined;
}

/** Whether a section's text records the date the minutes were shared ("Date shared: 21/11/2026", "Date sent: 5th October 2026"). */
export function hasDateShared(text: string, lex: Lexicon, meetingDate?: Day): boolean {
  for (const line of splitLines(text)) {
    const d = distributionLine(line, lex);
    if (d?.kind !== 'date') continue;
    const value = line.slice(d.valueAt).trim();
    if (value && readTimescale(value.split(/[,;(]| by | to /)[0], lex, meetingDate).kind === 'date') return true;
  }
  return false;
}

/**
 * The distribution section's text, for its "Date shared:" line: like sectionText, but a part that a
 * label line supplied ("Date shared: 2026-09-07" under a heading nobody knows) keeps its label, since
 * the label is itself the distribution line.
 */
export function distributionText(doc: ParsedDoc, s: Section | undefined): string {
  return s ? stripComments(s.parts.map((p) => doc.text.slice(p.rule === 'label' ? p.start : p.contentStart, p.end)).join('\n\n')) : '';
}

/** Whether the minutes have earlier minutes (or say they should), which makes a review of actions required. */
export function expectsPrevious(s: { minutes: Minutes; series: Series }): boolean {
  return s.series.previous.length > 0 || s.minutes.meta.previous !== undefined || (s.minutes.meta.meeting ?? 0) > 1;
}

/** The sections of the template in force that these minutes must have. */
export function requiredSections(s: { minutes: Minutes; series: Series; config: Config }): SectionSpec[] {
  return s.config.sections.filter((spec) => spec.required === 'always' || (spec.required === 'when-previous' && expectsPrevious(s)));
}

/**
 * Whether the CP plan was revised at this meeting or after it (docs/plan-file.md): a revision dated
 * on or after the meeting's date. Undefined, not assessable, without a plan file, for a plan file
 * without the revision layout (it is never judged), for minutes without a date, and for drafts.
 */
export function planUpdatedAfter(s: { minutes: Minutes; series: Series }, today?: Day): boolean | undefined {
  const plan = s.series.plan;
  const date = s.minutes.meta.date;
  if (!plan || date === undefined || isDraft(s.minutes, today)) return undefined;
  const revisions = revisionsOf(plan.doc);
  if (revisions.length === 0) return undefined;
  return revisions.some((r) => r.date !== undefined && r.date >= date);
}
