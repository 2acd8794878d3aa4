/** Usage text and the error for bad usage (exit code 2). */
export class UsageError extends Error {}

export const USAGE = `Usage:
  core-group check [--format text|json|sarif] [--root DIR] <files or folders>...
  core-group audit <folder> [--format html|md|json] [--out FILE] [--cache FILE] [--jobs N]
  core-group explain <file> [--format text|json] [--root DIR]
  core-group --help | --version

check   Checks core group minutes against the minutes standard and prints what needs attention.
        Exit code 0: no errors; 1: at least one error-level finding; 2: bad usage or unreadable input.
audit   Reruns the thematic audit over every set of minutes under a folder and writes a report:
        HTML (one self-contained file), Markdown (the default) or JSON; the format follows --out's
        extension when --format is not given. Exit code 0: report written; 2: bad usage or no minutes.
explain Shows how one file was read: each heading and the section it was read as (and why), each
        table's columns, each person's role and attendance, each action's owner, due date and status,
        the outcomes and ratings, and the series. Run it when a finding looks wrong.

--root DIR    The workspace folder: "previous:" and "plan:" links may not leave it (default: the current folder).
--out FILE    Write the report to FILE instead of printing it.
--cache FILE  Keep per-file results in FILE; a rerun re-analyses only files whose text, earlier minutes or
              settings changed.
--jobs N      Threads for the audit, this one included (default: one per core; 1: no worker threads).
`;
