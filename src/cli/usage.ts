/** Usage text and the error for bad usage (exit code 2). */
export class UsageError extends Error {}

export const USAGE = `Usage:
  core-group check [--format text|json|sarif] [--root DIR] <files or folders>...
  core-group audit <folder> [--format html|md|json] [--out FILE] [--cache FILE]
  core-group --help | --version

check   Checks core group minutes against the minutes standard and prints what needs attention.
        Exit code 0: no errors; 1: at least one error-level finding; 2: bad usage or unreadable input.
audit   Reruns the thematic audit over every set of minutes under a folder and writes a report.

--root DIR   The workspace folder: "previous:" and "plan:" links may not leave it (default: the current folder).
`;
