/**
 * `core-group audit <folder> [--format html|md|json] [--out FILE] [--cache FILE] [--jobs N]`:
 * the thematic audit over every Markdown file under a folder. Reads files only: no network, no
 * child processes (worker threads only), and nothing of the minutes' text is ever logged.
 */
import { promises as fs } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildReport } from '../core/audit/measures';
import type { AuditReport, FileSummary } from '../core/audit/model';
import { renderHtml } from '../core/audit/render-html';
import { renderMarkdown } from '../core/audit/render-md';
import { auditText } from '../core/messages/audit';
import { CacheEntry, CurrentState, entryOf, loadCache, saveCache } from './audit-cache';
import { analyseInPool } from './audit-pool';
import { expandInputs } from './find-files';
import { nodeReader } from './node-reader';
import { UsageError } from './usage';

const M = auditText.cli;
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
  cacheProblem?: string;
}

export interface AuditRun {
  report: AuditReport;
  summaries: FileSummary[];
  output: string;
  stats: AuditStats;
}

function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const toPosix = (p: string) => p.replace(/\\/g, '/');

/** Runs the audit and renders it; throws UsageError for a bad folder or a folder without minutes. */
export async function audit(opts: AuditOptions): Promise<AuditRun> {
  const root = toPosix(resolve(opts.cwd, opts.folder));
  const st = await fs.stat(root).catch(() => undefined);
  if (!st?.isDirectory()) throw new UsageError(M.notFolder(opts.folder));
  const found = await expandInputs([root], opts.cwd);
  const paths = found.files.map((f) => toPosix(f.path));
  const tool = `core-group ${opts.version}`;

  // With a cache: hash what is there now and reuse every entry whose inputs are unchanged.
  const cached = opts.cache ? await loadCache(resolve(opts.cwd, opts.cache), tool, root) : { entries: new Map<string, CacheEntry>() };
  const keep = new Map<string, CacheEntry>();
  const todo: string[] = [];
  if (cached.entries.size > 0) {
    const texts = new Map<string, string | undefined>();
    await Promise.all(paths.map(async (p) => texts.set(p, await nodeReader.readText(p))));
    const now = new CurrentState(texts);
    for (const p of paths) {
      const e = cached.entries.get(p);
      if (e && (await now.isFresh(e))) keep.set(p, e);
      else todo.push(p);
    }
  } else todo.push(...paths);

  const { results, workers } = await analyseInPool(root, todo, {
    jobs: opts.jobs,
    workerPath: opts.workerPath ?? join(__dirname, 'worker.js'),
  });
  for (const r of results) keep.set(r.path, entryOf(r));
  if (opts.cache) await saveCache(resolve(opts.cwd, opts.cache), tool, root, new Map(paths.map((p) => [p, keep.get(p)!])));

  const summaries: FileSummary[] = paths.map((p) => keep.get(p)!.summary);
  const report = buildReport(summaries, { folder: opts.folder, generated: isoDate(opts.now ?? new Date()), version: opts.version });
  if (report.files.minutes === 0) {
    const unreadable = summaries.filter((s) => s.problems.some((p) => p.kind === 'unreadable')).length;
    throw new UsageError(M.noMinutes(opts.folder, summaries.length, unreadable));
  }
  const from = opts.out ? resolve(opts.cwd, opts.out, '..') : opts.cwd;
  const linkBase = toPosix(relative(from, root));
  const output =
    opts.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : opts.format === 'html' ? renderHtml(report, { linkBase }) : renderMarkdown(report, { linkBase });
  const analysedPaths = results.map((r) => r.summary.path).sort();
  return {
    report,
    summaries,
    output,
    stats: { files: paths.length, analysed: results.length, analysedPaths, fromCache: paths.length - results.length, workers, cacheProblem: cached.problem },
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
  if (run.stats.cacheProblem && values.cache) notes.push(M.cacheIgnored(values.cache));
  if (values.out) {
    await fs.writeFile(resolve(cwd, values.out), run.output);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    notes.push(M.wrote(values.out, run.report.files.minutes, run.stats.analysed, run.stats.fromCache, seconds));
    return { stdout: '', stderr: notes.map((n) => n + '\n').join(''), exitCode: 0 };
  }
  return { stdout: run.output, stderr: notes.map((n) => n + '\n').join(''), exitCode: 0 };
}
