/**
 * Logging without document text: the host injects a Logger (VS Code's "Core Group" output channel;
 * nothing on the command line), and the core tells it what failed, in which check, and the error's
 * kind and stack frames. Never the error's message, which may quote the minutes, and never a path.
 */

export interface ErrorDetails {
  /** The check that failed, when one did. */
  check?: string;
  /** The error's name (TypeError, RangeError, ...). */
  error: string;
  /** The stack's frames ("at ..." lines) without the message line. */
  stack?: string;
}

export interface Logger {
  error(what: string, details: ErrorDetails): void;
}

export const silentLogger: Logger = { error() {} };

/** The kind and the frames of a thrown value, with its message left out. */
export function errorDetails(e: unknown, check?: string): ErrorDetails {
  const error = e instanceof Error ? e.name : typeof e;
  const frames = e instanceof Error ? (e.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).join('\n') : '';
  return { ...(check ? { check } : {}), error, ...(frames ? { stack: frames } : {}) };
}
