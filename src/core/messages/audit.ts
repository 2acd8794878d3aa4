/**
 * The thematic audit's words (`core-group audit`, "Core Group: Audit workspace"): report headings,
 * measure names and definitions, comparisons, file problems. Each is a literal `l10n.t` call, so the
 * report the editor shows is translated as the editor's own words are (src/core/l10n.ts); the report
 * saved as JSON keeps English (`auditText`), the record other runs are compared with.
 */
import { type L10n, wordsOf } from '../l10n';
import type { MeasureId } from '../audit/model';

export const auditWords = wordsOf((l10n: L10n) => {
  const minutesN = (n: number) => (n === 1 ? l10n.t('1 set of minutes') : l10n.t('{0} sets of minutes', n));
  const filesN = (n: number) => (n === 1 ? l10n.t('1 file') : l10n.t('{0} files', n));
  const measures: Record<MeasureId, { short: string; label: string; definition: string }> = {
    quality: {
      short: l10n.t('Quality standard'),
      label: l10n.t('Minutes meeting the quality standard'),
      definition: l10n.t(
        'n: minutes with no quality finding (dimension Q) at warning or error level; N: all minutes.',
      ),
    },
    effective: {
      short: l10n.t('Effective'),
      label: l10n.t('Core groups driving the plan forward'),
      definition: l10n.t(
        'n: minutes with no effectiveness finding (dimension E: overdue or drifting actions, actions that are not SMART, outcomes not reviewed or rated, plan not revised) at warning or error level; N: minutes in which the review of previous actions (when actions were open), the revised plan and the progress against the plan were all found; the rest are not assessable.',
      ),
    },
    'voice-safety': {
      short: l10n.t('Voice and safety'),
      label: l10n.t("Child's voice and safety analysis recorded"),
      definition: l10n.t(
        "n: minutes with no finding about the child's voice or the analysis of safety (dimension S) at warning or error level; N: all minutes.",
      ),
    },
    'first-chair': {
      short: l10n.t('First chaired by manager'),
      label: l10n.t('First core groups chaired by a manager'),
      definition: l10n.t(
        'n: minutes with "meeting: 1" whose chair-role names a manager role (default: manager, head of service); N: minutes with "meeting: 1" that record a chair-role (not assessable: no chair-role; not counted where the procedure lets any member chair).',
      ),
    },
    'first-timescale': {
      short: l10n.t('First within timescale'),
      label: l10n.t('First core groups held within the timescale'),
      definition: l10n.t(
        'n: minutes with "meeting: 1" held within the first-meeting timescale of the initial conference (default 10 working days, without weekends and bank holidays); N: minutes with "meeting: 1" and an "icpc:" date (not assessable: no icpc date).',
      ),
    },
    'absent-reports': {
      short: l10n.t('Absent professionals: report'),
      label: l10n.t('Absent professionals who sent a report'),
      definition: l10n.t(
        'n: professionals recorded as absent whose Report cell records a report; N: professionals recorded as absent, counted once in each set of minutes whose attendance was found (not assessable: minutes with no attendance found).',
      ),
    },
    'absent-parents': {
      short: l10n.t('Absent parents considered'),
      label: l10n.t('Absent parents and carers whose involvement was considered'),
      definition: l10n.t(
        'n: parents and carers recorded as absent who are named, or whose role is named, in "Parents and carers"; N: parents and carers recorded as absent, counted once in each set of minutes whose attendance was found (not assessable: minutes with no attendance found).',
      ),
    },
    shared: {
      short: l10n.t('Shared'),
      label: l10n.t('Minutes recorded as shared'),
      definition: l10n.t(
        'n: minutes whose distribution section has a "Date shared:" line (or "Date sent:", "Date circulated:") with a date; N: minutes with a distribution section (not assessable: none found).',
      ),
    },
    'actions-reviewed': {
      short: l10n.t('Previous actions all reviewed'),
      label: l10n.t("Minutes reviewing all the previous minutes' actions"),
      definition: l10n.t(
        'n: minutes that review every action still open from the earlier minutes; N: minutes with actions open from earlier minutes and a review of previous actions found (not assessable: no review section found, or a later meeting whose earlier minutes were not found).',
      ),
    },
    'impact-recorded': {
      short: l10n.t('Impact of delay recorded'),
      label: l10n.t('Minutes recording the impact of delay for every overdue action'),
      definition: l10n.t(
        'n: minutes recording the impact of the delay on the child for every overdue action; N: minutes with at least one overdue action (not assessable: as for the previous actions).',
      ),
    },
    'outcomes-rated': {
      short: l10n.t('Outcomes rated'),
      label: l10n.t('Minutes rating every outcome of the plan'),
      definition: l10n.t(
        'n: minutes in which every outcome of the plan is reviewed with a rating (or closed); N: minutes with outcomes in the plan and a progress against the plan found (not assessable: no progress section found).',
      ),
    },
    'child-seen': {
      short: l10n.t('Child seen recorded'),
      label: l10n.t('Minutes recording that the child was seen'),
      definition: l10n.t(
        "n: minutes whose child's voice section records the child was seen (saw, visited, spoke with and the like, not negated); N: minutes with a child's voice section (not assessable: none found).",
      ),
    },
    'seen-alone': {
      short: l10n.t('Child seen alone recorded'),
      label: l10n.t('Minutes recording that the child was seen alone'),
      definition: l10n.t(
        "n: minutes whose child's voice section records the child seen alone (alone, on their own, without parents present, one to one, not negated, in a sentence recording the child seen); N: as for the child seen.",
      ),
    },
    'plan-updated': {
      short: l10n.t('CP plan updated'),
      label: l10n.t('CP plan updated after the meeting'),
      definition: l10n.t(
        'n: minutes whose linked CP plan file has a revision dated on or after the meeting; N: minutes whose CP plan file keeps revisions (not assessable: no plan file, or a plan file with no revisions yet).',
      ),
    },
    'children-overdue': {
      short: l10n.t('Children: overdue'),
      label: l10n.t('Children with overdue actions'),
      definition: l10n.t(
        "n: children whose latest minutes review an action as not done after its due date; N: children (one per child id in a folder), each judged by their latest minutes, where those minutes' review of previous actions was found or not needed (not assessable: not found though actions were open).",
      ),
    },
    'children-drift': {
      short: l10n.t('Children: drift'),
      label: l10n.t('Children with actions in drift'),
      definition: l10n.t(
        'n: children whose latest minutes hold an action overdue there that was already overdue and not done at the meeting before (escalated or not); N: children, as above, whose latest minutes\' earlier minutes were found (not assessable also: a broken link to the earlier minutes, which drift cannot be read without).',
      ),
    },
  };
  return {
    title: l10n.t('Thematic audit of core group minutes'),
    intro: (minutes: number, children: number, folder: string, date: string) =>
      l10n.t('{0} for {1} in {2}, audited on {3}.', minutesN(minutes), children === 1 ? l10n.t('1 child') : l10n.t('{0} children', children), folder, date),
    method: l10n.t('Every figure is "n of N": n meets the measure out of N counted. Each measure is defined at the end of the report.'),
    nOfN: (n: number, N: number, pct: number) => l10n.t('{0} of {1} ({2}%)', n, N, pct),
    noCases: (N: number) => (N === 0 ? l10n.t('0 of 0 (none to count)') : l10n.t('0 of {0}', N)),
    /** Each measure's words, by id. */
    measures,
    period: {
      all: l10n.t('every date'),
      quarter: (first: string, last: string, year: string, label: string) => l10n.t('{0} to {1} {2} ({3})', first, last, year, label),
      range: (from: string, to: string) => l10n.t('{0} to {1}', from, to),
      since: (from: string) => l10n.t('from {0}', from),
      until: (to: string) => l10n.t('up to {0}', to),
      measured: (period: string) =>
        l10n.t('Period: {0}. Only minutes whose meeting date falls in it are measured; earlier minutes still serve as the series behind them.', period),
      outside: (outside: number, undated: number) => {
        const were = outside + undated === 1 ? l10n.t('was not measured') : l10n.t('were not measured');
        return undated > 0
          ? l10n.t('{0} outside the period and {1} with no valid date {2}.', minutesN(outside), undated === 1 ? l10n.t('1 set') : l10n.t('{0} sets', undated), were)
          : l10n.t('{0} outside the period {1}.', minutesN(outside), were);
      },
    },
    drafts: (n: number) =>
      n === 1
        ? l10n.t("1 draft was left out of every measure (status: draft, or dated after the audit's date); they are not minutes yet.")
        : l10n.t("{0} drafts were left out of every measure (status: draft, or dated after the audit's date); they are not minutes yet.", n),
    notAssessable: (n: number, unit: 'minutes' | 'children') =>
      unit === 'children'
        ? n === 1 ? l10n.t('1 child not assessable') : l10n.t('{0} children not assessable', n)
        : n === 1 ? l10n.t('1 set of minutes not assessable') : l10n.t('{0} sets of minutes not assessable', n),
    compare: {
      notReport: (file: string) => l10n.t('{0} is not a report saved by core-group audit (save one with --format json), so there is nothing to compare with.', file),
      otherSchema: (file: string, found: string, expected: number) =>
        l10n.t(
          '{0} is an audit report in format {1}; this version writes and compares format {2}. Rerun the earlier audit with this version (same folder, --from/--to for its period) and compare with that.',
          file, found, expected,
        ),
      damaged: (file: string) => l10n.t('{0} looks like an audit report but its measures cannot be read (edited by hand, or cut short), so it is not compared.', file),
      same: l10n.t('No change.'),
      tooFew: (then: number, now: number) => l10n.t('Too few to call a change ({0} then, {1} now).', then, now),
      noneToCount: (then: boolean, now: boolean) =>
        then && now ? l10n.t('Nothing to count then or now.') : then ? l10n.t('Nothing to count then.') : l10n.t('Nothing to count now.'),
      noClearChange: (p: number) => l10n.t('No clear change (p {0}).', pValue(p)),
      better: (p: number) => l10n.t('Better, beyond chance (p {0}).', pValue(p)),
      worse: (p: number) => l10n.t('Worse, beyond chance (p {0}).', pValue(p)),
      points: (points: number) => {
        const sign = points > 0 ? '+' : points < 0 ? '−' : '±';
        return Math.abs(points) === 1 ? l10n.t('{0}1 point', sign) : l10n.t('{0}{1} points', sign, Math.abs(points));
      },
      settingsChanged: (then: readonly string[], now: readonly string[]) =>
        l10n.t(
          'The two audits read the minutes with different settings (procedure {0} {1} then, {2} now, or a .coregroup.json that names other headings, columns, roles or timescales): a change below may come from how the minutes were read, not from practice.',
          then.length === 1 ? l10n.t('pack') : l10n.t('packs'), then.join(', ') || l10n.t('not recorded'), now.join(', ') || l10n.t('none'),
        ),
      intro: (earlier: string, period: string) =>
        l10n.t(
          'Compared with the audit of {0}, which covered {1}. A change is called only where a two-proportion z-test finds it beyond chance (p below 0.05) and every cell expects at least 5 cases.',
          earlier, period,
        ),
    },
    /** The comparison, trend and vocabulary sections. */
    extra: {
      headings: {
        comparison: l10n.t('Then and now'),
        trend: (by: 'month' | 'quarter') => (by === 'month' ? l10n.t('Month by month') : l10n.t('Quarter by quarter')),
        unrecognised: l10n.t('Headings and columns this tool did not recognise'),
      },
      columns: {
        measure: l10n.t('Measure'), then: l10n.t('Then'), now: l10n.t('Now'), change: l10n.t('Change'), statement: l10n.t('What the counts support'), trend: l10n.t('Trend'),
        heading: l10n.t('Heading'), column: l10n.t('Column'), table: l10n.t('Table'), inMinutes: l10n.t('In minutes'),
      },
      naShort: (n: number) => l10n.t('{0} n/a', n),
      impactMark: l10n.t('(impact we want to see)'),
      noTrend: l10n.t('No dated minutes to show over time.'),
      /** `bounded`: the report has a period, which the trend stays within. */
      trendIntro: (minutes: number, periods: number, bounded: boolean, undated = 0) =>
        [
          l10n.t(
            '{0} over {1}, each counted in the period of its meeting date; "n/a": not assessable. The changes the thematic audit wanted to see come first.',
            minutesN(minutes), periods === 1 ? l10n.t('1 period') : l10n.t('{0} periods', periods),
          ),
          undated === 0 ? '' : undated === 1
            ? ' ' + l10n.t('1 set of minutes has no meeting date: counted in the figures above, in no period here.')
            : ' ' + l10n.t('{0} sets of minutes have no meeting date: counted in the figures above, in no period here.', undated),
          bounded ? ' ' + l10n.t('The trend stays within this report\'s period: for the whole folder, audit without a period (in VS Code, "Every date").') : '',
        ].join(''),
      unrecognisedIntro: l10n.t(
        'Sections or columns written under these words were not read, so the measures that need them count those minutes as not assessable. Most frequent first. If your template uses them, a .coregroup.json beside the minutes teaches this tool your words.',
      ),
      suggested: l10n.t(
        'A .coregroup.json to start from (each heading stood where exactly one missing section belongs; each column was the one unread column of a table missing one it needs). Check it before you use it:',
      ),
      tableOf: (section: string) =>
        section === 'previous-actions' ? l10n.t('Review of previous actions') : section === 'actions' ? l10n.t('Revised plan and actions') : section,
    },
    headings: {
      overall: l10n.t('The whole set'),
      byArea: l10n.t('By area'),
      byTeam: l10n.t('By team'),
      topFindings: l10n.t('Most frequent findings'),
      children: l10n.t('Overdue actions and drift, by child'),
      problems: l10n.t('Files that could not be audited in full'),
      definitions: l10n.t('How each figure is counted'),
    },
    columns: {
      measure: l10n.t('Measure'), result: l10n.t('Result'), area: l10n.t('Area'), team: l10n.t('Team'), minutes: l10n.t('Minutes'), child: l10n.t('Child'),
      latest: l10n.t('Latest minutes'), overdue: l10n.t('Overdue actions'), drift: l10n.t('In drift'), code: l10n.t('Check'), findings: l10n.t('Findings'),
      files: l10n.t('In minutes'), what: l10n.t('What it means'),
    },
    notRecorded: l10n.t('(not recorded)'),
    /** An action in the children's table: "A3 (due 2026-10-01, escalated)". */
    action: (subject: string, due: string, escalated: boolean) =>
      escalated ? l10n.t('{0} (due {1}, escalated)', subject, due) : l10n.t('{0} (due {1})', subject, due),
    noChildren: l10n.t('No child has overdue actions or actions in drift at their latest core group.'),
    noFindings: l10n.t('No findings: every set of minutes meets every check.'),
    moreFiles: (n: number) =>
      n === 1 ? l10n.t('and 1 more file (all are listed in the JSON output)') : l10n.t('and {0} more files (all are listed in the JSON output)', n),
    problemSubjects: {
      markdown: l10n.t('not readable as Markdown'), 'front-matter': l10n.t('no front matter'), yaml: l10n.t('front matter is not valid YAML'),
      date: l10n.t('no valid meeting date'), previous: l10n.t('previous minutes cannot be read'), plan: l10n.t('CP plan cannot be read'),
      cycle: l10n.t('previous links loop'), outside: l10n.t('a link leaves the audited folder'), config: l10n.t('invalid .coregroup.json'),
    } as Record<string, string>,
    problems: {
      unreadable: (n: number) => l10n.t('{0} could not be read', filesN(n)),
      failed: (n: number) => l10n.t('{0} could not be checked because of an error in this tool (please report it)', filesN(n)),
      'not-minutes': (n: number) =>
        n === 1
          ? l10n.t('1 Markdown file is not core group minutes (no "type: core-group-minutes") and was not audited')
          : l10n.t('{0} Markdown files are not core group minutes (no "type: core-group-minutes") and were not audited', n),
      'front-matter': (n: number) =>
        n === 1
          ? l10n.t('1 set of minutes has front matter that cannot be read or no valid date, so its date, child, area and team may be unknown')
          : l10n.t('{0} sets of minutes have front matter that cannot be read or no valid date, so their date, child, area and team may be unknown', n),
      series: (n: number) =>
        n === 1
          ? l10n.t('1 set of minutes has a broken link to earlier minutes or to the CP plan')
          : l10n.t('{0} sets of minutes have a broken link to earlier minutes or to the CP plan', n),
      config: (n: number) =>
        n === 1
          ? l10n.t('1 set of minutes is governed by an invalid .coregroup.json, so the standard settings applied')
          : l10n.t('{0} sets of minutes are governed by an invalid .coregroup.json, so the standard settings applied', n),
    },
    footer: (version: string) =>
      l10n.t('Produced by core-group {0}. Names, dates and figures come only from the minutes audited; nothing was sent anywhere.', version),
  };
});

/** The audit's words in English: the report saved as JSON, and the command line. */
export const auditText = auditWords();

/** A p value as a reader can take it in, with its sign: "= 0.034", or "< 0.001". */
export function pValue(p: number): string {
  return p < 0.001 ? '< 0.001' : `= ${p.toFixed(3)}`;
}
