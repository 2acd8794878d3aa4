/**
 * The audit's cache (`--cache FILE`): a JSON file of per-file summaries, each with the hashes of
 * everything its analysis read.
 *
 * Why dependencies and not just the file's own hash: a file's findings depend on its earlier
 * minutes (reviews of their actions, drift, outcomes), on the CP plan, on the `.coregroup.json`
 * files looked for above it, and, for minutes without a `previous:` link, on which files are in its
 * folder. The analysis records every file it read (sha256 of the text, or null when absent) and
 * every folder it listed; an entry is reused only when all of those are unchanged. Editing one set
 * of minutes therefore re-analyses it and every later meeting whose series reads it, adding a
 * settings file re-analyses the files below it, and nothing else is redone. The tool's version and
 * the audited folder are part of the file's header: a new version or another folder starts afresh.
 * Caching parses instead would still redo every check, and the checks' work is what a rerun wants
 * to skip. Only summaries are stored: counts, codes, ids and paths, never the minutes' text.
 */
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FileSummary } from '../core/audit/model';
import { AnalysedFile, Dep, hashNames, hashText } from './audit-analyse';

const FORMAT = 2;

/** A file's summary with what its analysis read: [path, hash] pairs (null: could not be read or listed). */
interface CacheEntry {
  reads: Dep[];
  listings: Dep[];
  summary: FileSummary;
}

/**
 * On disk, every path and folder is stored once with its hash, and entries refer to them by index:
 * all entries kept are fresh, so they agree on each hash, and a folder of many minutes read by every
 * file in it (finding earlier minutes without "previous:") costs an index per file, not a hash.
 */
interface CacheFile {
  format: number;
  tool: string;
  root: string;
  files: Dep[];
  folders: Dep[];
  entries: Record<string, { reads: number[]; listings: number[]; summary: FileSummary }>;
}

export type CacheLoad = { entries: Map<string, CacheEntry>; problem?: 'unusable' };

export async function loadCache(file: string, tool: string, root: string): Promise<CacheLoad> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return { entries: new Map() }; // no cache yet: a cold run
  }
  try {
    const data = JSON.parse(text) as Partial<CacheFile>;
    // Another version or folder: start afresh, quietly (this is expected after an upgrade).
    if (data.format === FORMAT && (data.tool !== tool || data.root !== root)) return { entries: new Map() };
    const { files, folders, entries } = data;
    if (data.format !== FORMAT || !Array.isArray(files) || !Array.isArray(folders) || typeof entries !== 'object' || entries === null) {
      return { entries: new Map(), problem: 'unusable' };
    }
    const out = new Map<string, CacheEntry>();
    for (const [path, e] of Object.entries(entries)) {
      const reads = e.reads.map((i) => files[i]);
      const listings = e.listings.map((i) => folders[i]);
      if (reads.some((d) => !Array.isArray(d)) || listings.some((d) => !Array.isArray(d))) return { entries: new Map(), problem: 'unusable' };
      out.set(path, { reads, listings, summary: e.summary });
    }
    return { entries: out };
  } catch {
    return { entries: new Map(), problem: 'unusable' };
  }
}

/** Current hashes of files and folder listings, each read once; `known` holds the audited files' texts. */
export class CurrentState {
  private readonly files = new Map<string, Promise<string | null>>();
  private readonly folders = new Map<string, Promise<string | null>>();

  constructor(known: Map<string, string | undefined>) {
    for (const [p, t] of known) this.files.set(p, Promise.resolve(t === undefined ? null : hashText(t)));
  }

  fileHash(path: string): Promise<string | null> {
    let h = this.files.get(path);
    if (!h) this.files.set(path, (h = readHash(path)));
    return h;
  }

  listingHash(folder: string): Promise<string | null> {
    let h = this.folders.get(folder);
    if (!h) this.folders.set(folder, (h = listHash(folder)));
    return h;
  }

  async isFresh(e: CacheEntry): Promise<boolean> {
    for (const [p, h] of e.reads) if ((await this.fileHash(p)) !== h) return false;
    for (const [f, h] of e.listings) if ((await this.listingHash(f)) !== h) return false;
    return true;
  }
}

async function readHash(path: string): Promise<string | null> {
  try {
    const st = await fs.stat(path);
    return st.isFile() ? hashText(await fs.readFile(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

async function listHash(folder: string): Promise<string | null> {
  try {
    const entries = await fs.readdir(folder, { withFileTypes: true });
    return hashNames(entries.filter((e) => e.isFile()).map((e) => e.name));
  } catch {
    return null;
  }
}

export async function saveCache(file: string, tool: string, root: string, entries: Map<string, CacheEntry>): Promise<void> {
  const data: CacheFile = { format: FORMAT, tool, root, files: [], folders: [], entries: {} };
  const intern = (table: Dep[], index: Map<string, number>, [p, h]: Dep) => {
    let i = index.get(p);
    if (i === undefined) index.set(p, (i = table.push([p, h]) - 1));
    return i;
  };
  const fileIndex = new Map<string, number>();
  const folderIndex = new Map<string, number>();
  for (const [path, e] of entries) {
    data.entries[path] = {
      reads: e.reads.map((d) => intern(data.files, fileIndex, d)),
      listings: e.listings.map((d) => intern(data.folders, folderIndex, d)),
      summary: e.summary,
    };
  }
  await fs.mkdir(dirname(file), { recursive: true });
  // Written beside and renamed, so an interrupted run never leaves half a cache.
  const tmp = join(dirname(file), `.${process.pid}.${Date.now()}.core-group-cache.tmp`);
  await fs.writeFile(tmp, JSON.stringify(data));
  await fs.rename(tmp, file);
}

export function entryOf(a: AnalysedFile): CacheEntry {
  return { reads: a.reads, listings: a.listings, summary: a.summary };
}

export type { CacheEntry };
