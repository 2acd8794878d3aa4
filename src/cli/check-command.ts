/** `core-group check`: analyse files and folders of minutes and print the findings. */
import { resolve } from 'node:path';
import { Analyser } from '../core/analyse';
import { cliMessages } from '../core/messages/cli';
import { expandInputs } from './find-files';
import { nodeReader } from './node-reader';
import { FileFindings, toJsonText, toSarifText, toText } from './output';
import { UsageError } from './usage';

const C = cliMessages.check;

export interface CheckOptions {
  format: string;
  root?: string;
  inputs: string[];
  cwd: string;
  version: string;
}

export interface CommandResult {
  stdout: string;
  exitCode: number;
}

export async function runCheck(opts: CheckOptions): Promise<CommandResult> {
  if (!['text', 'json', 'sarif'].includes(opts.format)) throw new UsageError(C.badFormat(opts.format));
  if (opts.inputs.length === 0) throw new UsageError(C.noInputs);
  const root = resolve(opts.cwd, opts.root ?? '.');
  const expanded = await expandInputs(opts.inputs, opts.cwd);
  if (expanded.missing.length > 0) throw new UsageError(C.missing(expanded.missing));
  // One analyser for the run: each folder is listed once and each file read and parsed once,
  // however many of its minutes find their earlier minutes in it.
  const analyser = new Analyser(nodeReader);
  const results: FileFindings[] = [];
  for (const f of expanded.files) {
    const analysis = await analyser.analyse({ path: f.path, root });
    if (analysis.refused === 'unreadable') {
      if (f.fromFolder) continue;
      throw new UsageError(C.unreadable(f.given));
    }
    // A link to a file outside the root is not read: its CG003 finding says so.
    if (analysis.isMinutes || analysis.refused === 'outside') results.push({ file: f.given, findings: analysis.findings });
  }
  const exitCode = results.some((r) => r.findings.some((x) => x.severity === 'error')) ? 1 : 0;
  let stdout: string;
  if (opts.format === 'json') stdout = toJsonText(results);
  else if (opts.format === 'sarif') stdout = toSarifText(results, opts.version);
  else stdout = results.length === 0 ? C.noMinutes + '\n' : toText(results);
  return { stdout, exitCode };
}
