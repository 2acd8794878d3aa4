/** `core-group check`: analyse files and folders of minutes and print the findings. */
import { resolve } from 'node:path';
import { Analyser } from '../core/analyse';
import { expandInputs } from './find-files';
import { nodeReader } from './node-reader';
import { FileFindings, toJson, toSarif, toText } from './output';
import { UsageError } from './usage';

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
  if (!['text', 'json', 'sarif'].includes(opts.format)) throw new UsageError(`unknown format "${opts.format}" (use text, json or sarif)`);
  if (opts.inputs.length === 0) throw new UsageError('name at least one file or folder of minutes to check');
  const root = resolve(opts.cwd, opts.root ?? '.');
  const expanded = await expandInputs(opts.inputs, opts.cwd);
  if (expanded.missing.length > 0) throw new UsageError(`cannot read ${expanded.missing.map((m) => `"${m}"`).join(', ')}: no such file or folder`);
  const analyser = new Analyser(nodeReader);
  const results: FileFindings[] = [];
  for (const f of expanded.files) {
    const text = await nodeReader.readText(f.path);
    if (text === undefined) {
      if (f.fromFolder) continue;
      throw new UsageError(`cannot read "${f.given}"`);
    }
    const analysis = await analyser.analyse({ path: f.path, text, root });
    if (analysis.isMinutes) results.push({ file: f.given, findings: analysis.findings });
  }
  const exitCode = results.some((r) => r.findings.some((x) => x.severity === 'error')) ? 1 : 0;
  let stdout: string;
  if (opts.format === 'json') stdout = JSON.stringify(toJson(results), null, 2) + '\n';
  else if (opts.format === 'sarif') stdout = JSON.stringify(toSarif(results, opts.version), null, 2) + '\n';
  else stdout = results.length === 0 ? 'No core group minutes found (files need "type: core-group-minutes" in their front matter).\n' : toText(results);
  return { stdout, exitCode };
}
