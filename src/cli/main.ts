/** The `core-group` command line. It reads files only: no network, no child processes, no telemetry. */
import { parseArgs } from 'node:util';
import { cliMessages, USAGE } from '../core/messages/cli';
import { runCheck } from './check-command';
import { escapeControls } from '../core/escape';
import { CliError, UsageError } from './usage';

declare const CORE_GROUP_VERSION: string | undefined;
const VERSION = typeof CORE_GROUP_VERSION === 'string' ? CORE_GROUP_VERSION : '0.0.0';

type Command = (args: string[]) => Promise<{ stdout: string; stderr?: string; exitCode: number }>;

const commands: Record<string, Command> = {
  async check(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, root: { type: 'string' } },
    });
    return runCheck({ format: values.format ?? 'text', root: values.root, inputs: positionals, cwd: process.cwd(), version: VERSION });
  },
  async explain(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'text' }, root: { type: 'string' } } });
    if (positionals.length > 1) throw new UsageError(cliMessages.explain.oneFile);
    const { runExplain } = await import('./explain-command');
    return runExplain({ file: positionals[0], format: values.format ?? 'text', root: values.root, cwd: process.cwd() });
  },
  async export(args) {
    const { exportOptions, runExport } = await import('./export-command');
    return runExport(exportOptions(args, process.cwd(), VERSION));
  },
  async plan(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { root: { type: 'string' } } });
    if (positionals.length > 1) throw new UsageError(cliMessages.plan.oneFile);
    const { runPlan } = await import('./plan-command');
    return runPlan({ file: positionals[0], root: values.root, cwd: process.cwd() });
  },
  async audit(args) {
    const { runAudit } = await import('./audit-command');
    return runAudit(args, process.cwd(), VERSION);
  },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  const command = commands[name];
  try {
    if (!command) throw new UsageError(cliMessages.unknownCommand(name));
    const { stdout, stderr, exitCode } = await command(rest);
    if (stderr) process.stderr.write(stderr);
    process.stdout.write(stdout);
    return exitCode;
  } catch (e) {
    if (e instanceof UsageError || (e instanceof TypeError && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`core-group: ${escapeControls(e.message)}\n${cliMessages.helpHint}\n`);
      return 2;
    }
    if (e instanceof CliError) {
      process.stderr.write(`core-group: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`core-group: ${escapeControls(e instanceof Error ? e.message : String(e))}\n`);
    return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
