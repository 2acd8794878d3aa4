/** `core-group explain FILE`: how the file was read, for when a finding looks wrong. */
import { resolve } from 'node:path';
import { Analyser } from '../core/analyse';
import { dayFromParts } from '../core/dates';
import { explain } from '../core/explain';
import { escapeControls, escapeJson } from '../core/escape';
import { explainText } from '../core/explain-text';
import { nodeReader } from './node-reader';
import { UsageError } from './usage';

export interface ExplainOptions {
  file?: string;
  format: string;
  root?: string;
  cwd: string;
  /** The clock, for tests (drafts are minutes dated after today). */
  now?: Date;
}

export async function runExplain(opts: ExplainOptions): Promise<{ stdout: string; exitCode: number }> {
  if (!opts.file) throw new UsageError('name one file of minutes to explain, for example: core-group explain minutes/child/2026-11-20-core-group.md');
  if (!['text', 'json'].includes(opts.format)) throw new UsageError(`unknown format "${opts.format}" (use text or json)`);
  const path = resolve(opts.cwd, opts.file);
  const text = await nodeReader.readText(path);
  if (text === undefined) throw new UsageError(`cannot read "${opts.file}"`);
  const now = opts.now ?? new Date();
  const today = dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
  const analysis = await new Analyser(nodeReader, { today: () => today }).analyse({ path, text, root: resolve(opts.cwd, opts.root ?? '.') });
  if (!analysis.isMinutes) return { stdout: `${escapeControls(opts.file)} is not core group minutes (its front matter has no "type: core-group-minutes"), so it was not read as minutes.\n`, exitCode: 0 };
  const model = explain(analysis, today, opts.file);
  return { stdout: opts.format === 'json' ? escapeJson(JSON.stringify(model, null, 2)) + '\n' : explainText(model), exitCode: 0 };
}
