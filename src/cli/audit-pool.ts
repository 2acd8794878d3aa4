/**
 * Spreads files over threads, one per core: this one and worker threads (dist/worker.js). Files go
 * out in chunks of whole folders (a child's series stays in one thread, so its earlier minutes are
 * parsed once) from one queue that every thread pulls from: a thread slowed by other work on the
 * machine simply takes fewer chunks. Small batches, a missing worker bundle or a failing worker
 * fall back to this thread: slower, never wrong. Threads never outnumber the cores or the chunks,
 * whatever `--jobs` asks for.
 *
 * Why not a pool library (tinypool, piscina): this thread takes a share of the chunks too (on two
 * cores a pool of workers would leave it idle or oversubscribe the machine), chunks must be whole
 * folders pulled from one queue, and a failed worker's chunks are redone here; a library would take
 * over only the thread start-up, which is a few lines.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AnalysedFile, summariseFiles } from '../core/audit/run';
import { sha256 } from './hash';
import { nodeReader } from './node-reader';

/** Below this many files, starting threads costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 40;
/** Chunks a worker holds at once, so it never waits for this thread to hand out the next. */
const AHEAD = 2;

export interface PoolOptions {
  /** Threads to analyse with, this one included (so 1 or 0: this thread only). Default: one per core. */
  jobs?: number;
  /** The worker bundle (dist/worker.js). */
  workerPath: string;
  /** The audit's today (a Day), for every thread alike. */
  today?: number;
}

export interface PoolResult {
  results: AnalysedFile[];
  /** Worker threads started besides this one (0: all in this thread). */
  workers: number;
}

/** Whole folders, in order, gathered into chunks of about `size` files. */
export function chunks(paths: readonly string[], size: number): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let folder: string | undefined;
  for (const p of paths) {
    const d = dirname(p);
    if (d !== folder && current.length >= size) {
      out.push(current);
      current = [];
    }
    folder = d;
    current.push(p);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** The same loop as the workers', in this thread. */
async function analyseBatch(root: string, paths: readonly string[], today?: number): Promise<AnalysedFile[]> {
  return (await summariseFiles(nodeReader, paths, root, { hash: sha256, today }))!;
}

/** Threads to use, this one included: as asked (default one per core), but never more than the cores or the chunks. */
export function threadsFor(jobs: number | undefined, chunkCount: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(jobs ?? cores, cores, chunkCount));
}

export async function analyseInPool(root: string, paths: readonly string[], opts: PoolOptions): Promise<PoolResult> {
  const asked = opts.jobs ?? availableParallelism();
  if (asked <= 1 || paths.length < MIN_FILES_FOR_WORKERS || !existsSync(opts.workerPath)) {
    return { results: await analyseBatch(root, paths, opts.today), workers: 0 };
  }
  const queue = chunks(paths, Math.min(64, Math.max(8, Math.ceil(paths.length / (Math.min(asked, availableParallelism()) * 8)))));
  const threads = threadsFor(asked, queue.length);
  if (threads <= 1) return { results: await analyseBatch(root, paths, opts.today), workers: 0 };
  const results: AnalysedFile[] = [];
  const workers = Array.from({ length: threads - 1 }, () => new WorkerFeed(opts.workerPath, root, queue, results, opts.today));
  for (const w of workers) w.fill();
  // This thread pulls chunks too; between chunks it lets the workers' replies in, to refill them.
  for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
    results.push(...(await analyseBatch(root, chunk, opts.today)));
    await new Promise((r) => setImmediate(r));
  }
  const leftovers = (await Promise.all(workers.map((w) => w.finished))).flat();
  // Chunks of a worker that failed (out of memory, a crash) are redone here rather than lost.
  for (const chunk of leftovers) results.push(...(await analyseBatch(root, chunk, opts.today)));
  return { results, workers: workers.length };
}

/** One worker thread, kept supplied with chunks from the shared queue until it is empty. */
class WorkerFeed {
  private readonly worker: Worker;
  private readonly outstanding: string[][] = [];
  private failed = false;
  private resolve!: (leftovers: string[][]) => void;
  /** Resolves when the worker is done, with the chunks it did not finish if it failed. */
  readonly finished = new Promise<string[][]>((r) => (this.resolve = r));

  constructor(workerPath: string, private readonly root: string, private readonly queue: string[][], private readonly results: AnalysedFile[], private readonly today?: number) {
    this.worker = new Worker(workerPath);
    this.worker.on('message', (msg: { results?: AnalysedFile[]; error?: string }) => {
      const chunk = this.outstanding.shift();
      if (msg.results) this.results.push(...msg.results);
      else if (chunk) return this.fail([chunk]);
      this.fill();
    });
    this.worker.once('error', () => this.fail([]));
    this.worker.once('exit', () => this.fail([]));
  }

  fill(): void {
    if (this.failed) return;
    while (this.outstanding.length < AHEAD && this.queue.length > 0) {
      const chunk = this.queue.shift()!;
      this.outstanding.push(chunk);
      this.worker.postMessage({ root: this.root, paths: chunk, today: this.today });
    }
    if (this.outstanding.length === 0) this.done([]);
  }

  private fail(extra: string[][]): void {
    if (this.failed) return;
    this.done([...extra, ...this.outstanding.splice(0)]);
  }

  private done(leftovers: string[][]): void {
    this.failed = true;
    this.worker.removeAllListeners();
    void this.worker.terminate();
    this.resolve(leftovers);
  }
}
