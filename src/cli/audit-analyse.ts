/**
 * Analysing a batch of files for the audit, in a worker thread or in this process. Each file's
 * summary comes back with what its analysis read (every file, with a hash of its text, and every
 * folder listing), so the cache can tell later whether anything it depended on has changed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { Analyser } from '../core/analyse';
import { summariseFile } from '../core/audit/run';
import type { FileSummary } from '../core/audit/model';
import type { FileReader } from '../core/types';

/** [absolute path, sha256 of its text or null when it could not be read]. */
export type Dep = [string, string | null];

export interface AnalysedFile {
  path: string;
  summary: FileSummary;
  /** Files the analysis read (the file itself, its earlier minutes, the plan, settings files looked for). */
  reads: Dep[];
  /** Folders it listed (to find earlier minutes without a "previous:" link), with a hash of the names. */
  listings: Dep[];
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function hashNames(names: readonly string[] | undefined): string | null {
  return names === undefined ? null : hashText([...names].sort().join('\n'));
}

/**
 * The same as the command line's nodeReader (only regular files are read, so never a FIFO), but
 * synchronous: in a worker thread nothing else waits, and the promise API's round trips through the
 * thread pool cost a tenth of the audit's time there.
 */
export const syncReader: FileReader = {
  async readText(path) {
    try {
      return statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  },
  async listFiles(folder) {
    try {
      return readdirSync(folder, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
    } catch {
      return undefined;
    }
  },
};

/**
 * Reads each file and lists each folder once per run (files do not change during an audit), and
 * records, per analysis, what was asked for.
 */
class RecordingReader implements FileReader {
  private readonly texts = new Map<string, Promise<string | undefined>>();
  private readonly lists = new Map<string, Promise<string[] | undefined>>();
  private reads = new Map<string, string | undefined>();
  private listings = new Map<string, string[] | undefined>();

  constructor(private readonly inner: FileReader) {}

  async readText(path: string): Promise<string | undefined> {
    let p = this.texts.get(path);
    if (!p) this.texts.set(path, (p = this.inner.readText(path)));
    const text = await p;
    this.reads.set(path, text);
    return text;
  }

  async listFiles(folder: string): Promise<string[] | undefined> {
    let p = this.lists.get(folder);
    if (!p) this.lists.set(folder, (p = this.inner.listFiles(folder)));
    const names = await p;
    this.listings.set(folder, names);
    return names;
  }

  /** Lets go of texts no longer needed (a finished folder). */
  forget(paths: Iterable<string>): void {
    for (const p of paths) this.texts.delete(p);
  }

  /** What was asked for since the last call, as hashes. */
  take(): { reads: Dep[]; listings: Dep[] } {
    const reads: Dep[] = [...this.reads].map(([p, t]) => [p, t === undefined ? null : hashText(t)]);
    const listings: Dep[] = [...this.listings].map(([f, names]) => [f, hashNames(names)]);
    this.reads = new Map();
    this.listings = new Map();
    return { reads, listings };
  }
}

/** Analyses `paths` in order with one Analyser, so a child's earlier minutes are parsed once. */
export async function analyseBatch(root: string, paths: readonly string[], reader: FileReader = syncReader): Promise<AnalysedFile[]> {
  const rec = new RecordingReader(reader);
  const analyser = new Analyser(rec);
  const out: AnalysedFile[] = [];
  let folder: string | undefined;
  let parsed = new Set<string>();
  for (const path of paths) {
    // Batches come folder by folder: once a folder is done, its parses are dropped, so the heap
    // (and each garbage collection) stays the size of one child's series, not of the whole batch.
    const here = path.slice(0, path.lastIndexOf('/'));
    if (here !== folder) {
      for (const p of parsed) analyser.workspace.forget(p);
      rec.forget(parsed);
      parsed = new Set();
      folder = here;
    }
    rec.take();
    const summary = await summariseFile(analyser, path, root);
    const deps = rec.take();
    for (const [p] of deps.reads) parsed.add(p);
    out.push({ path, summary, ...deps });
  }
  return out;
}
