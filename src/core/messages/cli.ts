/**
 * Every sentence the command line prints of its own: usage, errors, summaries. Names that come from
 * the command line or the disk (file names can hold line breaks and escape sequences) pass through
 * `shown`, so they print as one visible line.
 */
import { escapeControls } from '../escape';

const shown = (name: string) => `"${escapeControls(name)}"`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const USAGE = `Usage:
  core-group check [--format text|json|sarif] [--root DIR] <files or folders>...
  core-group audit <folder> [--format html|md|json] [--out FILE] [--cache FILE] [--jobs N]
                   [--from DATE] [--to DATE] [--quarter YYYY-Qn] [--month YYYY-MM]
                   [--compare EARLIER.json] [--trend month|quarter] [--briefing --out FILE.docx|html]
  core-group explain <file> [--format text|json] [--root DIR]
  core-group export <file> [--format docx|html] [--audience professionals|family] [--out FILE] [--root DIR]
  core-group plan <file> [--root DIR]
  core-group --help | --version

check   Checks core group minutes against the minutes standard and prints what needs attention.
        Exit code 0: no errors; 1: at least one error-level finding; 2: bad usage or unreadable input.
audit   Reruns the thematic audit over every set of minutes under a folder and writes a report:
        HTML (one self-contained file), Markdown (the default) or JSON; the format follows --out's
        extension when --format is not given. Exit code 0: report written; 2: bad usage or no minutes.
explain Shows how one file was read: each heading and the section it was read as (and why), each
        table's columns, each person's role and attendance, each action's owner, due date and status,
        the outcomes and ratings, and the series. Run it when a finding looks wrong.
export  Writes a copy of one set of minutes to share: a Word document (the default) or a web page to
        print, for professionals (the default) or for the family (plain language, in the order a
        parent reads it). Prompts and unfilled gaps are left out; nothing is reworded. By default
        it is written beside the minutes; the minutes themselves are never changed. It prints the
        lines that record the sharing, with the version stamp of what was exported.
plan    Adds the CP plan as revised at this meeting (outcomes with their latest rating and evidence,
        every open action with its owner and due date, the contingency plan) to the end of the
        child's cp-plan file as a new revision, or creates the file; earlier revisions are never
        changed, and a second run on the same minutes adds nothing. Exit code 0: done or nothing to
        add; 2: refused (the message says why).

--root DIR    The workspace folder: "previous:" and "plan:" links may not leave it, by their path or
              through a symbolic link (default: the current folder).
--out FILE    Write the report (or the export) to FILE. An existing FILE is replaced only when it is a
              report (or an export) this tool wrote, or empty.
--cache FILE  Keep per-file results in FILE; a rerun re-analyses only files whose text, earlier minutes or
              settings changed. An existing FILE is used only when it is this tool's cache (or empty).
--jobs N      Threads for the audit, this one included (default and most: one per core; 1: no worker threads).
--from DATE, --to DATE, --quarter 2026-Q3, --month 2026-09
              Audit one period: only minutes whose meeting date falls in it are measured (earlier
              minutes still serve as their series).
--compare EARLIER.json
              Show every measure then (a JSON report saved before) and now, with the change and
              whether the counts support calling it one.
--trend month|quarter
              Every measure per month or quarter (charts in HTML, tables in Markdown, arrays in JSON).
--briefing    Write the 7-minute briefing for partners instead of the report: Word (.docx) or
              print-ready HTML, following --out's extension.
`;

export const cliMessages = {
  helpHint: 'Run "core-group --help" for usage.',
  unknownCommand: (name: string) => `unknown command ${shown(name)}`,
  check: {
    badFormat: (format: string) => `unknown format ${shown(format)} (use text, json or sarif)`,
    noInputs: 'name at least one file or folder of minutes to check',
    missing: (names: string[]) => `cannot read ${names.map(shown).join(', ')}: no such file or folder`,
    unreadable: (name: string) => `cannot read ${shown(name)}`,
    noMinutes: 'No core group minutes found (files need "type: core-group-minutes" in their front matter).',
    noProblems: (files: number) => `No problems found in ${plural(files, 'file', 'files')} of minutes.`,
    summary: (findings: number, errors: number, files: number) =>
      `${plural(findings, 'finding', 'findings')} (${plural(errors, 'error', 'errors')}) in ${plural(files, 'file', 'files')} of minutes.`,
  },
  audit: {
    noFolder: 'name one folder of minutes to audit, for example: core-group audit minutes/',
    oneFolder: 'name only one folder to audit',
    notFolder: (given: string) => `${shown(given)} is not a folder`,
    badFormat: (format: string) => `unknown format ${shown(format)} (use html, md, json, or docx with --briefing)`,
    badJobs: (value: string) => `--jobs must be a whole number of threads (1 or 0: no worker threads), not ${shown(value)}`,
    noMinutes: (folder: string, markdown: number, unreadable: number) =>
      `no core group minutes found in ${escapeControls(folder)}` +
      (markdown === 0 ? ' (no Markdown files at all)' : ` (${plural(markdown, 'Markdown file', 'Markdown files')}, none with "type: core-group-minutes" in the front matter${unreadable > 0 ? `; ${plural(unreadable, 'file', 'files')} could not be read` : ''})`),
    wrote: (out: string, minutes: number, analysed: number, cached: number, seconds: string) =>
      `Wrote the audit of ${plural(minutes, 'set of minutes', 'sets of minutes')} to ${escapeControls(out)} (${analysed} analysed, ${cached} unchanged since the last run) in ${seconds} s.`,
    badPeriod: (what: string) => `cannot audit that period: ${what}`,
    periodConflict: 'name the period one way only: --quarter, --month, or --from and --to',
    periodReversed: '--from must not be after --to',
    badDate: (option: string, value: string) => `--${option} needs a date as YYYY-MM-DD, not ${shown(value)}`,
    badQuarter: (value: string) => `--quarter needs a year and quarter such as 2026-Q3, not ${shown(value)}`,
    badMonth: (value: string) => `--month needs a year and month such as 2026-09, not ${shown(value)}`,
    badTrend: (value: string) => `--trend is month or quarter, not ${shown(value)}`,
    compareUnreadable: (file: string) => `cannot read ${shown(file)} to compare with: there is no such file, or it cannot be opened (save the earlier report with --format json and name that file)`,
    compareRefused: (why: string) => escapeControls(why),
    briefingFormat: (format: string) => `the briefing is written as Word (.docx) or HTML, not ${shown(format)}`,
    docxNeedsOut: 'a Word briefing is a file: name it with --out, for example --out briefing.docx',
    docxOnlyBriefing: 'Word (.docx) is the briefing\'s format: add --briefing, or write the report as html, md or json',
    wroteBriefing: (out: string, minutes: number) => `Wrote the 7-minute briefing from ${plural(minutes, 'set of minutes', 'sets of minutes')} to ${escapeControls(out)}.`,
    cacheIgnored: (file: string) => `The cache ${escapeControls(file)} could not be used and will be rebuilt.`,
    cacheEntriesDropped: (file: string, n: number) =>
      `The cache ${escapeControls(file)} held ${plural(n, 'entry', 'entries')} that could not be used; ${n === 1 ? 'that file was' : 'those files were'} analysed again.`,
  },
  export: {
    noFile: 'name one file of minutes to export, for example: core-group export minutes/child/2026-11-20-core-group.md',
    oneFile: 'name only one file of minutes to export',
    badFormat: (format: string) => `unknown format ${shown(format)} (use docx or html)`,
    badAudience: (audience: string) => `unknown audience ${shown(audience)} (use professionals or family)`,
    unreadable: (name: string) => `cannot read ${shown(name)}`,
    notMinutes: (name: string) => `${shown(name)} is not core group minutes (its front matter has no "type: core-group-minutes"), so there is nothing to export`,
    wrote: (out: string, what: string, stamp: string) => `Wrote ${escapeControls(out)} (${what}, version ${stamp}).`,
    what: (format: string, audience: string) => `${format === 'docx' ? 'a Word document' : 'a web page to print'} ${audience === 'family' ? 'for the family' : 'for professionals'}`,
    findings: (n: number) => `The minutes have ${plural(n, 'finding', 'findings')} at warning level or above: "core-group check" lists them.`,
    record: 'When you have shared it, record that in the minutes\' distribution section (or run "Core Group: Record that the minutes were shared" in VS Code):',
  },
  explain: {
    noFile: 'name one file of minutes to explain, for example: core-group explain minutes/child/2026-11-20-core-group.md',
    oneFile: 'name only one file to explain',
    badFormat: (format: string) => `unknown format ${shown(format)} (use text or json)`,
    unreadable: (name: string) => `cannot read ${shown(name)}`,
    notMinutes: (name: string) => `${shown(name)} is not core group minutes (its front matter has no "type: core-group-minutes"), so it was not read as minutes.`,
  },
  plan: {
    noFile: 'name one file of minutes, for example: core-group plan minutes/child/2026-11-20-core-group.md',
    oneFile: 'name only one file of minutes',
    unreadable: (name: string) => `cannot read ${shown(name)}`,
    notMinutes: (name: string) => `${shown(name)} is not core group minutes (its front matter has no "type: core-group-minutes").`,
    notCreated: (name: string) => `could not create ${shown(name)}`,
  },
  /** Refusals to write: nothing that is not this tool's own output is ever overwritten. */
  write: {
    notOurReport: (file: string) => `${shown(file)} exists and is not a report written by core-group, so it was not overwritten: choose another --out file.`,
    notOurExport: (file: string) => `${shown(file)} exists and is not a copy of minutes exported by core-group, so it was not overwritten: choose another --out file.`,
    notOurCache: (file: string) => `${shown(file)} exists and is not a core-group cache, so it was neither read nor overwritten: choose another --cache file.`,
    isFolder: (file: string, option: string) => `${shown(file)} is a folder: give ${option} a file name.`,
    isLink: (file: string, option: string) =>
      `${shown(file)} is a shortcut (a symbolic link), so nothing was written through it (it could lead outside the workspace folder): give ${option} another file name.`,
    failed: (file: string) => `could not write ${shown(file)}`,
    sameFile: 'give --out and --cache different files',
  },
};
