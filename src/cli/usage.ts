/** The command line's errors: both end the run with exit code 2 and one line (usage errors add a hint). */

/** A refusal or a failure the user can act on: one line on stderr, exit code 2. */
export class CliError extends Error {}

/** Bad usage: the line, then a pointer to --help. */
export class UsageError extends CliError {}
