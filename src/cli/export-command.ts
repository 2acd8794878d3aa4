/**
 * `core-group export FILE [--format docx|html] [--audience professionals|family] [--out FILE]`:
 * a copy of one set of minutes to share, written beside the minutes (or to --out) through the
 * command line's write rules (./own-file.ts): never over a file that is not an export of ours,
 * atomically. The minutes themselves are only read; the lines that record the sharing are printed
 * for the practitioner to add.
 */
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Analyser } from '../core/analyse';
import { dayOfDate, todayFromClock } from '../core/dates';
import { AUDIENCES, Audience, exportFileName, exportMinutes, ExportFormat, FORMATS, isOwnExport } from '../core/export';
import { RECORD_LABELS } from '../core/export/share';
import { cliMessages } from '../core/messages/cli';
import { nodeReader } from './node-reader';
import { replaceableExport, writeAtomically } from './own-file';
import { UsageError } from './usage';

const M = cliMessages.export;

export interface ExportOptions {
  file: string;
  format: ExportFormat;
  audience: Audience;
  out?: string;
  root?: string;
  cwd: string;
  version: string;
  now?: Date;
}

export function exportOptions(args: string[], cwd: string, version: string): ExportOptions {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'docx' }, audience: { type: 'string', default: 'professionals' }, out: { type: 'string' }, root: { type: 'string' } },
  });
  if (positionals.length === 0) throw new UsageError(M.noFile);
  if (positionals.length > 1) throw new UsageError(M.oneFile);
  const format = values.format as ExportFormat;
  const audience = values.audience as Audience;
  if (!FORMATS.includes(format)) throw new UsageError(M.badFormat(String(values.format)));
  if (!AUDIENCES.includes(audience)) throw new UsageError(M.badAudience(String(values.audience)));
  return { file: positionals[0], format, audience, out: values.out, root: values.root, cwd, version };
}

export async function runExport(opts: ExportOptions): Promise<{ stdout: string; exitCode: number }> {
  const path = resolve(opts.cwd, opts.file);
  const text = await nodeReader.readText(path);
  if (text === undefined) throw new UsageError(M.unreadable(opts.file));
  const today = opts.now ? dayOfDate(opts.now) : todayFromClock();
  const analysis = await new Analyser(nodeReader, { today: () => today }).analyse({ path, text, root: resolve(opts.cwd, opts.root ?? '.') });
  if (!analysis.isMinutes) throw new UsageError(M.notMinutes(opts.file));
  const shownOut = opts.out ?? join(dirname(opts.file), exportFileName(path, opts.format, opts.audience));
  const out = resolve(opts.cwd, shownOut);
  // Refuse before the work: never over a file that is not an export of ours.
  replaceableExport(out, shownOut, (bytes) => isOwnExport(bytes, opts.format));
  const result = await exportMinutes(analysis, { format: opts.format, audience: opts.audience, version: opts.version });
  await writeAtomically(out, shownOut, result.bytes);
  const serious = analysis.findings.filter((f) => f.severity === 'warning' || f.severity === 'error').length;
  const L = RECORD_LABELS;
  const lines = [
    M.wrote(shownOut, M.what(opts.format, opts.audience), result.stamp),
    ...(serious > 0 ? [M.findings(serious)] : []),
    M.record,
    `  ${L.whom}: ...`,
    `  ${L.date}: ...`,
    `  ${L.how}: ...`,
    `  ${L.version}: ${result.stamp}`,
  ];
  return { stdout: lines.join('\n') + '\n', exitCode: 0 };
}
