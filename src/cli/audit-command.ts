/**
 * `core-group audit <folder> [--format html|md|json] [--out FILE] [--cache FILE] [--jobs N]
 * [--from DATE] [--to DATE] [--quarter Q] [--month M] [--compare EARLIER.json] [--trend month|quarter]
 * [--briefing]`: the thematic audit over every Markdown file under a folder. Reads files only: no
 * network, no child processes (worker threads only), and nothing of the minutes' text is ever logged.
 * Each file is analysed once, with its whole series, whatever the period or trend asks for.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { buildBriefing } from '../core/audit/briefing';
import { renderBriefingDocx } from '../core/audit/briefing-docx';
import { renderBriefingHtml } from '../core/audit/briefing-html';
import { isCacheText } from '../core/audit/cache';
import { comparableReport, compareReports, refusalText } from '../core/audit/compare';
import { ALL } from '../core/audit/period';
import { buildReport } from '../core/audit/report';
import type { AuditReport, FileSummary, Period } from '../core/audit/model';
import { isBriefingDocx } from '../core/audit/own-docx';
import { isReportText } from '../core/audit/own-output';
import { renderHtml } from '../core/audit/render-html';
import { renderMarkdown } from '../core/audit/render-md';
import { auditWithCache, CacheStore } from '../core/audit/run';
import { dayOfDate, todayFromClock, toIso } from '../core/dates';
import { escapeJson } from '../core/escape';
import { cliMessages } from '../core/messages/cli';
import { analyseInPool } from './audit-pool';
import { expandInputs } from './find-files';
import { sha256 } from './hash';
import { nodeReader } from './node-reader';
import { AuditFormat, parseAuditArgs } from './audit-args';
import { assertReplaceableBytes, replaceableText, writeAtomically } from './own-file';
import { CliError, UsageError } from './usage';

const M = cliMessages.audit;
export type { AuditFormat };

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
  /** The run's date, the audit's "today" (tests fix it). */
  now?: Date;
  /** Only minutes whose meeting date falls in it are measured; default every date. */
  period?: Period;
  /** A JSON report saved before, to compare with. */
  compare?: string;
  trend?: 'month' | 'quarter';
  /** Write the 7-minute briefing (format html or docx) instead of the report. */
  briefing?: boolean;
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
  /** The report or HTML briefing ('' for a Word briefing). */
  output: string;
  /** The Word briefing's bytes. */
  docx?: Uint8Array;
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
  if (outFile && opts.out) {
    if (opts.format === 'docx') assertReplaceableBytes(outFile, opts.out, isBriefingDocx);
    else replaceableText(outFile, opts.out, '--out', isReportText);
  }
  const earlier = opts.compare === undefined ? undefined : readEarlier(resolve(opts.cwd, opts.compare), opts.compare);
  const todayDay = opts.now ? dayOfDate(opts.now) : todayFromClock();
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
      const pool = await analyseInPool(root, todo, { jobs: opts.jobs, workerPath: opts.workerPath ?? join(__dirname, 'worker.js'), today: todayDay });
      workers = pool.workers;
      return pool.results;
    },
  }))!;
  const summaries = run.summaries;
  const report = buildReport(summaries, { folder: opts.folder, generated: toIso(todayDay), version: opts.version, period: opts.period ?? ALL, trend: opts.trend });
  if (report.files.minutes + report.files.drafts + report.files.outsidePeriod + report.files.undated === 0) {
    const unreadable = summaries.filter((s) => s.problems.some((p) => p.kind === 'unreadable')).length;
    throw new UsageError(M.noMinutes(opts.folder, summaries.length, unreadable));
  }
  if (earlier) report.comparison = compareReports(report, earlier);
  const linkBase = toPosix(relative(outFile ? dirname(outFile) : opts.cwd, root));
  const docx = opts.briefing && opts.format === 'docx' ? await renderBriefingDocx(buildBriefing(report)) : undefined;
  const output = docx ? '' : opts.briefing
    ? renderBriefingHtml(buildBriefing(report), opts.version)
    : opts.format === 'json' ? escapeJson(JSON.stringify(report, null, 2)) + '\n' : opts.format === 'html' ? renderHtml(report, { linkBase }) : renderMarkdown(report, { linkBase });
  const fresh = new Set(run.analysed);
  const analysedPaths = summaries.filter((_, i) => fresh.has(paths[i])).map((s) => s.path).sort();
  const problem = run.cacheProblem;
  return {
    report,
    summaries,
    output,
    ...(docx ? { docx } : {}),
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

/** The earlier report for --compare, read and checked before any work: refused with a reason rather than guessed at. */
function readEarlier(file: string, shownAs: string): AuditReport {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new CliError(e instanceof SyntaxError ? M.compareRefused(refusalText({ kind: 'not-report' }, shownAs)) : M.compareUnreadable(shownAs));
  }
  const r = comparableReport(value);
  if ('refusal' in r) throw new CliError(M.compareRefused(refusalText(r.refusal, shownAs)));
  return r.report;
}

export async function runAudit(args: string[], cwd: string, version = '0.0.0'): Promise<{ stdout: string; stderr?: string; exitCode: number }> {
  const started = Date.now();
  const a = parseAuditArgs(args);
  const run = await audit({ ...a, cwd, version });
  const notes: string[] = [];
  if (a.cache && run.stats.cacheProblem === 'unusable') notes.push(M.cacheIgnored(a.cache));
  if (a.cache && run.stats.cacheDropped) notes.push(M.cacheEntriesDropped(a.cache, run.stats.cacheDropped));
  if (a.out) {
    await writeAtomically(resolve(cwd, a.out), a.out, run.docx ?? run.output);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    notes.push(a.briefing ? M.wroteBriefing(a.out, run.report.files.minutes) : M.wrote(a.out, run.report.files.minutes, run.stats.analysed, run.stats.fromCache, seconds));
    return { stdout: '', stderr: notes.map((n) => n + '\n').join(''), exitCode: 0 };
  }
  // Only text reaches stdout: a Word briefing needs --out (audit-args.ts).
  return { stdout: run.output, stderr: notes.map((n) => n + '\n').join(''), exitCode: 0 };
}
