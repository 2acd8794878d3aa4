/**
 * The audit's cache: one format for the command line's `--cache FILE` and the editor's cache in
 * workspace storage. Storage and hashing are the host's; the format, validation and freshness rule
 * live here.
 *
 * The file is two lines. The first is a header, `{"kind":"core-group-audit-cache","format":5,
 * "tool":...,"root":...}`: it makes the file recognisably this tool's own (the command line
 * overwrites nothing else), and a cache from another version or for another folder is set aside
 * quietly. The second holds every path and state once, and the entries by index into them (a folder
 * of many minutes read by every file in it costs an index per file, not a hash). Every entry is
 * validated when loaded: one that a hand edit or a damaged disk has spoilt is dropped and its file
 * analysed again, never trusted, never a crash. An entry must depend at least on its own file.
 * Only summaries are stored (counts, codes, ids, paths, and the headings and column headers the
 * reader did not recognise, for the report's list), never the minutes' content.
 */
import { relative } from '../paths';
import type { Dep } from './dependencies';
import type { FileSummary } from './model';
import { isFileSummary } from './validate';

export const CACHE_KIND = 'core-group-audit-cache';
/** 5: planUpdated filled from the CP plan's revisions (a format 4 cache lacks it, so it is rebuilt). */
export const CACHE_FORMAT = 6;

export interface CacheEntry {
  reads: Dep[];
  listings: Dep[];
  summary: FileSummary;
}

/** 'unusable': the whole file could not be read as a cache (rebuilt); 'entries': some entries were dropped. */
export type CacheProblem = { kind: 'unusable' } | { kind: 'entries'; dropped: number };

export interface LoadedCache {
  entries: Map<string, CacheEntry>;
  problem?: CacheProblem;
}

interface Header {
  kind: string;
  format: number;
  tool: string;
  root: string;
}

interface Body {
  files: Dep[];
  folders: Dep[];
  entries: Record<string, { reads: number[]; listings: number[]; summary: FileSummary }>;
}

function headerOf(text: string): Partial<Header> | undefined {
  const end = text.indexOf('\n');
  try {
    const h: unknown = JSON.parse(end < 0 ? text : text.slice(0, end));
    return typeof h === 'object' && h !== null && (h as Header).kind === CACHE_KIND ? (h as Partial<Header>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a file's text is a cache this tool wrote (of any format), so it may be replaced. Format 2
 * (before this header existed) began `{"format":2,"tool":"core-group `.
 */
export function isCacheText(text: string): boolean {
  return headerOf(text) !== undefined || text.startsWith('{"format":2,"tool":"core-group ');
}

const isDep = (d: unknown): d is Dep => Array.isArray(d) && d.length === 2 && typeof d[0] === 'string' && (typeof d[1] === 'string' || d[1] === null);
const isIndexList = (v: unknown, max: number): v is number[] => Array.isArray(v) && v.every((i) => Number.isInteger(i) && i >= 0 && i < max);

/** Reads a cache's text; `tool` and `root` must match its header, or it is set aside without a word. */
export function parseCache(text: string | undefined, tool: string, root: string): LoadedCache {
  if (text === undefined) return { entries: new Map() }; // no cache yet: a cold run
  const header = headerOf(text);
  if (!header) return isCacheText(text) ? { entries: new Map() } : { entries: new Map(), problem: { kind: 'unusable' } };
  // Another format, version or folder: start afresh, quietly (this is expected after an upgrade).
  if (header.format !== CACHE_FORMAT || header.tool !== tool || header.root !== root) return { entries: new Map() };
  let body: Partial<Body>;
  try {
    body = JSON.parse(text.slice(text.indexOf('\n') + 1)) as Partial<Body>;
  } catch {
    return { entries: new Map(), problem: { kind: 'unusable' } };
  }
  const { files, folders, entries } = body;
  if (!Array.isArray(files) || !Array.isArray(folders) || typeof entries !== 'object' || entries === null || Array.isArray(entries)) {
    return { entries: new Map(), problem: { kind: 'unusable' } };
  }
  const out = new Map<string, CacheEntry>();
  let dropped = 0;
  for (const [path, e] of Object.entries(entries as Record<string, unknown>)) {
    const entry = entryOf(path, e, files, folders, root);
    if (entry) out.set(path, entry);
    else dropped++;
  }
  return dropped > 0 ? { entries: out, problem: { kind: 'entries', dropped } } : { entries: out };
}

function entryOf(path: string, e: unknown, files: unknown[], folders: unknown[], root: string): CacheEntry | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const { reads, listings, summary } = e as Record<string, unknown>;
  if (!isIndexList(reads, files.length) || !isIndexList(listings, folders.length)) return undefined;
  const r = reads.map((i) => files[i]);
  const l = listings.map((i) => folders[i]);
  if (!r.every(isDep) || !l.every(isDep)) return undefined;
  // A summary is trusted only with what it was made from: at the least, its own file.
  if (!r.some(([p]) => p === path)) return undefined;
  if (!isFileSummary(summary) || summary.path !== relative(root, path)) return undefined;
  return { reads: r, listings: l, summary };
}

/** The cache's text for `entries` (in the order given). */
export function serialiseCache(entries: ReadonlyMap<string, CacheEntry>, tool: string, root: string): string {
  const header: Header = { kind: CACHE_KIND, format: CACHE_FORMAT, tool, root };
  const body: Body = { files: [], folders: [], entries: {} };
  const intern = (table: Dep[], index: Map<string, number>, [p, h]: Dep) => {
    let i = index.get(p);
    if (i === undefined) index.set(p, (i = table.push([p, h]) - 1));
    return i;
  };
  const fileIndex = new Map<string, number>();
  const folderIndex = new Map<string, number>();
  for (const [path, e] of entries) {
    body.entries[path] = {
      reads: e.reads.map((d) => intern(body.files, fileIndex, d)),
      listings: e.listings.map((d) => intern(body.folders, folderIndex, d)),
      summary: e.summary,
    };
  }
  return JSON.stringify(header) + '\n' + JSON.stringify(body) + '\n';
}
