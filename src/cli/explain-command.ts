/** `core-group explain FILE`: how the file was read, for when a finding looks wrong. */
import { resolve } from 'node:path';
import { Analyser } from '../core/analyse';
import { dayOfDate, todayFromClock } from '../core/dates';
import { explain } from '../core/explain';
import { escapeJson } from '../core/escape';
import { explainText } from '../core/explain-text';
import { cliMessages } from '../core/messages/cli';
import { nodeReader } from './node-reader';
import { UsageError } from './usage';

const M = cliMessages.explain;

export interface ExplainOptions {
  file?: string;
  format: string;
  root?: string;
  cwd: string;
  /** The clock, for tests (drafts are minutes dated after today). */
  now?: Date;
}

export async function runExplain(opts: ExplainOptions): Promise<{ stdout: string; exitCode: number }> {
  if (!opts.file) throw new UsageError(M.noFile);
  if (!['text', 'json'].includes(opts.format)) throw new UsageError(M.badFormat(opts.format));
  const path = resolve(opts.cwd, opts.file);
  const text = await nodeReader.readText(path);
  if (text === undefined) throw new UsageError(M.unreadable(opts.file));
  const today = opts.now ? dayOfDate(opts.now) : todayFromClock();
  const analysis = await new Analyser(nodeReader, { today: () => today }).analyse({ path, text, root: resolve(opts.cwd, opts.root ?? '.') });
  if (!analysis.isMinutes) return { stdout: M.notMinutes(opts.file) + '\n', exitCode: 0 };
  const model = explain(analysis, today, opts.file);
  return { stdout: opts.format === 'json' ? escapeJson(JSON.stringify(model, null, 2)) + '\n' : explainText(model), exitCode: 0 };
}
