/**
 * `core-group audit <folder> [--format html|md|json] [--out FILE] [--cache FILE] [--jobs N]`:
 * the thematic audit over every Markdown file under a folder. Reads files only: no network, no
 * child processes (worker threads only), and nothing of the minutes' text is ever logged.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isCacheText } from '../core/audit/cache';
import { buildReport } from '../core/audit/measures';
import type { AuditReport, FileSummary } from '../core/audit/model';
import { isReportText } from '../core/audit/own-output';
import { renderHtml } from '../core/audit/render-html';
import { renderMarkdown } from '../core/audit/render-md';
import { auditWithCache, CacheStore } from '../core/audit/run';
import { dayOfDate, toIso } from '../core/dates';
import { escapeJson } from '../core/escape';
import { cliMessages } from '../core/messages/cli';
import { analyseInPool } from './audit-pool';
import { expandInputs } from './find-files';
import { sha256 } from './hash';
import { nodeReader } from './node-reader';
import { replaceableText, writeAtomically } from './own-file';
import { UsageError } from './usage';

const M = cliMessages.audit;
export type AuditFormat = 'html' | 'md' | 'json';

export interface AuditOptions {
  /** The folder as the user named it. */
  folder: string;
  cwd: string;
  format: AuditFormat;
  out?: string;
  cache?: string;
  /** Threads to analyse with, the calling one included (0 or 1: no worker threads). Default: one per core. */
  jobs?: number;
  /** The worker bundle; default: worker.js beside this bundle. */
  workerPath?: string;
  version: string;
  /** The run's date (tests fix it). */
  now?: Date;
}

export interface AuditStats {
  /** Markdown files found. */
  files: number;
  /** Files analysed in this run. */
  analysed: number;
  /** Which, relative to the folder (the cache's tests read it). */
  analysedPaths: string[];
  /** Files whose summary came from the cache. */
  fromCache: number;
  /** Worker threads started besides the calling one. */
  workers: number;
  /** 'unusable': the whole cache was rebuilt; 'entries': some entries were dropped and redone. */
  cacheProblem?: 'unusable' | 'entries';
  /** Entries dropped from the cache because they did not validate. */
  cacheDropped?: number;
}

export interface AuditRun {
  report: AuditReport;
  summaries: FileSummary[];
  output: string;
  stats: AuditStats;
}

const toPosix = (p: string) => p.replace(/\\/g, '/');

/** The cache file as a store: its text is checked (it must be this tool's cache) before anything runs. */
function cacheStore(file: string, shownAs: string): CacheStore {
  const text = replaceableText(file, shownAs, '--cache', isCacheText);
  return {
    read: async () => (text === '' ? undefined : text),
    write: async (t) => {
      mkdirSync(dirname(file), { recursive: true });
      await writeAtomically(file, shownAs, t);
    },
  };
}

/** Runs the audit and renders it; throws a CliError for a bad folder, a folder without minutes, or a file it may not replace. */
export async function audit(opts: AuditOptions): Promise<AuditRun> {
  const root = toPosix(resolve(opts.cwd, opts.folder));
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(M.notFolder(opts.folder));
  const outFile = opts.out === undefined ? undefined : resolve(opts.cwd, opts.out);
  // Refused before any work: a report over a file that is not one, or a cache that is not ours.
  if (outFile && opts.out) replaceableText(outFile, opts.out, '--out', isReportText);
  const store = opts.cache ? cacheStore(resolve(opts.cwd, opts.cache), opts.cache) : undefined;
  if (store && outFile === resolve(opts.cwd, opts.cache!)) throw new UsageError(cliMessages.write.sameFile);
  const paths = (await expandInputs([root], opts.cwd)).files.map((f) => toPosix(f.path));
  let workers = 0;
  const run = (await auditWithCache({
    root,
    tool: `core-group ${opts.version}`,
    paths,
    reader: nodeReader,
    hash: sha256,
    store,
    summarise: async (todo) => {
      const pool = await analyseInPool(root, todo, { jobs: opts.jobs, workerPath: opts.workerPath ?? join(__dirname, 'worker.js') });
      workers = pool.workers;
      return pool.results;
    },
  }))!;
  const summaries = run.summaries;
  const report = buildReport(summaries, { folder: opts.folder, generated: toIso(dayOfDate(opts.now ?? new Date())), version: opts.version });
  if (report.files.minutes === 0) {
    const unreadable = summaries.filter((s) => s.problems.some((p) => p.kind === 'unreadable')).length;
    throw new UsageError(M.noMinutes(opts.folder, summaries.length, unreadable));
  }
  const linkBase = toPosix(relative(outFile ? dirname(outFile) : opts.cwd, root));
  const output =
    opts.format === 'json' ? escapeJson(JSON.stringify(report, null, 2)) + '\n' : opts.format === 'html' ? renderHtml(report, { linkBase }) : renderMarkdown(report, { linkBase });
  const fresh = new Set(run.analysed);
  const analysedPaths = summaries.filter((_, i) => fresh.has(paths[i])).map((s) => s.path).sort();
  const problem = run.cacheProblem;
  return {
    report,
    summaries,
    output,
    stats: {
      files: paths.length,
      analysed: run.analysed.length,
      analysedPaths,
      fromCache: paths.length - run.analysed.length,
      workers,
      cacheProblem: problem?.kind,
      cacheDropped: problem?.kind === 'entries' ? problem.dropped : undefined,
    },
  };
}

function formatFrom(value: string | undefined, out: string | undefined): AuditFormat {
  if (value !== undefined) {
    if (value === 'html' || value === 'md' || value === 'json') return value;
    if (value === 'markdown') return 'md';
    throw new UsageError(M.badFormat(value));
  }
  if (out && /\.html?$/i.test(out)) return 'html';
  if (out && /\.json$/i.test(out)) return 'json';
  return 'md';
}

export async function runAudit(args: string[], cwd: string, version = '0.0.0'): Promise<{ stdout: string; stderr?: string; exitCode: number }> {
  const started = Date.now();
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, out: { type: 'string' }, cache: { type: 'string' }, jobs: { type: 'string' } },
  });
  if (positionals.length === 0) throw new UsageError(M.noFolder);
  if (positionals.length > 1) throw new UsageError(M.oneFolder);
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    if (!/^\d{1,3}$/.test(values.jobs)) throw new UsageError(M.badJobs(values.jobs));
    jobs = Number(values.jobs);
  }
  const format = formatFrom(values.format, values.out);
  const run = await audit({ folder: positionals[0], cwd, format, out: values.out, cache: values.cache, jobs, version });
  const notes: string[] = [];
  if (values.cache && run.stats.cacheProblem === 'unusable') notes.push(M.cacheIgnored(values.cache));
  if (values.cache && run.stats.cacheDropped) notes.push(M.cacheEntriesDropped(values.cache, run.stats.cacheDropped));
  if (values.out) {
    await writeAtomically(resolve(cwd, values.out), values.out, run.output);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    notes.push(M.wrote(values.out, run.report.files.minutes, run.stats.analysed, run.stats.fromCache, seconds));
    return { stdout: '', stderr: notes.map((n) => n + '\n').join(''), exitCode: 0 };
  }
  return { stdout: run.output, stderr: notes.map((n) => n + '\n').join(''), exitCode: 0 };
}
