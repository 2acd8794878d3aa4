/**
 * The "Core Group" output channel (a LogOutputChannel: levels and timestamps by VS Code), as the
 * core's Logger. It records what failed, in which check, and the error's kind and stack frames:
 * never the minutes' text, a file's path, or an error's message (which may quote the minutes).
 */
import * as vscode from 'vscode';
import { errorDetails, type ErrorDetails, type Logger } from '../core/log';

export interface EditorLog extends Logger {
  /** Logs a thrown value, with its message left out. */
  failed(what: string, e: unknown): void;
  readonly channel: vscode.LogOutputChannel;
}

export function createLog(): EditorLog {
  const channel = vscode.window.createOutputChannel('Core Group', { log: true });
  const error = (what: string, d: ErrorDetails) => {
    channel.error(`${what}${d.check ? ` (check ${d.check})` : ''}: ${d.error}${d.stack ? `\n${d.stack}` : ''}`);
  };
  return { channel, error, failed: (what, e) => error(what, errorDetails(e)) };
}
