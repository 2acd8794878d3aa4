/**
 * The audit's one loop, shared by the command line (its worker threads and its own thread) and the
 * editor's "Audit workspace": summarise files through one Analyser, noting what each summary
 * depends on; and, with a cache, summarise only the files whose dependencies have changed.
 */
import { Analyser } from '../analyse';
import type { Day } from '../dates';
import { dirname } from '../paths';
import type { Dependencies } from '../session';
import type { FileReader } from '../types';
import { errorDetails, Logger, silentLogger } from '../log';
import { CacheEntry, CacheProblem, parseCache, serialiseCache } from './cache';
import { Dep, DependencyStates, Hasher, RunReader, webSha256 } from './dependencies';
import type { FileSummary } from './model';
import { failedSummary, outsideSummary, summarise, unreadableSummary } from './summary';

export interface AnalysedFile {
  path: string;
  summary: FileSummary;
  /** Files the analysis depended on (itself, earlier minutes, the plan, settings files looked for), with their states. */
  reads: Dep[];
  /** Folders it listed (to find earlier minutes without a "previous:" link), with a hash of their names. */
  listings: Dep[];
}

/**
 * One file: unreadable, refused and failing files become summaries that say so; this never throws.
 * A failure is logged (the error's kind and frames, never its message or the path).
 */
export async function summariseFile(analyser: Analyser, path: string, root: string, log: Logger = silentLogger): Promise<{ summary: FileSummary; dependencies: Dependencies }> {
  try {
    const a = await analyser.analyse({ path, root });
    const summary = a.refused === 'outside' ? outsideSummary(path, root) : a.refused === 'unreadable' ? unreadableSummary(path, root) : summarise(a, root);
    return { summary, dependencies: a.dependencies };
  } catch (e) {
    // A bug must not stop a service-wide audit; the file is listed as not checked, and the host hears of it.
    log.error('The audit could not check a file', errorDetails(e));
    return { summary: failedSummary(path, root), dependencies: { files: [path], folders: [] } };
  }
}

export interface SummariseOptions {
  hash?: Hasher;
  /** The audit's today: minutes dated after it are drafts, left out of discovering a later file's previous minutes. Default: the clock. */
  today?: Day;
  /** Sees each file as it is done; returning false stops the loop (the editor's Cancel). */
  onFile?: (file: AnalysedFile) => boolean | void;
  /** Where a failed check or a failed file is logged (the editor's output channel; nothing on the command line). */
  log?: Logger;
}

/**
 * Many files, one after another, with one Analyser: a child's earlier minutes are read and parsed
 * once. Keep a child's files together (sorted paths do): once a folder is done its parses are let
 * go, so memory stays the size of one child's series. Undefined when `onFile` stopped it.
 */
export async function summariseFiles(reader: FileReader, paths: readonly string[], root: string, opts: SummariseOptions = {}): Promise<AnalysedFile[] | undefined> {
  const run = new RunReader(reader);
  const today = opts.today;
  const analyser = new Analyser(run, { today: today === undefined ? undefined : () => today, log: opts.log });
  const states = new DependencyStates(run, opts.hash ?? webSha256, root);
  const out: AnalysedFile[] = [];
  let folder: string | undefined;
  let used = new Set<string>();
  for (const path of paths) {
    if (dirname(path) !== folder) {
      for (const p of used) analyser.workspace.forget(p);
      run.forget(used);
      used = new Set();
      folder = dirname(path);
    }
    const { summary, dependencies } = await summariseFile(analyser, path, root, opts.log);
    for (const p of dependencies.files) used.add(p);
    const file: AnalysedFile = { path, summary, ...(await states.of(dependencies)) };
    out.push(file);
    if (opts.onFile?.(file) === false) return undefined;
  }
  return out;
}

/** Where the cache's text is kept (a file, workspace storage): the host's. */
export interface CacheStore {
  read(): Promise<string | undefined>;
  write(text: string): Promise<void>;
}

export interface CachedAuditOptions {
  root: string;
  /** Tool name and version: a cache written by another version is set aside. */
  tool: string;
  /** Every file to audit, sorted. */
  paths: readonly string[];
  /** Reads the files as they are now, to tell which cached entries are still fresh. */
  reader: FileReader;
  hash?: Hasher;
  store?: CacheStore;
  /** Summarises what the cache cannot answer for: in this thread or spread over workers. Undefined: cancelled. */
  summarise(todo: readonly string[]): Promise<AnalysedFile[] | undefined>;
  /** Sees each file answered from the cache (the editor counts progress). */
  onCached?: (path: string) => void;
}

export interface CachedAudit {
  /** One per path, in the order given. */
  summaries: FileSummary[];
  /** Paths summarised afresh in this run. */
  analysed: string[];
  cacheProblem?: CacheProblem;
}

/** The audit with a cache: reuse every fresh entry, summarise the rest, store the result. Undefined when cancelled. */
export async function auditWithCache(opts: CachedAuditOptions): Promise<CachedAudit | undefined> {
  const hash = opts.hash ?? webSha256;
  const loaded = opts.store ? parseCache(await opts.store.read(), opts.tool, opts.root) : { entries: new Map<string, CacheEntry>() };
  const keep = new Map<string, CacheEntry>();
  if (loaded.entries.size > 0) {
    const now = new DependencyStates(opts.reader, hash, opts.root);
    const fresh = await Promise.all(opts.paths.map(async (p) => {
      const e = loaded.entries.get(p);
      return e !== undefined && (await now.isFresh(e)) ? e : undefined;
    }));
    opts.paths.forEach((p, i) => {
      const e = fresh[i];
      if (e) {
        keep.set(p, e);
        opts.onCached?.(p);
      }
    });
  }
  const todo = opts.paths.filter((p) => !keep.has(p));
  const results = await opts.summarise(todo);
  if (!results) return undefined;
  for (const r of results) keep.set(r.path, { reads: r.reads, listings: r.listings, summary: r.summary });
  const ordered = new Map(opts.paths.map((p) => [p, keep.get(p)!]));
  if (opts.store) await opts.store.write(serialiseCache(ordered, opts.tool, opts.root));
  return { summaries: [...ordered.values()].map((e) => e.summary), analysed: results.map((r) => r.path), cacheProblem: loaded.problem };
}
