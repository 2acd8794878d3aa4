/**
 * `core-group plan FILE`: appends the CP plan as revised at this meeting to the child's plan file (or
 * creates it), and adds the minutes' `plan:` link when they have none. It only ever appends to the
 * plan and inserts into the minutes: each write first checks that the file on disk is still the text
 * the update was computed from, the plan is replaced atomically by a text that starts with every byte
 * of the old one, and a new plan file is created only where there is no file (never over one).
 */
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Analyser } from '../core/analyse';
import { todayFromClock } from '../core/dates';
import { escapeControls } from '../core/escape';
import { cliMessages } from '../core/messages/cli';
import { planUpdateText } from '../core/messages/plan';
import { basename, dirname, isInside } from '../core/paths';
import { planUpdate } from '../core/plan/update';
import { nodeReader } from './node-reader';
import { writeAtomically } from './own-file';
import { CliError, UsageError } from './usage';

const M = cliMessages.plan;

export interface PlanOptions {
  file?: string;
  root?: string;
  cwd: string;
}

function unchangedSince(path: string, text: string): boolean {
  try {
    return readFileSync(path, 'utf8') === text;
  } catch {
    return false;
  }
}

export async function runPlan(opts: PlanOptions): Promise<{ stdout: string; exitCode: number }> {
  if (!opts.file) throw new UsageError(M.noFile);
  const path = resolve(opts.cwd, opts.file).replace(/\\/g, '/');
  const root = resolve(opts.cwd, opts.root ?? '.').replace(/\\/g, '/');
  const text = await nodeReader.readText(path);
  if (text === undefined) throw new UsageError(M.unreadable(opts.file));
  const today = todayFromClock();
  const a = await new Analyser(nodeReader, { today: () => today }).analyse({ path, text, root });
  if (!a.isMinutes) throw new CliError(M.notMinutes(opts.file));
  // The analysis's own rule: a file outside the root is read with its folder as the root.
  const u = await planUpdate(nodeReader, a, isInside(root, path) ? root : dirname(path), today);
  if (u.kind === 'refused') throw new CliError(escapeControls(u.message));
  if (u.kind === 'create') {
    try {
      writeFileSync(u.planPath, u.text, { flag: 'wx' }); // never over an existing file
    } catch {
      throw new CliError(M.notCreated(basename(u.planPath)));
    }
  } else if (u.kind === 'append') {
    const real = realpathSync.native(u.planPath);
    if (!unchangedSince(real, u.oldText) || !u.text.startsWith(u.oldText)) throw new CliError(escapeControls(planUpdateText.changedMeanwhile(basename(u.planPath))));
    await writeAtomically(real, basename(u.planPath), u.text);
  }
  if (u.minutesLink) {
    const e = u.minutesLink.edit;
    if (!unchangedSince(path, text)) throw new CliError(escapeControls(planUpdateText.changedMeanwhile(basename(path))));
    await writeAtomically(realpathSync.native(path), basename(path), text.slice(0, e.offset) + e.text + text.slice(e.offset));
  }
  return { stdout: escapeControls(u.message) + '\n', exitCode: 0 };
}
